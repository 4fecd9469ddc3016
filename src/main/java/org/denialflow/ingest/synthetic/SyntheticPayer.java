package org.denialflow.ingest.synthetic;

import java.util.List;
import java.util.Random;

/** A fictional payer. Ids start with 99 and names say SYNTHETIC so nobody mistakes them for real ones. */
record SyntheticPayer(String key, String name, String payerId, Program program,
                      String professionalFilingIndicator, String institutionalFilingIndicator,
                      String alternateFilingIndicator, String taxId, String street, String city, String state,
                      String zip, String claimNumberPrefix, int weight) {

    static final List<SyntheticPayer> ALL = List.of(
            new SyntheticPayer("medicare", "NOVA MEDICARE ADMINISTRATIVE CONTRACTOR SYNTHETIC", "99901",
                    Program.MEDICARE, "MB", "MA", null, "990000001", "100 EXAMPLE PARKWAY", "ANYTOWN", "MD",
                    "212440001", "51", 30),
            new SyntheticPayer("medicare-advantage", "SUNNYVALE ADVANTAGE PLAN SYNTHETIC", "99902",
                    Program.MEDICARE_ADVANTAGE, "16", "16", null, "990000002", "200 FICTION AVENUE", "SAMPLEVILLE",
                    "TX", "750010002", "MA", 20),
            new SyntheticPayer("medicaid", "STATE OF EXAMPLE MEDICAID SYNTHETIC", "99903",
                    Program.MEDICAID, "MC", "MC", null, "990000003", "300 CAPITOL MOCK STREET", "DEMO CITY",
                    "OH", "432150003", "13", 15),
            new SyntheticPayer("acme-commercial", "ACME COMMERCIAL HEALTH SYNTHETIC", "99904",
                    Program.COMMERCIAL, "CI", "CI", "12", "990000004", "400 PLACEHOLDER PLAZA", "TESTBURG",
                    "IL", "606010004", "AC", 20),
            new SyntheticPayer("blue-example", "BLUE EXAMPLE PPO SYNTHETIC", "99905",
                    Program.COMMERCIAL, "BL", "BL", null, "990000005", "500 NOWHERE BOULEVARD", "FAKEVILLE",
                    "GA", "303030005", "BX", 15));

    static SyntheticPayer pick(Random random) {
        int total = ALL.stream().mapToInt(SyntheticPayer::weight).sum();
        int draw = random.nextInt(total);
        for (SyntheticPayer payer : ALL) {
            draw -= payer.weight;
            if (draw < 0) {
                return payer;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** CLP06: Medicare splits Part A (MA) and Part B (MB); one commercial payer sells PPO (12) products too. */
    String filingIndicator(boolean institutional, boolean alternateProduct) {
        if (institutional) {
            return institutionalFilingIndicator;
        }
        if (alternateProduct && alternateFilingIndicator != null) {
            return alternateFilingIndicator;
        }
        return professionalFilingIndicator;
    }

    /** TRN03 and BPR10: "1" followed by the payer's tax id. */
    String originatingCompanyId() {
        return "1" + taxId;
    }
}
