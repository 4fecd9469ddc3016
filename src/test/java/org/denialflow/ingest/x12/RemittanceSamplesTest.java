package org.denialflow.ingest.x12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.denialflow.ingest.model.Adjustment;
import org.denialflow.ingest.model.Interchange;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Party;
import org.denialflow.ingest.model.Problem;
import org.denialflow.ingest.model.RemarkCode;
import org.denialflow.ingest.model.Remittance;
import org.denialflow.ingest.model.RemittanceClaim;
import org.denialflow.ingest.model.ServiceLine;
import org.denialflow.ingest.model.SourceFormat;
import org.junit.jupiter.api.Test;

/** Concrete values read from a representative set of real 835 samples. */
class RemittanceSamplesTest {

    @Test
    void deniedClaimWithLineLevelRemarkCodes() {
        ParsedFile file = X12Files.readSample("pyx12__835_mult_loops.txt");

        assertThat(file.problems()).isEmpty();
        assertThat(file.format()).isEqualTo(SourceFormat.X12_835);
        Interchange interchange = file.interchanges().get(0);
        assertThat(interchange.senderId()).isEqualTo("D00000");
        assertThat(interchange.receiverId()).isEqualTo("00AA");
        assertThat(interchange.controlNumber()).isEqualTo("000238388");
        assertThat(interchange.date()).isEqualTo(LocalDate.of(2014, 10, 28));

        Remittance remittance = file.remittances().get(0);
        assertThat(remittance.implementationVersion()).isEqualTo("005010X221A1");
        assertThat(remittance.transactionControlNumber()).isEqualTo("0001");
        assertThat(remittance.segmentPosition()).isEqualTo(3);
        assertThat(remittance.totalPayment()).isEqualByComparingTo("0");
        assertThat(remittance.paymentMethod()).isEqualTo("NON");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2004, 10, 28));
        assertThat(remittance.traceNumber()).isEqualTo("000000000");
        // no REF*2U and no N1*PR04: the payer id falls back to TRN03
        assertThat(remittance.payer()).isEqualTo(new Party("PAYER", "1386000134", null));
        assertThat(remittance.payee()).isEqualTo(new Party("UNKNOWN", "444313000", "444313000"));

        RemittanceClaim claim = remittance.claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("2005555A");
        assertThat(claim.statusCode()).isEqualTo("4");
        assertThat(claim.charge()).isEqualByComparingTo("915.39");
        assertThat(claim.paid()).isEqualByComparingTo("0");
        assertThat(claim.patientResponsibility()).isNull();
        assertThat(claim.filingIndicator()).isEqualTo("MC");
        assertThat(claim.payerClaimControlNumber()).isEqualTo("4276512332");
        assertThat(claim.patientName()).isEqualTo("BACH, JOHANN");
        assertThat(claim.memberId()).isEqualTo("00001612");
        assertThat(claim.segmentPosition()).isEqualTo(15);
        // no DTM*232/233: the service period spans the line dates (DTM*150/151)
        assertThat(claim.serviceFrom()).isEqualTo(LocalDate.of(2003, 10, 30));
        assertThat(claim.serviceTo()).isEqualTo(LocalDate.of(2003, 11, 29));
        assertThat(claim.adjustments()).isEmpty();
        assertThat(claim.remarkCodes()).isEmpty();
        assertThat(claim.lines()).extracting(ServiceLine::procedureQualifier, ServiceLine::procedureCode,
                        l -> l.charge().toPlainString(), l -> l.paid().toPlainString(), l -> l.units().toPlainString(),
                        ServiceLine::serviceDate)
                .containsExactly(
                        tuple("HC", "T1005", "500.04", "0", "68", LocalDate.of(2003, 11, 29)),
                        tuple("HC", "T1005", "127.8", "0", "16", LocalDate.of(2003, 10, 30)),
                        tuple("HC", "T1005", "287.55", "0", "36", LocalDate.of(2003, 10, 31)));
        assertThat(claim.lines()).extracting(l -> l.adjustments().get(0))
                .containsExactly(adjustment("CO", "16", "500.04"), adjustment("OA", "A7", "127.8"),
                        adjustment("OA", "A7", "287.55"));
        assertThat(claim.lines()).allSatisfy(line ->
                assertThat(line.remarkCodes()).containsExactly(new RemarkCode("N14", "LQ", "HE")));
    }

    @Test
    void medicarePartAWithClaimLevelAdjustmentsAndMoaRemark() {
        ParsedFile file = X12Files.readSample("LinuxForHealth-x12__835_005010X221A1__medicare-part-a.835");
        Remittance remittance = file.remittances().get(0);

        assertThat(file.problems()).isEmpty();
        assertThat(remittance.totalPayment()).isEqualByComparingTo("150000.00");
        assertThat(remittance.paymentMethod()).isEqualTo("ACH");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2002, 9, 13));
        assertThat(remittance.traceNumber()).isEqualTo("12345");
        // REF*2U wins over TRN03
        assertThat(remittance.payer()).isEqualTo(new Party("INSURANCE COMPANY OF TIMBUCKTU", "999", null));
        assertThat(remittance.payee()).isEqualTo(new Party("REGIONAL HOPE HOSPITAL", "6543210903", null));

        RemittanceClaim inpatient = remittance.claims().get(0);
        assertThat(inpatient.patientControlNumber()).isEqualTo("666123");
        assertThat(inpatient.filingIndicator()).isEqualTo("MA");
        assertThat(inpatient.facilityTypeCode()).isEqualTo("11");
        assertThat(inpatient.frequencyCode()).isEqualTo("1");
        assertThat(inpatient.payerClaimControlNumber()).isEqualTo("1999999444444");
        assertThat(inpatient.charge()).isEqualByComparingTo("211366.97");
        assertThat(inpatient.paid()).isEqualByComparingTo("138018.40");
        assertThat(inpatient.adjustments()).containsExactly(adjustment("CO", "45", "73348.57"));
        assertThat(inpatient.remarkCodes()).as("MIA carries no remark code here").isEmpty();
        assertThat(inpatient.memberId()).isEqualTo("666666666A");
        assertThat(inpatient.serviceFrom()).isEqualTo(LocalDate.of(2002, 8, 16));
        assertThat(inpatient.serviceTo()).isEqualTo(LocalDate.of(2002, 8, 24));
        assertThat(inpatient.lines()).isEmpty();

        RemittanceClaim outpatient = remittance.claims().get(1);
        assertThat(outpatient.filingIndicator()).isEqualTo("MB");
        assertThat(outpatient.facilityTypeCode()).isEqualTo("13");
        assertThat(outpatient.remarkCodes()).containsExactly(new RemarkCode("MA02", "MOA", null));
        assertThat(outpatient.serviceFrom()).isEqualTo(LocalDate.of(2002, 5, 12));
        assertThat(outpatient.serviceTo()).as("only DTM*232 given").isNull();
    }

    @Test
    void inpatientRetroReversalAndReplacementWithMiaRemarks() {
        List<RemittanceClaim> claims = X12Files.readSample("Project-Herophilus-Assets__835_Inst_Sample_Inpatient_DRG_Retro_.txt")
                .remittances().get(0).claims();

        assertThat(claims).extracting(RemittanceClaim::patientControlNumber, RemittanceClaim::statusCode,
                        c -> c.charge().toPlainString(), c -> c.paid().toPlainString(),
                        RemittanceClaim::payerClaimControlNumber, RemittanceClaim::frequencyCode)
                .containsExactly(
                        tuple("9876543210ABC", "22", "-37617.33", "-627.97", "1300000000000020", "1"),
                        tuple("9876543210ABC", "1", "37617.33", "629.54", "1400000000000020", "7"));
        assertThat(claims.get(0).adjustments()).containsExactly(adjustment("CO", "45", "-36989.36"));
        assertThat(claims.get(0).remarkCodes()).containsExactly(new RemarkCode("N689", "MIA", null));
        assertThat(claims.get(1).adjustments()).containsExactly(adjustment("CO", "45", "36987.79"));
        assertThat(claims.get(1).remarkCodes()).containsExactly(new RemarkCode("N419", "MIA", null));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.serviceFrom()).isEqualTo(LocalDate.of(2013, 1, 21));
            assertThat(c.serviceTo()).isEqualTo(LocalDate.of(2013, 1, 25));
        });
    }

    @Test
    void outpatientRetroCarriesMoaRemarksOnEachClaim() {
        List<RemittanceClaim> claims = X12Files.readSample("Project-Herophilus-Assets__835Sample_OutpatientRetro_.txt")
                .remittances().get(0).claims();

        assertThat(claims).extracting(RemittanceClaim::statusCode).containsExactly("22", "1");
        assertThat(claims.get(0).remarkCodes()).containsExactly(new RemarkCode("N689", "MOA", null));
        assertThat(claims.get(0).adjustments()).isEmpty();
        assertThat(claims.get(1).remarkCodes()).containsExactly(new RemarkCode("N419", "MOA", null));
        assertThat(claims.get(1).adjustments()).containsExactly(adjustment("CO", "45", "20.16"));
        assertThat(claims.get(1).serviceFrom()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(claims.get(1).serviceTo()).isEqualTo(LocalDate.of(2014, 2, 11));
    }

    @Test
    void commercialRemittanceWithPatientResponsibilityReceivedDateAndLineControlNumbers() {
        Remittance remittance = X12Files.readSample("edi-835-parser__united_healthcare_legacy_sample.txt").remittances().get(0);

        assertThat(remittance.totalPayment()).isEqualByComparingTo("349.99");
        assertThat(remittance.paymentDate()).isEqualTo(LocalDate.of(2021, 2, 4));
        assertThat(remittance.traceNumber()).isEqualTo("1234567890");
        assertThat(remittance.payer()).isEqualTo(new Party("UNITED HEALTHCARE INSURANCE COMPANY", "87726", null));
        // N1*PE*XX gives the NPI; REF*TJ the tax id
        assertThat(remittance.payee()).isEqualTo(new Party("KLAUS MEDICAL CENTER", "1922164458", "333333333"));

        RemittanceClaim claim = remittance.claims().get(0);
        assertThat(claim.patientControlNumber()).isEqualTo("001-18573-358");
        assertThat(claim.payerClaimControlNumber()).isEqualTo("ATL2819897200");
        assertThat(claim.patientResponsibility()).isEqualByComparingTo("105.26");
        assertThat(claim.filingIndicator()).isEqualTo("16");
        assertThat(claim.receivedDate()).isEqualTo(LocalDate.of(2021, 1, 14));
        assertThat(claim.serviceFrom()).isEqualTo(LocalDate.of(2020, 12, 21));
        assertThat(claim.serviceTo()).isEqualTo(LocalDate.of(2021, 1, 13));
        assertThat(claim.lines()).extracting(ServiceLine::procedureCode, ServiceLine::lineControlNumber)
                .containsExactly(tuple("B4152", "800941258001"), tuple("B4152", "800941258002"));
        assertThat(claim.lines().get(1).adjustments())
                .containsExactly(adjustment("PR", "1", "105.26"), adjustment("CO", "45", "79.6"));

        RemittanceClaim second = remittance.claims().get(1);
        assertThat(second.lines()).hasSize(3);
        assertThat(second.lines().get(1).adjustments()).as("a fully paid line").isEmpty();
        assertThat(second.lines().get(2).adjustments()).extracting(a -> a.group() + "-" + a.reason())
                .containsExactly("PR-2", "PR-1", "CO-45");
    }

    @Test
    void partialPaymentWithLineLevelDenialRemarksAndModifiers() {
        List<RemittanceClaim> claims = X12Files.readSample(
                "Project-Herophilus-Assets__835_Sample_Professional_Claims_only-w_payment_.2014.txt").remittances().get(0).claims();

        assertThat(claims).extracting(RemittanceClaim::statusCode, c -> c.paid().toPlainString())
                .containsExactly(tuple("1", "34.25"), tuple("2", "0"), tuple("2", "11.5"));
        RemittanceClaim partial = claims.get(2);
        assertThat(partial.remarkCodes()).as("N206 is a line-level remark, not a claim-level one").isEmpty();
        assertThat(partial.lines()).extracting(ServiceLine::procedureCode, ServiceLine::modifiers, ServiceLine::serviceDate,
                        l -> l.remarkCodes().stream().map(RemarkCode::code).toList())
                .containsExactly(
                        tuple("V2020", List.of("RB"), LocalDate.of(2010, 1, 1), List.of()),
                        tuple("V2103", List.of("RB"), LocalDate.of(2013, 9, 17), List.of()),
                        tuple("V2700", List.of("RB"), LocalDate.of(2010, 1, 1), List.of("N206")),
                        tuple("S0580", List.of(), LocalDate.of(2010, 1, 1), List.of("N206")));
        assertThat(partial.lines().get(3).adjustments()).containsExactly(adjustment("CO", "251", "20"));
        // DTM*232/233 win over the line dates
        assertThat(partial.serviceTo()).isEqualTo(LocalDate.of(2010, 1, 1));
    }

    @Test
    void pharmacyClaimsCarryNdcCodesAndNcpdpRejectCodes() {
        List<RemittanceClaim> claims = X12Files.readSample("Project-Herophilus-Assets__835_Sample_Pharmacy.2014.txt")
                .remittances().get(0).claims();

        assertThat(claims.get(0).lines().get(0).procedureQualifier()).isEqualTo("N4");
        assertThat(claims.get(0).lines().get(0).procedureCode()).isEqualTo("68382005501");
        assertThat(claims.get(0).lines().get(0).remarkCodes()).containsExactly(new RemarkCode("65", "LQ", "RX"));
        assertThat(claims.get(1).lines().get(0).adjustments()).containsExactly(adjustment("CO", "16", "9.46"));
        assertThat(claims.get(1).lines().get(0).remarkCodes()).containsExactly(new RemarkCode("77", "LQ", "RX"));
        assertThat(claims.get(2).lines().get(0).adjustments())
                .containsExactly(adjustment("CO", "91", "-3.5"), adjustment("CO", "45", "36.32"));
    }

    @Test
    void version4010WithCorrectionGroupNegativeUnitsAndPlb() {
        ParsedFile file = X12Files.readSample("OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt");
        Remittance remittance = file.remittances().get(0);

        assertThat(file.problems()).isEmpty();
        assertThat(remittance.implementationVersion()).isEqualTo("004010X091A1");
        assertThat(remittance.transactionControlNumber()).isEqualTo("07504123");
        assertThat(remittance.totalPayment()).isEqualByComparingTo("5.75");
        assertThat(remittance.traceNumber()).isEqualTo("A04B001017.07504");
        assertThat(remittance.payer().name()).isEqualTo("ASHTABULA COUNTY ADAMH BD");
        assertThat(remittance.payee()).isEqualTo(new Party("LAKE AREA RECOVERY CENTER", "346608640", "346608640"));
        assertThat(remittance.claims()).extracting(RemittanceClaim::patientControlNumber, RemittanceClaim::statusCode)
                .containsExactly(tuple("444444", "1"), tuple("999999", "4"), tuple("888888", "4"), tuple("111111", "2"),
                        tuple("121212", "4"), tuple("333333", "1"), tuple("777777", "25"), tuple("123456", "22"),
                        tuple("090909", "22"));

        ServiceLine first = remittance.claims().get(0).lines().get(0);
        assertThat(first.procedureCode()).isEqualTo("H0005");
        assertThat(first.modifiers()).containsExactly("HF", "H9");
        assertThat(first.lineControlNumber()).isEqualTo("444444");

        ServiceLine crossover = remittance.claims().get(1).lines().get(0);
        assertThat(crossover.procedureQualifier()).isEqualTo("ZZ");
        assertThat(crossover.adjustments()).containsExactly(new Adjustment("CR", "18", new BigDecimal("25.95"), BigDecimal.ZERO),
                new Adjustment("CO", "42", BigDecimal.ZERO, BigDecimal.ZERO));

        RemittanceClaim reversal = remittance.claims().get(8);
        assertThat(reversal.charge()).isEqualByComparingTo("-86.76");
        assertThat(reversal.lines()).hasSize(1);
        assertThat(reversal.lines().get(0).units()).isEqualByComparingTo("-4");
        assertThat(reversal.lines().get(0).remarkCodes()).containsExactly(new RemarkCode("MA92", "LQ", "HE"));
        assertThat(reversal.lines().get(0).adjustments()).extracting(a -> a.group() + "-" + a.reason())
                .containsExactly("CR-22", "CR-42", "OA-22");
    }

    /** The 5010 re-cast of the same example ends with a CLP that has no amounts: warned, read as zero. */
    @Test
    void version5010RecastReadsTheSameClaimsAndWarnsAboutTheCutClp() {
        ParsedFile v4010 = X12Files.readSample("OopFactory-X12Parser__INS-835-4010__Example1_GripElements.txt");
        ParsedFile v5010 = X12Files.readSample("OopFactory-X12Parser__INS-835-5010__Example1.txt");

        List<RemittanceClaim> claims = v5010.remittances().get(0).claims();
        assertThat(v5010.remittances().get(0).implementationVersion()).isEqualTo("5010");
        assertThat(claims.subList(0, 9)).isEqualTo(v4010.remittances().get(0).claims());
        RemittanceClaim cut = claims.get(9);
        assertThat(cut.patientControlNumber()).isEqualTo("090909");
        assertThat(cut.charge()).isEqualByComparingTo("0");
        assertThat(cut.paid()).isEqualByComparingTo("0");
        assertThat(cut.lines()).isEmpty();
        assertThat(v5010.problems()).extracting(Problem::code, Problem::segmentPosition, Problem::claimReference, Problem::isError)
                .containsExactly(tuple(X12ProblemCodes.MISSING_AMOUNT, 98L, "090909", false),
                        tuple(X12ProblemCodes.MISSING_AMOUNT, 98L, "090909", false));
    }

    @Test
    void reversalThenReadjudicationOfTheSameClaimIn4010() {
        List<RemittanceClaim> claims = X12Files.readSample("pyx12__x12testdata.py_835id.txt").remittances().get(0).claims();

        assertThat(claims).extracting(RemittanceClaim::patientControlNumber, RemittanceClaim::statusCode,
                        c -> c.charge().toPlainString(), c -> c.paid().toPlainString(), RemittanceClaim::payerClaimControlNumber)
                .containsExactly(
                        tuple("123839-24635", "22", "-310", "-210", "6363451"),
                        tuple("123839-24635", "1", "300", "200", "6363451"),
                        tuple("134158-27488", "22", "-500.25", "-500.25", "6397645"));
        assertThat(claims.get(0).lines().get(0).adjustments()).containsExactly(adjustment("CR", "45", "-100"));
        assertThat(claims.get(1).lines().get(0).adjustments()).containsExactly(adjustment("CR", "45", "100"));
        assertThat(claims.get(2).lines().get(0).modifiers()).containsExactly("TG");
    }

    @Test
    void secondaryAndTertiaryPaymentsCarryPriorPayerAdjustments() {
        RemittanceClaim institutional = X12Files.readSample("LinuxForHealth-x12__835_005010X221A1__secondary-payment.835")
                .remittances().get(0).claims().get(0);
        assertThat(institutional.statusCode()).isEqualTo("2");
        assertThat(institutional.adjustments()).containsExactly(adjustment("OA", "23", "9411.64"));

        RemittanceClaim tertiary = X12Files.readSample("LinuxForHealth-x12__835_005010X221A1__tertiary-payment.835")
                .remittances().get(0).claims().get(0);
        assertThat(tertiary.statusCode()).isEqualTo("3");
        assertThat(tertiary.paid()).isEqualByComparingTo("187.50");
    }

    /**
     * The COB sample writes its procedure as HC>55669 while its ISA16 declares ':' as the component
     * separator. Separators come from the ISA, never from guessing: the composite stays one value.
     */
    @Test
    void componentSeparatorIsTakenFromIsa16NotGuessed() {
        ServiceLine line = X12Files.readSample("LinuxForHealth-x12__835_005010X221A1__cob-contractural-adjustment.835")
                .remittances().get(0).claims().get(0).lines().get(0);
        assertThat(line.procedureQualifier()).isEqualTo("HC>55669");
        assertThat(line.procedureCode()).isNull();

        // the UHC sample declares '>' in ISA16 and uses it
        ServiceLine uhc = X12Files.readSample("edi-835-parser__united_healthcare_legacy_sample.txt")
                .remittances().get(0).claims().get(0).lines().get(0);
        assertThat(uhc.procedureQualifier()).isEqualTo("HC");
        assertThat(uhc.procedureCode()).isEqualTo("B4152");
    }

    @Test
    void twoTransactionsInOneGroupWithANegativePaymentAndAnUnbalancedClaim() {
        ParsedFile file = X12Files.readSample("moov-io-x12__example_5010_835_sample1.txt");

        assertThat(file.remittances()).extracting(Remittance::transactionControlNumber, r -> r.totalPayment().toPlainString(),
                        Remittance::segmentPosition)
                .containsExactly(tuple("0001", "-6173.5", 3L), tuple("0002", "-6173.4", 34L));
        RemittanceClaim claim = file.remittances().get(0).claims().get(0);
        assertThat(claim.statusCode()).isEqualTo("4");
        assertThat(claim.patientResponsibility()).isEqualByComparingTo("385.20");
        assertThat(claim.memberId()).as("NM1*QC09 before NM1*IL09").isEqualTo("ZAR123456789");
        assertThat(claim.frequencyCode()).isEqualTo("2");
        assertThat(claim.lines().get(0).adjustments())
                .containsExactly(new Adjustment("PR", "27", new BigDecimal("385.20"), BigDecimal.ZERO));
        // 385.21 charged, 0 paid, 385.20 adjusted: reported, and the claim is still taken
        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.UNBALANCED_CLAIM);
            assertThat(p.segmentPosition()).isEqualTo(18);
            assertThat(p.claimReference()).isEqualTo("9999999");
            assertThat(p.message()).contains("385.21").contains("385.20");
        });
    }

    @Test
    void aFileSplitIntoSeveralInterchangesReadsTheSameClaims() {
        ParsedFile single = X12Files.readSample("OopFactory-X12Parser__INS-835-5010__ExampleFromNth.txt");
        ParsedFile multiple = X12Files.readSample("OopFactory-X12Parser__INS-835-5010__FromNth_835_WithMultipleInterchanges.txt");

        assertThat(multiple.interchanges()).extracting(Interchange::controlNumber)
                .containsExactly("000000031", "000000032", "000000033");
        assertThat(multiple.interchanges()).extracting(i -> i.remittances().size()).containsExactly(1, 1, 1);
        assertThat(multiple.remittances()).extracting(r -> r.claims().size()).containsExactly(19, 23, 14);
        assertThat(multiple.remittances()).isEqualTo(single.remittances());
        assertThat(multiple.remittances()).extracting(Remittance::transactionControlNumber)
                .containsExactly("8001", "9001", "10001");
        assertThat(multiple.remittances().stream().flatMap(r -> r.claims().stream())
                .filter(c -> c.statusCode().equals("4")).count()).isEqualTo(16);
    }

    @Test
    void envelopeSkeletonsReadTheir835sAndSkipOtherTransactionSets() {
        ParsedFile file = X12Files.readSample("pyx12__x12testdata.py_mult_isa.txt");

        assertThat(file.hasErrors()).isFalse();
        assertThat(file.interchanges()).extracting(Interchange::controlNumber).containsExactly("000010125", "000010121");
        assertThat(file.remittances()).allSatisfy(r -> {
            assertThat(r.claims()).isEmpty();
            assertThat(r.implementationVersion()).isEqualTo("004010X091A1");
        });
        assertThat(file.problems()).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(X12ProblemCodes.SKIPPED_TRANSACTION);
            assertThat(p.segmentId()).isEqualTo("ST");
            assertThat(p.message()).containsAnyOf("278", "837");
        });
    }

    private static Adjustment adjustment(String group, String reason, String amount) {
        return new Adjustment(group, reason, new BigDecimal(amount), null);
    }
}
