package org.denialflow.ingest.synthetic;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticAcknowledgmentsTest {

    private static final int CLAIMS = 20_000;

    private static Map<String, byte[]> files;
    private static GenerationSummary summary;

    @BeforeAll
    static void generate() {
        Map<String, ByteArrayOutputStream> buffers = new LinkedHashMap<>();
        summary = SyntheticAcknowledgments.builder().seed(42).claims(CLAIMS).rejectionRate(0.07).claimsPerFile(2000)
                .build().writeTo(name -> {
                    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                    buffers.put(name, buffer);
                    return new OutputStreamWriter(buffer, StandardCharsets.US_ASCII);
                });
        files = new LinkedHashMap<>();
        buffers.forEach((name, buffer) -> files.put(name, buffer.toByteArray()));
    }

    @Test
    void filesAreWellFormed277caInterchanges() {
        assertThat(files).hasSize(summary.files().size());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.US_ASCII);
            assertThat(text.indexOf('~')).as(file.getKey()).isEqualTo(105);
            X12Segments parsed = X12Segments.parse(file.getValue());
            assertThat(parsed.errors).as(file.getKey()).isEmpty();
            X12Segments.Segment gs = parsed.all("GS").get(0);
            assertThat(gs.get(1)).isEqualTo("HN");
            assertThat(gs.get(8)).isEqualTo("005010X214");
            for (List<X12Segments.Segment> transaction : parsed.transactions()) {
                X12Segments.Segment st = transaction.get(0);
                assertThat(st.get(1)).isEqualTo("277");
                assertThat(st.get(3)).isEqualTo("005010X214");
                assertThat(transaction.get(1).elements().stream().map(e -> e.get(0)).toList().subList(0, 2))
                        .containsExactly("0085", "08");
                X12Segments.Segment se = transaction.get(transaction.size() - 1);
                assertThat(se.get(1)).isEqualTo(Integer.toString(transaction.size()));
                assertThat(se.get(2)).isEqualTo(st.get(2));
            }
        }
    }

    @Test
    void hierarchyGoesSourceReceiverProviderPatient() {
        for (byte[] file : files.values()) {
            Map<String, String> levelById = new HashMap<>();
            int expectedId = 1;
            List<X12Segments.Segment> segments = X12Segments.parse(file).segments;
            for (int i = 0; i < segments.size(); i++) {
                X12Segments.Segment hl = segments.get(i);
                if (!hl.id().equals("HL")) {
                    continue;
                }
                assertThat(hl.get(1)).isEqualTo(Integer.toString(expectedId++));
                String level = hl.get(3);
                String parentLevel = levelById.get(hl.get(2));
                String expectedParent = switch (level) {
                    case "20" -> null;
                    case "21" -> "20";
                    case "19" -> "21";
                    case "PT" -> "19";
                    default -> throw new AssertionError("unexpected HL level " + level);
                };
                assertThat(parentLevel).isEqualTo(expectedParent);
                levelById.put(hl.get(1), level);
                String entity = segments.get(i + 1).get(1);
                assertThat(segments.get(i + 1).id()).isEqualTo("NM1");
                assertThat(entity).isEqualTo(Map.of("20", "PR", "21", "41", "19", "85", "PT", "QC").get(level));
            }
        }
    }

    @Test
    void everyClaimIsAcceptedOrRejectedWithRealisticStatuses() {
        List<List<X12Segments.Segment>> claims = patientLoops();
        assertThat(claims).hasSize(CLAIMS);
        Set<String> rejectionComposites = new HashSet<>();
        int rejected = 0;
        for (List<X12Segments.Segment> claim : claims) {
            assertThat(claim).anyMatch(s -> s.is("TRN", "2") && s.get(2).startsWith("SYN"));
            assertThat(claim).anyMatch(s -> s.is("REF", "D9"));
            assertThat(claim).anyMatch(s -> s.is("DTP", "472"));
            List<X12Segments.Segment> stcs = claim.stream().filter(s -> s.id().equals("STC")).toList();
            assertThat(stcs).isNotEmpty();
            String category = stcs.get(0).component(1, 1);
            if (category.equals("A2")) {
                assertThat(stcs.get(0).component(1, 2)).isEqualTo("20");
                assertThat(stcs.get(0).get(3)).isEqualTo("WQ");
                assertThat(claim).anyMatch(s -> s.is("REF", "1K"));
            } else {
                rejected++;
                for (X12Segments.Segment stc : stcs) {
                    assertThat(stc.component(1, 1)).isIn("A3", "A6", "A7", "A8");
                    assertThat(stc.component(1, 3)).isIn("", "85", "IL", "QC", "PR");
                    assertThat(stc.get(3)).isEqualTo("U");
                    rejectionComposites.add(stc.component(1, 1) + ":" + stc.component(1, 2) + ":" + stc.component(1, 3));
                }
                assertThat(claim).noneMatch(s -> s.is("REF", "1K"));
            }
        }
        assertThat((double) rejected / CLAIMS).isBetween(0.06, 0.08);
        assertThat(rejected).isEqualTo((int) summary.denied());
        assertThat(rejectionComposites).contains("A7:562:85", "A7:164:IL", "A3:33:IL", "A6:21:QC");
    }

    @Test
    void receiverAndProviderTotalsMatchTheClaims() {
        for (byte[] file : files.values()) {
            List<X12Segments.Segment> segments = X12Segments.parse(file).segments;
            long accepted = segments.stream().filter(s -> s.id().equals("STC") && s.component(1, 1).equals("A2")).count();
            long claims = segments.stream().filter(s -> s.id().equals("HL") && s.get(3).equals("PT")).count();
            assertThat(quantity(segments, "90") + quantity(segments, "AA")).isEqualTo(claims);
            assertThat(quantity(segments, "90")).isEqualTo(accepted);
            assertThat(quantity(segments, "QA") + quantity(segments, "QC")).isEqualTo(claims);
        }
    }

    @Test
    void acknowledgesTheSameClaimsTheRemittancesPay() {
        SyntheticAcknowledgments acks = SyntheticAcknowledgments.builder().seed(9).claims(500).build();
        SyntheticRemittances remits = SyntheticRemittances.builder().seed(9).claims(500).reversalRate(0).build();
        Set<String> acknowledged = new HashSet<>();
        Set<String> acceptedPayerClaimNumbers = new HashSet<>();
        for (int i = 0; i < acks.fileCount(); i++) {
            for (X12Segments.Segment s : X12Segments.parse(acks.fileAsBytes(i)).segments) {
                if (s.is("TRN", "2") && s.get(2).startsWith("SYN")) {
                    acknowledged.add(s.get(2));
                }
                if (s.is("REF", "1K")) {
                    acceptedPayerClaimNumbers.add(s.get(2));
                }
            }
        }
        Set<String> remitted = new HashSet<>();
        Set<String> payerClaimNumbers = new HashSet<>();
        for (int i = 0; i < remits.fileCount(); i++) {
            for (X12Segments.Segment clp : X12Segments.parse(remits.fileAsBytes(i)).all("CLP")) {
                remitted.add(clp.get(1));
                payerClaimNumbers.add(clp.get(7));
            }
        }
        assertThat(acknowledged).hasSize(500).isEqualTo(remitted);
        assertThat(payerClaimNumbers).containsAll(acceptedPayerClaimNumbers);
    }

    @Test
    void sameSeedGivesIdenticalBytes() {
        SyntheticAcknowledgments.Builder builder = SyntheticAcknowledgments.builder().seed(11).claims(800).claimsPerFile(300);
        SyntheticAcknowledgments first = builder.build();
        SyntheticAcknowledgments second = builder.build();
        assertThat(first.fileCount()).isEqualTo(second.fileCount()).isGreaterThan(1);
        for (int i = 0; i < first.fileCount(); i++) {
            assertThat(second.fileAsBytes(i)).isEqualTo(first.fileAsBytes(i));
        }
        assertThat(builder.seed(12).build().fileAsBytes(0)).isNotEqualTo(first.fileAsBytes(0));
    }

    @Test
    void rejectionRateOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> SyntheticAcknowledgments.builder().rejectionRate(-0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long quantity(List<X12Segments.Segment> segments, String qualifier) {
        return segments.stream().filter(s -> s.is("QTY", qualifier)).mapToLong(s -> Long.parseLong(s.get(2))).sum();
    }

    private static List<List<X12Segments.Segment>> patientLoops() {
        List<List<X12Segments.Segment>> loops = new ArrayList<>();
        for (byte[] file : files.values()) {
            List<X12Segments.Segment> current = null;
            for (X12Segments.Segment s : X12Segments.parse(file).segments) {
                if (s.id().equals("HL") || s.id().equals("SE")) {
                    current = null;
                }
                if (s.id().equals("HL") && s.get(3).equals("PT")) {
                    current = new ArrayList<>();
                    loops.add(current);
                }
                if (current != null) {
                    current.add(s);
                }
            }
        }
        return loops;
    }
}
