package org.denialflow.appeal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appeal workbench: the page the <em>Prepare the appeal packet</em> task links to. The specialist picks a
 * template, fills in what the ledger does not know, edits the draft, makes it final, attaches records and
 * assembles the packet, all on one page behind the Tasklist login. It does through forms what
 * {@link AppealController} does over REST, with the same services and the same role rules.
 */
@Controller
@RequestMapping("/appeals/{denialId}")
public class AppealWorkbenchController {

    static final String VALUE_PREFIX = "value.";
    private static final String ROLE = "ROLE_";

    private final DenialRepository denials;
    private final LetterFacts facts;
    private final AppealLetters letters;
    private final Attachments attachments;
    private final AppealPackets packets;

    public AppealWorkbenchController(DenialRepository denials, LetterFacts facts, AppealLetters letters,
                                     Attachments attachments, AppealPackets packets) {
        this.denials = denials;
        this.facts = facts;
        this.letters = letters;
        this.attachments = attachments;
        this.packets = packets;
    }

    @GetMapping({"", "/"})
    @PreAuthorize(AppealController.READ)
    public String page(@PathVariable long denialId, @RequestParam(required = false) String template,
                       Authentication user, Model model) {
        Denial denial = denials.find(denialId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No denial " + denialId));
        List<AppealLetters.TemplateOffer> offers = letters.offer(denialId);
        model.addAttribute("denial", denial);
        model.addAttribute("header", header(facts.of(denial)));
        model.addAttribute("offers", offers);
        model.addAttribute("chosen", offers.stream().filter(o -> o.name().equals(template)).findFirst().orElse(null));
        List<AppealLetter> existing = letters.of(denialId);
        model.addAttribute("letters", existing);
        model.addAttribute("hasFinalLetter", existing.stream()
                .anyMatch(l -> l.isFinal() && l.kind() == LetterKind.APPEAL_LETTER));
        model.addAttribute("attachments", attachments.of(denialId));
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("packets", packets.of(denialId));
        Set<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(role -> role.startsWith(ROLE)).map(role -> role.substring(ROLE.length())).collect(Collectors.toSet());
        model.addAttribute("canWrite", AppealController.WRITERS.stream().anyMatch(groups::contains));
        model.addAttribute("canUpload", AppealController.UPLOADERS.stream().anyMatch(groups::contains));
        model.addAttribute("user", user.getName());
        return "appeals/workbench";
    }

    @PostMapping("/letters")
    @PreAuthorize(AppealController.WRITE)
    public String createLetter(@PathVariable long denialId, @RequestParam String templateName,
                               @RequestParam MultiValueMap<String, String> form, Authentication user,
                               RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith(VALUE_PREFIX) && !value.isEmpty() && !value.get(0).isBlank()) {
                values.put(key.substring(VALUE_PREFIX.length()), value.get(0).strip());
            }
        });
        try {
            AppealLetter letter = letters.create(denialId, templateName, values, user.getName());
            redirect.addFlashAttribute("notice", "Draft letter " + letter.id() + " made from " + letter.templateTitle()
                    + ". Read it, edit it where needed, then make it final.");
            return "redirect:/appeals/" + denialId + "#letter-" + letter.id();
        } catch (MissingDataException e) {
            redirect.addFlashAttribute("error", "Fill in every field below; the letter needs them.");
            redirect.addFlashAttribute("missing", e.missing().stream().map(LetterFiller.MissingField::field).toList());
            redirect.addFlashAttribute("values", values);
            redirect.addAttribute("template", templateName);
            return "redirect:/appeals/" + denialId + "#new-letter";
        } catch (AppealException e) {
            return refused(denialId, e, redirect);
        }
    }

    @PostMapping("/letters/{letterId}")
    @PreAuthorize(AppealController.WRITE)
    public String saveLetter(@PathVariable long denialId, @PathVariable long letterId, @RequestParam String body,
                             Authentication user, RedirectAttributes redirect) {
        try {
            letters.edit(denialId, letterId, LetterMarkup.fromEditor(body), user.getName());
            redirect.addFlashAttribute("notice", "Letter " + letterId + " saved.");
        } catch (AppealException e) {
            redirect.addFlashAttribute("unsaved", Map.of(letterId, body));
            return refused(denialId, e, redirect);
        }
        return "redirect:/appeals/" + denialId + "#letter-" + letterId;
    }

    @PostMapping("/letters/{letterId}/final")
    @PreAuthorize(AppealController.WRITE)
    public String finalLetter(@PathVariable long denialId, @PathVariable long letterId, Authentication user,
                              RedirectAttributes redirect) {
        try {
            letters.makeFinal(denialId, letterId, user.getName());
            redirect.addFlashAttribute("notice", "Letter " + letterId + " is final; it can go into the packet.");
        } catch (AppealException e) {
            return refused(denialId, e, redirect);
        }
        return "redirect:/appeals/" + denialId + "#letter-" + letterId;
    }

    @PostMapping("/attachments")
    @PreAuthorize(AppealController.UPLOAD)
    public String upload(@PathVariable long denialId, @RequestParam("file") MultipartFile file,
                         @RequestParam(required = false) String kind, @RequestParam(required = false) String description,
                         Authentication user, RedirectAttributes redirect) throws IOException {
        try {
            Attachment added = attachments.add(denialId, kind, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes(), description, user.getName());
            redirect.addFlashAttribute("notice", added.fileName() + " attached as " + added.kind().label() + ".");
        } catch (AppealException e) {
            return refused(denialId, e, redirect);
        }
        return "redirect:/appeals/" + denialId + "#attachments";
    }

    @PostMapping("/attachments/{attachmentId}/removal")
    @PreAuthorize(AppealController.UPLOAD)
    public String remove(@PathVariable long denialId, @PathVariable long attachmentId,
                         @RequestParam(required = false) String reason, Authentication user,
                         RedirectAttributes redirect) {
        try {
            Attachment attachment = attachments.get(denialId, attachmentId);
            attachments.remove(denialId, attachmentId, reason, user.getName());
            redirect.addFlashAttribute("notice", attachment.fileName() + " removed; the reason is on the audit trail.");
        } catch (AppealException e) {
            return refused(denialId, e, redirect);
        }
        return "redirect:/appeals/" + denialId + "#attachments";
    }

    @PostMapping("/packet")
    @PreAuthorize(AppealController.WRITE)
    public String assemble(@PathVariable long denialId, @RequestParam(required = false) Long letterId,
                           @RequestParam(name = "attachmentId", required = false) List<Long> attachmentIds,
                           @RequestParam(defaultValue = "false") boolean includeCorrectedClaim,
                           Authentication user, RedirectAttributes redirect) {
        try {
            AppealPacket packet = packets.assemble(denialId, new PacketRequest(letterId, null,
                    attachmentIds == null ? List.of() : attachmentIds, includeCorrectedClaim, null), user.getName());
            redirect.addFlashAttribute("notice", "Packet " + packet.id() + " assembled: " + packet.pageCount()
                    + " pages. Download it below and check it before the appeal is submitted.");
        } catch (AppealException e) {
            return refused(denialId, e, redirect);
        }
        return "redirect:/appeals/" + denialId + "#packet";
    }

    /** One line of the page's summary of the denial. */
    public record Fact(String label, String value) {
    }

    private static List<Fact> header(Map<String, String> facts) {
        String[][] shown = {
                {"Patient", "patient.name"}, {"Member id", "patient.memberId"}, {"Payer", "payer.name"},
                {"Payer claim number", "claim.number"}, {"Account number", "patient.accountNumber"},
                {"Dates of service", "claim.serviceDates"}, {"Billed", "claim.billed"}, {"Denied", "denial.amount"},
                {"Denied on", "denial.date"}, {"Reason", "denial.reason"}, {"Reason means", "denial.reasonLabel"},
                {"Remarks", "denial.remarks"}, {"Category", "denial.category"}, {"Subcategory", "denial.subcategory"},
                {"This appeal", "appeal.levelName"}, {"File by", "appeal.deadline"}};
        List<Fact> header = new ArrayList<>();
        for (String[] line : shown) {
            // the facts are escaped for the letters' XHTML; the page escapes them itself
            String value = facts.get(line[1]) == null ? null : HtmlUtils.htmlUnescape(facts.get(line[1]));
            header.add(new Fact(line[0], value == null || value.isBlank() ? "not known" : value));
        }
        return header;
    }

    private static String refused(long denialId, AppealException e, RedirectAttributes redirect) {
        if (e.reason() == AppealException.Reason.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        redirect.addFlashAttribute("error", e.getMessage());
        return "redirect:/appeals/" + denialId;
    }
}
