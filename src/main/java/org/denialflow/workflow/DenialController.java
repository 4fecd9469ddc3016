package org.denialflow.workflow;

import java.util.List;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
    private final DenialRepository denials;
    private final DenialReaders readers;

    public DenialController(DenialDetails details, DenialRepository denials, DenialReaders readers) {
        this.details = details;
        this.denials = denials;
        this.readers = readers;
    }

    @GetMapping("/{id}")
    public DenialDetails.Detail get(@PathVariable long id, Authentication user) {
        checkReadable(id, user);
        return details.of(id).orElseThrow(() -> notFound(id));
    }

    @GetMapping("/{id}/audit")
    public List<AuditTrail.Entry> audit(@PathVariable long id, Authentication user) {
        checkReadable(id, user);
        return details.history(id);
    }

    private void checkReadable(long id, Authentication user) {
        Denial denial = denials.find(id).orElseThrow(() -> notFound(id));
        if (!readers.mayRead(user, denial)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Denial " + id + " is not your team's work");
        }
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No denial " + id);
    }
}
