package org.denialflow.appeal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.denialflow.denial.AuditTrail;
import org.denialflow.denial.Denial;
import org.denialflow.denial.DenialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Offers templates for a denial, makes letters from them, and keeps them editable until they are final. */
@Service
public class AppealLetters {

    /** A template as offered for one denial: how well it fits, and what it would still need. */
    public record TemplateOffer(String name, String title, LetterKind kind, String version, String sha256,
                                boolean payerSpecific, boolean recommended, int score, List<String> placeholders,
                                List<LetterFiller.MissingField> missing) {
    }

    static final int MAX_VALUE = 20_000;
    static final int MAX_BODY = 100_000;

    private final TemplateLibrary templates;
    private final LetterFacts facts;
    private final AppealLetterRepository letters;
    private final DenialRepository denials;
    private final AuditTrail audit;
    private final Clock clock;

    public AppealLetters(TemplateLibrary templates, LetterFacts facts, AppealLetterRepository letters,
                         DenialRepository denials, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.facts = facts;
        this.letters = letters;
        this.denials = denials;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every template that may serve the denial, best first: its payer's own, then by CARC, subcategory and
     * category. The best of each kind is marked recommended.
     */
    public List<TemplateOffer> offer(long denialId) {
        Denial denial = denial(denialId);
        AppealLedger.ClaimRecord claim = facts.claim(denial);
        Map<String, String> values = facts.of(denial);
        List<TemplateOffer> offers = templates.all().stream()
                .filter(t -> t.servesPayer(denial.payerKey(), claim.payerId(), denial.payerName()))
                .map(t -> new TemplateOffer(t.name(), t.title(), t.kind(), t.version(), t.sha256(), t.isPayerSpecific(),
                        false, t.score(denial.category(), denial.subcategory(), denial.primaryCarc(), true),
                        List.copyOf(LetterFiller.placeholders(t.body())), LetterFiller.missing(t, values, Map.of())))
                .sorted(Comparator.comparing(TemplateOffer::kind).thenComparing(TemplateOffer::score, Comparator.reverseOrder())
                        .thenComparing(TemplateOffer::name))
                .toList();
        return offers.stream().map(o -> offers.stream().filter(x -> x.kind() == o.kind()).findFirst()
                        .map(best -> best.name().equals(o.name())).orElse(false) ? recommended(o) : o)
                .toList();
    }

    private static TemplateOffer recommended(TemplateOffer o) {
        return new TemplateOffer(o.name(), o.title(), o.kind(), o.version(), o.sha256(), o.payerSpecific(), true,
                o.score(), o.placeholders(), o.missing());
    }

    /** The best template of a kind for the denial (its payer's own first); null when none fits at all. */
    AppealTemplate best(Denial denial, LetterKind kind) {
        AppealLedger.ClaimRecord claim = facts.claim(denial);
        return templates.all().stream().filter(t -> t.kind() == kind)
                .filter(t -> t.servesPayer(denial.payerKey(), claim.payerId(), denial.payerName()))
                .max(Comparator.comparingInt((AppealTemplate t) ->
                        t.score(denial.category(), denial.subcategory(), denial.primaryCarc(), true))
                        .thenComparing(AppealTemplate::name, Comparator.reverseOrder()))
                .orElse(null);
    }

    /**
     * Makes a draft letter from a template, filled from the ledger and the user's values. Throws
     * {@link MissingDataException} listing every field still empty; nothing is stored then.
     */
    @Transactional
    public AppealLetter create(long denialId, String templateName, Map<String, String> values, String actor) {
        Denial denial = denial(denialId);
        AppealTemplate template = templates.find(templateName)
                .orElseThrow(() -> AppealException.notFound("No appeal template " + templateName));
        AppealLedger.ClaimRecord claim = facts.claim(denial);
        if (!template.servesPayer(denial.payerKey(), claim.payerId(), denial.payerName())) {
            throw AppealException.invalid("Template " + templateName + " is written for " + template.payers()
                    + ", not for " + denial.payerName());
        }
        return create(denial, template, values, actor);
    }

    AppealLetter create(Denial denial, AppealTemplate template, Map<String, String> values, String actor) {
        if (values != null) {
            List<String> unknown = values.keySet().stream().filter(k -> k == null || !Placeholders.isKnown(k)).toList();
            if (!unknown.isEmpty()) {
                throw AppealException.invalid("values holds fields no template knows: " + unknown
                        + "; see docs/guide/appeal-templates.md for the placeholders");
            }
            if (values.values().stream().anyMatch(v -> v != null && v.length() > MAX_VALUE)) {
                throw AppealException.invalid("A value may be at most " + MAX_VALUE + " characters");
            }
        }
        String body = LetterFiller.fill(template, facts.of(denial), values);
        LetterMarkup.check(body);
        int level = AppealLevel.of(denial, facts.currentAppeal(denial.id())).number();
        long id = letters.insert(denial.id(), template.kind(), level, template, body, actor, clock.instant());
        return letters.find(denial.id(), id).orElseThrow();
    }

    public List<AppealLetter> of(long denialId) {
        denial(denialId);
        return letters.of(denialId);
    }

    public AppealLetter get(long denialId, long letterId) {
        return letters.find(denialId, letterId)
                .orElseThrow(() -> AppealException.notFound("Denial " + denialId + " has no letter " + letterId));
    }

    /** Replaces a draft's text; a final letter cannot change. */
    @Transactional
    public AppealLetter edit(long denialId, long letterId, String body, String actor) {
        AppealLetter letter = get(denialId, letterId);
        if (letter.isFinal()) {
            throw AppealException.conflict("Letter " + letterId + " is final and can no longer be edited; make a new one");
        }
        if (body != null && LetterFiller.PLACEHOLDER.matcher(body).find()) {
            throw AppealException.invalid("The letter still has a {{placeholder}}; write the text in its place");
        }
        LetterMarkup.check(body);
        if (body.length() > MAX_BODY) {
            throw AppealException.invalid("A letter may be at most " + MAX_BODY + " characters");
        }
        letters.updateDraft(letterId, body.strip(), actor, clock.instant());
        return get(denialId, letterId);
    }

    /** Freezes a draft so it can go into a packet; recorded in the denial's audit trail. */
    @Transactional
    public AppealLetter makeFinal(long denialId, long letterId, String actor) {
        AppealLetter letter = get(denialId, letterId);
        if (!letters.makeFinal(letterId, actor, clock.instant())) {
            throw AppealException.conflict("Letter " + letterId + " is already final");
        }
        audit.record(AuditTrail.Subject.DENIAL, denialId, new AuditTrail.Action(
                letter.kind() == LetterKind.COVER_LETTER ? "COVER_LETTER_FINAL" : "APPEAL_LETTER_FINAL", actor, null,
                null, null, "letter " + letterId + " from template " + letter.templateName() + " version "
                + (letter.templateVersion() == null ? "-" : letter.templateVersion()) + " sha256 "
                + letter.templateSha256(), null));
        return get(denialId, letterId);
    }

    /** The letter as PDF pages. */
    public byte[] pdf(long denialId, long letterId) {
        AppealLetter letter = get(denialId, letterId);
        return PdfRenderer.render(letter.templateTitle(), letter.body());
    }

    private Denial denial(long denialId) {
        return denials.find(denialId).orElseThrow(() -> AppealException.notFound("No denial " + denialId));
    }
}
