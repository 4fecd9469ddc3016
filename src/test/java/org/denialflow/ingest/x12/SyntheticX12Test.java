package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.denialflow.ingest.model.ClaimAcknowledgment;
import org.denialflow.ingest.model.ClaimAcknowledgment.ClaimStatus;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules the real samples do not show, pinned on minimal but standard-conformant 005010 files
 * (envelope counts and control numbers right, separators from the ISA).
 */
class SyntheticX12Test {

    /** Wraps transaction content in ISA/GS/ST..SE/GE/IEA with correct counts and control numbers. */
    static String interchange(String functionalId, String version, String type, String... content) {
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260105*1200*^*00501*000000101*0*P*:");
        segments.add("GS*" + functionalId + "*SENDER*RECEIVER*20260105*1200*101*X*" + version);
        segments.add("ST*" + type + "*0001*" + version);
        segments.addAll(List.of(content));
        segments.add("SE*" + (content.length + 2) + "*0001");
        segments.add("GE*1*101");
        segments.add("IEA*1*000000101");
        return String.join("~\n", segments) + "~\n";
    }

    static String remittance(String... claimSegments) {
        List<String> content = new ArrayList<>(List.of(
                "BPR*I*100*C*ACH*CCP*01*011000015*DA*123456*1512345678**01*021000021*DA*654321*20260105",
                "TRN*1*EFT0001*1512345678",
                "DTM*405*20260102",
                "N1*PR*ACME HEALTH PLAN",
                "N3*1 MAIN ST",
                "N4*SPRINGFIELD*IL*62701",
                "REF*2U*ACME01",
                "PER*BL*PROVIDER LINE*TE*8005551212",
                "N1*PE*GOOD CLINIC*XX*1234567893",
                "REF*TJ*371234567",
                "LX*1"));
        content.addAll(List.of(claimSegments));
        return interchange("HP", "005010X221A1", "835", content.toArray(String[]::new));
    }

    static ParsedFile read(String text) {
        return X12Files.read(text);
    }

    @Test
    void aSyntheticRemittanceIsWellFormed() {
        ParsedFile file = read(remittance("CLP*C1*1*100*100**12*ICN1*11*1", "NM1*QC*1*DOE*JANE****MI*M1"));

        assertThat(file.problems()).isEmpty();
        assertThat(file.remittances().get(0).payer().id()).isEqualTo("ACME01");
        assertThat(file.remittances().get(0).payee().taxId()).as("REF*TJ").isEqualTo("371234567");
        assertThat(file.remittances().get(0).traceNumber()).isEqualTo("EFT0001");
    }

