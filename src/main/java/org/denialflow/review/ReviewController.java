package org.denialflow.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** The monthly review packs on the dashboard (same login and access as the dashboard), as a page and as a PDF. */
@Controller
public class ReviewController {

    private final ReviewService reviews;
    private final TemplateEngine templates;

    public ReviewController(ReviewService reviews, TemplateEngine templates) {
        this.reviews = reviews;
        this.templates = templates;
    }

    @GetMapping("/dashboard/reviews")
    public String list(Model model) {
        model.addAttribute("meetings", reviews.meetings());
        return "dashboard/reviews";
    }

    @GetMapping("/dashboard/reviews/{id}")
    public String pack(@PathVariable long id, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("pack", find(id));
        model.addAttribute("pdf", false);
        return "dashboard/review-pack";
    }

    @GetMapping("/dashboard/reviews/{id}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable long id) throws IOException {
        Context context = new Context();
        context.setVariable("id", id);
        context.setVariable("pack", find(id));
        context.setVariable("pdf", true);
        String html = templates.process("dashboard/review-pack", context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        builder.run();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"denial-review-" + id + ".pdf\"")
                .body(out.toByteArray());
    }

    private ReviewPack find(long id) {
        return reviews.storedPack(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No review " + id));
    }
}
