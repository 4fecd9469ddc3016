package org.denialflow.workflow;

import java.util.List;

import org.denialflow.denial.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One denial as staff see it: the ledger row, claim, adjustments and remarks with labels, corrections
 * and appeals ({@code GET /api/denials/{id}}), and its audit trail ({@code GET /api/denials/{id}/audit}).
 * The list at {@code GET /api/denials} is the tracking log of the reporting feature.
 */
@RestController
@RequestMapping("/api/denials")
public class DenialController {

    private final DenialDetails details;

    public DenialController(DenialDetails details) {
        this.details = details;
    }

    @GetMapping("/{id}")
    public DenialDetails.Detail get(@PathVariable long id) {
        return details.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No denial " + id));
    }

    @GetMapping("/{id}/audit")
    public List<AuditTrail.Entry> audit(@PathVariable long id) {
        get(id);
        return details.history(id);
    }
}