    /** MIA05 and MIA20-MIA23 are claim payment remark codes (inpatient); the other MIA elements are amounts. */
    @Test
    void inpatientRemarkCodesComeFromMia05AndMia20To23() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*1000*800**MA*ICN1*11*1", "CAS*CO*45*200",
                "NM1*QC*1*DOE*JANE****MI*M1",
                "MIA*0***100*MA01***************MA02*MA03*MA04*MA05")).remittances().get(0).claims().get(0);

        assertThat(claim.remarkCodes()).extracting(RemarkCode::code, RemarkCode::source)
                .containsExactly(tuple("MA01", "MIA"), tuple("MA02", "MIA"), tuple("MA03", "MIA"), tuple("MA04", "MIA"),
                        tuple("MA05", "MIA"));
    }

    /** MOA03-MOA07 are claim payment remark codes (outpatient); MOA01, 02, 08, 09 are not. */
    @Test
    void outpatientRemarkCodesComeFromMoa03To07() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*100*80**MB*ICN1*13*1", "CAS*CO*45*20",
                "NM1*QC*1*DOE*JANE****MI*M1", "MOA*0.2*10*MA01*MA02*MA03*MA04*MA05*5*6"))
                .remittances().get(0).claims().get(0);

        assertThat(claim.remarkCodes()).extracting(RemarkCode::code).containsExactly("MA01", "MA02", "MA03", "MA04", "MA05");
        assertThat(claim.remarkCodes()).extracting(RemarkCode::source).containsOnly("MOA");
    }

    /** A CAS before the first SVC is claim level; after it, it belongs to the line; LQ likewise. */
    @Test
    void claimAndLineLevelAdjustmentsAndRemarksStayApart() {
        RemittanceClaim claim = read(remittance(
                "CLP*C1*2*300*100*20*12*ICN1*11*1",
                "CAS*OA*23*30",
                "NM1*QC*1*DOE*JANE****MI*M1",
                "MOA***N130",
                "DTM*232*20251201",
                "DTM*233*20251202",
                "SVC*HC:99213:25*200*100**1",
                "DTM*472*20251201",
                "CAS*PR*2*20",
                "CAS*CO*45*50",
                "REF*6R*L1",
                "SVC*HC:97110:GP:59*100*0**2",
                "DTM*472*20251202",
                "CAS*CO*50*100",
                "REF*6R*L2",
                "LQ*HE*N115",
                "LQ*HE*M127")).remittances().get(0).claims().get(0);

        assertThat(claim.adjustments()).extracting(a -> a.group() + "-" + a.reason()).containsExactly("OA-23");
        assertThat(claim.remarkCodes()).containsExactly(new RemarkCode("N130", "MOA", null));
        assertThat(claim.lines()).extracting(ServiceLine::procedureCode, ServiceLine::modifiers, ServiceLine::lineControlNumber,
                        l -> l.adjustments().stream().map(a -> a.group() + "-" + a.reason()).toList(),
                        l -> l.remarkCodes().stream().map(RemarkCode::code).toList())
                .containsExactly(
                        tuple("99213", List.of("25"), "L1", List.of("PR-2", "CO-45"), List.of()),
                        tuple("97110", List.of("GP", "59"), "L2", List.of("CO-50"), List.of("N115", "M127")));
        assertThat(claim.lines().get(1).units()).isEqualByComparingTo("2");
        assertThat(claim.serviceFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(claim.serviceTo()).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    void aCasWithSixTripletsAndQuantities() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*600*0**12*ICN1*11*1",
                "CAS*CO*16*100*1*18*100*2*29*100*3*50*100*4*96*100*5*97*100*6")).remittances().get(0).claims().get(0);

        assertThat(claim.adjustments()).extracting(a -> a.reason(), a -> a.quantity().toPlainString())
                .containsExactly(tuple("16", "1"), tuple("18", "2"), tuple("29", "3"), tuple("50", "4"), tuple("96", "5"),
                        tuple("97", "6"));
    }

    @Test
    void theSubscriberIdStandsInWhenThePatientHasNone() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*100*100**12*ICN1*11*1", "NM1*QC*1*DOE*JOHN",
                "NM1*IL*1*DOE*JANE****MI*SUB1")).remittances().get(0).claims().get(0);

        assertThat(claim.patientName()).isEqualTo("DOE, JOHN");
        assertThat(claim.memberId()).isEqualTo("SUB1");
    }

    @Test
    void aServicePeriodOnTheLineGivesTheClaimPeriod() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*100*100**12*ICN1*11*1",
                "SVC*HC:E0601*100*100**1", "DTM*150*20251101", "DTM*151*20251130")).remittances().get(0).claims().get(0);

        assertThat(claim.lines().get(0).serviceDate()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(claim.serviceFrom()).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(claim.serviceTo()).isEqualTo(LocalDate.of(2025, 11, 30));
    }

    /** X12 "R" amounts: optional minus, digits, optional decimal point; nothing else. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"100, true", "100.5, true", "100., true", ".5, true", "-42.58, true", "0, true",
            "+5, false", "1E3, false", "'1,000', false", "12.34.5, false", "$10, false", "1 0, false"})
    void amountsFollowTheX12NumericFormat(String amount, boolean valid) {
        ParsedFile file = read(remittance("CLP*C1*1*" + amount + "*0**12*ICN1*11*1"));

        List<Problem> invalid = file.problems().stream().filter(p -> p.code().equals(X12ProblemCodes.INVALID_AMOUNT)).toList();
        assertThat(invalid).as(file.problems().toString()).hasSize(valid ? 0 : 1);
        if (!valid) {
            assertThat(invalid.get(0)).extracting(Problem::segmentPosition, Problem::segmentId).containsExactly(15L, "CLP");
            assertThat(invalid.get(0).message()).contains("CLP03");
        }
    }

    @Test
    void aPlbClosesTheLastClaim() {
        RemittanceClaim claim = read(remittance("CLP*C1*1*100*100**12*ICN1*11*1", "SVC*HC:99213*100*100**1",
                "PLB*1234567893*20261231*WO:ABC*-10")).remittances().get(0).claims().get(0);

        assertThat(claim.lines()).hasSize(1);
        assertThat(claim.lines().get(0).adjustments()).isEmpty();
    }

    // --- 277CA (005010X214) ------------------------------------------------------------------------

    static String acknowledgment(String claimLevel, String... claimLoop) {
        List<String> content = new ArrayList<>(List.of(
                "BHT*0085*08*BATCH1*20260105*1200*TH",
                "HL*1**20*1",
                "NM1*PR*2*ACME HEALTH PLAN*****PI*ACME01",
                "TRN*1*BATCH1",
                "DTP*050*D8*20260105",
                "DTP*009*D8*20260105",
                "HL*2*1*21*1",
                "NM1*41*2*GOOD CLINIC*****46*SUB01",
                "TRN*2*RECV1",
                "STC*A1:19*20260105*WQ*300",
                "QTY*90*2",
                "AMT*YU*300",
                "HL*3*2*19*1",
                "NM1*85*2*GOOD CLINIC*****XX*1234567893",
                "TRN*1*PROV1",
                "HL*4*3*" + claimLevel));
        content.addAll(List.of(claimLoop));
        return interchange("HN", "005010X214", "277", content.toArray(String[]::new));
    }

    @Test
    void aClaimRejectedWithTwoStatusesAndALineLevelStatusThatStaysOnTheLine() {
        ParsedFile file = read(acknowledgment("PT",
                "NM1*QC*1*DOE*JANE****MI*M1",
                "TRN*2*PCN1",
                "STC*A7:562:85*20260105*U*200******A7:21:QC",
                "REF*1K*PAYERICN1",
                "REF*D9*CHTRACE1",
                "DTP*472*RD8*20251201-20251203",
                "SVC*HC:99213*200",
                "STC*A7:454*20260105*U*200",
                "REF*FJ*LINE1",
                "DTP*472*D8*20251130"));

        assertThat(file.problems()).isEmpty();
        ClaimAcknowledgment ack = file.acknowledgments().get(0);
        assertThat(ack.patientControlNumber()).isEqualTo("PCN1");
        assertThat(ack.payerClaimControlNumber()).isEqualTo("PAYERICN1");
        assertThat(ack.clearinghouseTraceNumber()).isEqualTo("CHTRACE1");
        assertThat(ack.statuses()).containsExactly(new ClaimStatus("A7", "562", "85", null), new ClaimStatus("A7", "21", "QC", null));
        assertThat(ack.serviceFrom()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(ack.serviceTo()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(ack.payerName()).isEqualTo("ACME HEALTH PLAN");
        assertThat(ack.providerId()).isEqualTo("1234567893");
        assertThat(ack.patientName()).isEqualTo("DOE, JANE");
    }

    @Test
    void eachClaimLoopBecomesOneAcknowledgment() {
        ParsedFile file = read(acknowledgment("PT",
                "NM1*QC*1*DOE*JANE****MI*M1",
                "TRN*2*PCN1",
                "STC*A2:20*20260105*WQ*100",
                "TRN*2*PCN2",
                "STC*A3:24:PR*20260105*U*200"));

        assertThat(file.acknowledgments()).extracting(ClaimAcknowledgment::patientControlNumber,
                        a -> a.statuses().get(0).category(), a -> a.statuses().get(0).entity())
                .containsExactly(tuple("PCN1", "A2", null), tuple("PCN2", "A3", "PR"));
    }

    @Test
    void aRejectionAtTheProviderLevelIsReportedAndCreatesNoClaim() {
        String text = acknowledgment("PT", "NM1*QC*1*DOE*JANE****MI*M1", "TRN*2*PCN1", "STC*A2:20*20260105*WQ*100")
                .replace("TRN*1*PROV1~", "TRN*1*PROV1~\nSTC*A6:562:85*20260105*U*300~")
                .replace("SE*21*0001", "SE*22*0001");
        ParsedFile file = read(text);

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.problems()).extracting(Problem::code, Problem::segmentPosition)
                .containsExactly(tuple(X12ProblemCodes.NON_CLAIM_STATUS, 19L));
        assertThat(file.acknowledgments()).singleElement()
                .satisfies(a -> assertThat(a.statuses().get(0).category()).isEqualTo("A2"));
    }
}
