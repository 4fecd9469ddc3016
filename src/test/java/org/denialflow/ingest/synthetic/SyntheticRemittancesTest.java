package org.denialflow.ingest.synthetic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticRemittancesTest {

    private static final int CLAIMS = 20_000;
    private static final Set<String> NOT_DENIAL_REASONS = Set.of("1", "2", "3", "45", "253", "23", "131", "59");

    private static Map<String, byte[]> files;
    private static List<RemittanceClaims.Claim> claims;
    private static GenerationSummary summary;

    @BeforeAll
    static void generateTwentyThousandClaims() {
        files = generate(SyntheticRemittances.builder().seed(42).claims(CLAIMS).denialRate(0.12).claimsPerFile(2000)
                .build());
        claims = new ArrayList<>();
        for (byte[] file : files.values()) {
            X12Segments parsed = X12Segments.parse(file);
            assertThat(parsed.errors).as("StAEDI errors").isEmpty();
            parsed.transactions().forEach(t -> claims.addAll(RemittanceClaims.of(t)));
        }
    }

    @Test
    void everyFileHasAFixedWidthIsaAndA5010RemittanceGroup() {
        assertThat(files).hasSize(summary.files().size()).hasSizeGreaterThan(5);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.US_ASCII);
            String isa = text.substring(0, text.indexOf('~') + 1);
            assertThat(isa).as(file.getKey()).hasSize(106).startsWith("ISA*00*").endsWith("*00501*"
                    + isa.substring(90, 99) + "*0*P*:~");
            assertThat(isa.charAt(82)).isEqualTo('^');

            X12Segments parsed = X12Segments.parse(file.getValue());
            X12Segments.Segment gs = parsed.all("GS").get(0);
            assertThat(gs.get(1)).isEqualTo("HP");
            assertThat(gs.get(8)).isEqualTo("005010X221A1");
            assertThat(parsed.all("GE").get(0).get(1)).isEqualTo(Integer.toString(parsed.all("ST").size()));
            assertThat(parsed.all("IEA").get(0).get(2)).isEqualTo(isa.substring(90, 99));
        }
    }

    @Test
    void theStructuralCheckNoticesACorruptedEnvelope() {
        String good = SyntheticRemittances.builder().seed(3).claims(20).build().fileAsString(0);
        X12Segments wrongSeCount = X12Segments.parse(good.replaceFirst("SE\\*(\\d+)\\*", "SE*9999*")
                .getBytes(StandardCharsets.US_ASCII));
        X12Segments wrongControlNumber = X12Segments.parse(good.replaceFirst("IEA\\*1\\*\\d+", "IEA*1*000000777")
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(X12Segments.parse(good.getBytes(StandardCharsets.US_ASCII)).errors).isEmpty();
        assertThat(wrongSeCount.errors).isNotEmpty();
        assertThat(wrongControlNumber.errors).isNotEmpty();
    }

    @Test
    void seCountsTheSegmentsOfItsTransaction() {
        for (byte[] file : files.values()) {
            for (List<X12Segments.Segment> transaction : X12Segments.parse(file).transactions()) {
                X12Segments.Segment st = transaction.get(0);
                X12Segments.Segment se = transaction.get(transaction.size() - 1);
                assertThat(st.get(1)).isEqualTo("835");
                assertThat(se.get(1)).isEqualTo(Integer.toString(transaction.size()));
                assertThat(se.get(2)).isEqualTo(st.get(2));
            }
        }
    }

    @Test
    void headerCarriesPaymentTraceDatesAndBothParties() {
        for (byte[] file : files.values()) {
            for (List<X12Segments.Segment> transaction : X12Segments.parse(file).transactions()) {
                List<String> ids = transaction.stream().map(X12Segments.Segment::id).toList();
                assertThat(ids.subList(0, 4)).containsExactly("ST", "BPR", "TRN", "DTM");
                assertThat(transaction.get(2).get(1)).isEqualTo("1");
                assertThat(transaction.get(3).get(1)).isEqualTo("405");
                assertThat(transaction).anyMatch(s -> s.is("N1", "PR"));
                assertThat(transaction).anyMatch(s -> s.is("REF", "2U"));
                X12Segments.Segment payee = transaction.stream().filter(s -> s.is("N1", "PE")).findFirst().orElseThrow();
                assertThat(payee.get(3)).isEqualTo("XX");
                assertThat(payee.get(4)).matches("\\d{10}");
            }
        }
    }

    @Test
    void bprTotalIsTheSumOfClaimPayments() {
        for (byte[] file : files.values()) {
            for (List<X12Segments.Segment> transaction : X12Segments.parse(file).transactions()) {
                BigDecimal paid = RemittanceClaims.of(transaction).stream().map(RemittanceClaims.Claim::paid)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                X12Segments.Segment bpr = transaction.get(1);
                assertThat(bpr.amount(2)).isEqualByComparingTo(paid);
                assertThat(bpr.get(1)).isEqualTo(paid.signum() == 0 ? "H" : "I");
            }
        }
    }

    @Test
    void everyClaimAndLineBalances() {
        assertThat(claims).hasSize((int) summary.claimRecords());
        for (RemittanceClaims.Claim claim : claims) {
            BigDecimal adjustments = RemittanceClaims.sum(RemittanceClaims.reasons(claim.allCas()));
            assertThat(claim.charge().subtract(claim.paid())).as(claim.pcn()).isEqualByComparingTo(adjustments);
            BigDecimal patientShare = RemittanceClaims.reasons(claim.allCas()).stream()
                    .filter(r -> r.group().equals("PR")).map(RemittanceClaims.Reason::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal clp05 = claim.clp().get(5).isEmpty() ? BigDecimal.ZERO : claim.clp().amount(5);
            assertThat(clp05).as(claim.pcn()).isEqualByComparingTo(patientShare);
            for (RemittanceClaims.Line line : claim.lines()) {
                BigDecimal lineAdjustments = RemittanceClaims.sum(RemittanceClaims.reasons(line.cas()));
                assertThat(line.charge().subtract(line.paid())).isEqualByComparingTo(lineAdjustments);
            }
        }
    }

    @Test
    void denialRateIsAboutTheConfiguredRate() {
        List<RemittanceClaims.Claim> adjudications = claims.stream().filter(c -> !c.status().equals("22")).toList();
        assertThat(adjudications).hasSize(CLAIMS);
        long denied = adjudications.stream().filter(SyntheticRemittancesTest::isDenied).count();
        assertThat((double) denied / CLAIMS).isBetween(0.11, 0.13);
        assertThat(denied).isEqualTo(summary.denied());
    }

    @Test
    void aConfiguredDenialRateIsHonoured() {
        Map<String, byte[]> output = generate(SyntheticRemittances.builder().seed(7).claims(4000).denialRate(0.3)
                .partialDenialRate(0).reversalRate(0).build());
        long all = 0;
        long denied = 0;
        for (byte[] file : output.values()) {
            for (List<X12Segments.Segment> transaction : X12Segments.parse(file).transactions()) {
                for (RemittanceClaims.Claim claim : RemittanceClaims.of(transaction)) {
                    all++;
                    denied += isDenied(claim) ? 1 : 0;
                    assertThat(claim.status()).isNotEqualTo("22");
                }
            }
        }
        assertThat(all).isEqualTo(4000);
        assertThat((double) denied / all).isBetween(0.27, 0.33);
    }

    @Test
    void denialCausesFollowThePublishedMix() {
        Map<DenialCause, Integer> counts = new EnumMap<>(DenialCause.class);
        int denied = 0;
        for (RemittanceClaims.Claim claim : claims) {
            if (claim.status().equals("22") || !isDenied(claim)) {
                continue;
            }
            RemittanceClaims.Reason reason = RemittanceClaims.reasons(claim.allCas()).stream()
                    .filter(SyntheticRemittancesTest::isDenialReason).findFirst().orElseThrow();
            counts.merge(causeOf(reason, claim.allRemarks()), 1, Integer::sum);
            denied++;
        }
        double published = 0;
        for (DenialCause cause : DenialCause.values()) {
            published += cause.publishedShare();
        }
        for (DenialCause cause : DenialCause.values()) {
            double expected = cause.publishedShare() / published;
            double observed = counts.getOrDefault(cause, 0) / (double) denied;
            double tolerance = 4 * Math.sqrt(expected * (1 - expected) / denied) + 0.002;
            assertThat(observed).as(cause.name()).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        }
    }

    @Test
    void codesThatNeedARemarkCodeCarryOne() {
        for (RemittanceClaims.Claim claim : claims) {
            for (RemittanceClaims.Reason reason : RemittanceClaims.reasons(claim.allCas())) {
                if (Set.of("16", "A1", "252", "15", "197", "50", "96").contains(reason.carc())) {
                    assertThat(claim.allRemarks()).as(claim.pcn() + " CO-" + reason.carc()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void someClaimsArePartiallyDeniedAndPaidClaimsCarryNonDenialAdjustments() {
        long partial = claims.stream()
                .filter(c -> c.paid().signum() > 0)
                .filter(c -> c.lines().stream().anyMatch(SyntheticRemittancesTest::isDenied))
                .count();
        assertThat(partial).isEqualTo(summary.partiallyDenied()).isGreaterThan(CLAIMS / 200);

        Set<String> paidClaimReasons = new HashSet<>();
        claims.stream().filter(c -> c.paid().signum() > 0)
                .forEach(c -> RemittanceClaims.reasons(c.allCas()).forEach(r -> paidClaimReasons.add(r.group() + "-" + r.carc())));
        assertThat(paidClaimReasons).contains("PR-1", "PR-2", "PR-3", "CO-45", "CO-253", "OA-23");
    }

    @Test
    void reversalsNegateAnEarlierAdjudicationAndAreFollowedByTheNewOne() {
        int reversals = 0;
        for (int i = 0; i < claims.size(); i++) {
            RemittanceClaims.Claim claim = claims.get(i);
            if (!claim.status().equals("22")) {
                continue;
            }
            reversals++;
            assertThat(claim.charge().signum()).isNegative();
            assertThat(claim.paid().signum()).isLessThanOrEqualTo(0);
            RemittanceClaims.Claim next = claims.get(i + 1);
            assertThat(next.pcn()).isEqualTo(claim.pcn());
            assertThat(next.status()).isIn("1", "2");
            assertThat(next.charge()).isEqualByComparingTo(claim.charge().negate());
            assertThat(next.clp().get(7)).isNotEqualTo(claim.clp().get(7));
        }
        assertThat(reversals).isEqualTo((int) summary.reversals()).isGreaterThan(50);
    }

    @Test
    void claimsCarryPatientDatesUniqueControlNumbersAndTheirPayersFilingIndicator() {
        Map<String, Set<String>> filingByPayer = Map.of("99901", Set.of("MA", "MB"), "99902", Set.of("16"),
                "99903", Set.of("MC"), "99904", Set.of("CI", "12"), "99905", Set.of("BL"));
        Set<String> patientControlNumbers = new HashSet<>();
        Set<String> payerClaimNumbers = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        for (RemittanceClaims.Claim claim : claims) {
            statuses.add(claim.status());
            assertThat(filingByPayer.get(claim.payerId())).contains(claim.clp().get(6));
            assertThat(payerClaimNumbers.add(claim.clp().get(7))).as("CLP07 unique").isTrue();
            if (!claim.status().equals("22")) {
                assertThat(patientControlNumbers.add(claim.pcn())).as("CLP01 unique").isTrue();
            }
            assertThat(claim.has("NM1", "QC")).isTrue();
            assertThat(claim.has("DTM", "232")).isTrue();
            assertThat(claim.has("DTM", "233")).isTrue();
            boolean dependent = claim.has("NM1", "IL");
            String memberId = claim.other().stream().filter(s -> s.is("NM1", dependent ? "IL" : "QC")).findFirst()
                    .orElseThrow().get(9);
            assertThat(memberId).startsWith("SYN");
        }
        assertThat(statuses).contains("1", "2", "4", "22");
        assertThat(claims).anyMatch(c -> c.has("NM1", "IL"));
    }

    @Test
    void serviceLinesHaveProcedureDateAndAllowedAmounts() {
        Set<String> modifiers = new HashSet<>();
        long lines = 0;
        for (RemittanceClaims.Claim claim : claims) {
            for (RemittanceClaims.Line line : claim.lines()) {
                lines++;
                assertThat(line.svc().component(1, 1)).isEqualTo("HC");
                assertThat(line.svc().component(1, 2)).matches("[0-9A-Z]\\d{4}");
                for (int c = 3; c <= 6 && !line.svc().component(1, c).isEmpty(); c++) {
                    modifiers.add(line.svc().component(1, c));
                }
            }
        }
        assertThat(lines).isGreaterThan(CLAIMS);
        assertThat(modifiers).contains("25", "RT", "LT", "GP");
        String text = new String(files.values().iterator().next(), StandardCharsets.US_ASCII);
        assertThat(text).contains("DTM*472*", "AMT*B6*", "REF*6R*", "LQ*HE*");
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDoesNot() {
        SyntheticRemittances.Builder builder = SyntheticRemittances.builder().seed(42).claims(3000).claimsPerFile(700);
        Map<String, byte[]> first = generate(builder.build());
        Map<String, byte[]> second = generate(builder.build());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        assertThat(builder.build().fileAsBytes(2)).isEqualTo(first.values().stream().toList().get(2));

        Map<String, byte[]> otherSeed = generate(builder.seed(43).build());
        assertThat(otherSeed.get(first.keySet().iterator().next()))
                .isNotEqualTo(first.values().iterator().next());
    }

    @Test
    void aClaimDoesNotDependOnHowClaimsAreSplitIntoFiles() {
        Set<String> inSmallFiles = clpSegments(generate(SyntheticRemittances.builder().seed(5).claims(1500)
                .claimsPerFile(100).build()));
        Set<String> inOneFilePerPayer = clpSegments(generate(SyntheticRemittances.builder().seed(5).claims(1500)
                .claimsPerFile(5000).build()));
        assertThat(inSmallFiles).hasSizeGreaterThan(1500).isEqualTo(inOneFilePerPayer);
    }

    @Test
    void twentyThousandClaimsAreWrittenInAFewSeconds() {
        SyntheticRemittances remittances = SyntheticRemittances.builder().seed(1).claims(CLAIMS).build();
        long started = System.nanoTime();
        GenerationSummary written = remittances.writeTo(name -> Writer.nullWriter());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(written.claims()).isEqualTo(CLAIMS);
        assertThat(millis).isLessThan(3000);
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> SyntheticRemittances.builder().denialRate(1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticRemittances.builder().denialRate(0.9).partialDenialRate(0.2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticRemittances.builder().claimsPerFile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SyntheticRemittances.builder().claims(10).build().fileAsString(99))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    /**
     * The primer's denial test: charge > 0, nothing paid, and some adjustment that is neither patient
     * responsibility nor a contractual/COB adjustment; or CLP02=4.
     */
    static boolean isDenied(RemittanceClaims.Claim claim) {
        if (claim.status().equals("4")) {
            return true;
        }
        return claim.charge().signum() > 0 && claim.paid().signum() == 0 && hasDenialReason(claim.allCas());
    }

    static boolean isDenied(RemittanceClaims.Line line) {
        return line.charge().signum() > 0 && line.paid().signum() == 0 && hasDenialReason(line.cas());
    }

    private static boolean hasDenialReason(List<X12Segments.Segment> cas) {
        return RemittanceClaims.reasons(cas).stream().anyMatch(SyntheticRemittancesTest::isDenialReason);
    }

    private static boolean isDenialReason(RemittanceClaims.Reason reason) {
        return !reason.group().equals("PR") && !NOT_DENIAL_REASONS.contains(reason.carc());
    }

    /** An independent reading of the primer's routing table, to check the generator's mix from the outside. */
    private static DenialCause causeOf(RemittanceClaims.Reason reason, Set<String> remarks) {
        return switch (reason.carc()) {
            case "31", "140", "27", "26", "22" -> DenialCause.REGISTRATION_ELIGIBILITY;
            case "16" -> remarks.contains("M127") || remarks.contains("N479")
                    ? DenialCause.DOCUMENTATION_REQUESTED : DenialCause.MISSING_OR_INVALID_CLAIM_DATA;
            case "252" -> DenialCause.DOCUMENTATION_REQUESTED;
            case "15", "197", "198", "288" -> DenialCause.AUTHORIZATION;
            case "96", "204", "49" -> DenialCause.NOT_COVERED;
            case "50" -> DenialCause.MEDICAL_NECESSITY;
            case "29" -> DenialCause.TIMELY_FILING;
            case "4", "5", "11", "97", "181" -> DenialCause.CODING;
            case "8", "185", "B7" -> DenialCause.PROVIDER_ELIGIBILITY;
            case "A1", "B5", "B9" -> DenialCause.UNKNOWN;
            default -> throw new AssertionError("unexpected denial reason " + reason);
        };
    }

    private static Set<String> clpSegments(Map<String, byte[]> output) {
        Set<String> clps = new HashSet<>();
        for (byte[] file : output.values()) {
            X12Segments.parse(file).all("CLP").forEach(s -> clps.add(s.elements().toString()));
        }
        return clps;
    }

    private static Map<String, byte[]> generate(SyntheticRemittances remittances) {
        Map<String, ByteArrayOutputStream> buffers = new LinkedHashMap<>();
        GenerationSummary written = remittances.writeTo(name -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            buffers.put(name, buffer);
            return new OutputStreamWriter(buffer, StandardCharsets.US_ASCII);
        });
        if (summary == null) {
            summary = written;
        }
        Map<String, byte[]> result = new LinkedHashMap<>();
        buffers.forEach((name, buffer) -> result.put(name, buffer.toByteArray()));
        return result;
    }
}
