package org.denialflow.ingest.synthetic;

import java.util.List;

/** A HCPCS/CPT code the synthetic practices bill, with its chargemaster price. */
record Procedure(String code, long chargeCents, Kind kind, int maxUnits, boolean lateralised) {

    enum Kind { VISIT, EMERGENCY_VISIT, WELLNESS_VISIT, LAB, IMAGING, MINOR_PROCEDURE, THERAPY, VACCINE, DRUG }

    static final List<Procedure> VISITS = List.of(
            new Procedure("99212", 11000, Kind.VISIT, 1, false),
            new Procedure("99213", 16500, Kind.VISIT, 1, false),
            new Procedure("99214", 24500, Kind.VISIT, 1, false),
            new Procedure("99203", 21000, Kind.VISIT, 1, false),
            new Procedure("99204", 33000, Kind.VISIT, 1, false));
    static final Procedure EMERGENCY_VISIT = new Procedure("99284", 65000, Kind.EMERGENCY_VISIT, 1, false);
    static final Procedure ANNUAL_WELLNESS = new Procedure("G0439", 26000, Kind.WELLNESS_VISIT, 1, false);

    static final List<Procedure> ANCILLARIES = List.of(
            new Procedure("36415", 1800, Kind.LAB, 1, false),
            new Procedure("80053", 6200, Kind.LAB, 1, false),
            new Procedure("85025", 3800, Kind.LAB, 1, false),
            new Procedure("83036", 4800, Kind.LAB, 1, false),
            new Procedure("81002", 1500, Kind.LAB, 1, false),
            new Procedure("93000", 8500, Kind.MINOR_PROCEDURE, 1, false),
            new Procedure("71046", 14000, Kind.IMAGING, 1, false),
            new Procedure("73630", 13000, Kind.IMAGING, 1, true),
            new Procedure("73562", 15000, Kind.IMAGING, 1, true),
            new Procedure("20610", 29000, Kind.MINOR_PROCEDURE, 1, true),
            new Procedure("11721", 9500, Kind.MINOR_PROCEDURE, 1, false),
            new Procedure("17110", 18000, Kind.MINOR_PROCEDURE, 1, false),
            new Procedure("90471", 3500, Kind.VACCINE, 1, false),
            new Procedure("90686", 4000, Kind.VACCINE, 1, false),
            new Procedure("J3420", 2500, Kind.DRUG, 1, false),
            new Procedure("J1100", 1500, Kind.DRUG, 10, false));

    static final List<Procedure> THERAPIES = List.of(
            new Procedure("97110", 9500, Kind.THERAPY, 4, false),
            new Procedure("97140", 9000, Kind.THERAPY, 3, false),
            new Procedure("97530", 10500, Kind.THERAPY, 2, false));

    /** Diagnosis-related groups for the hospital's inpatient claims, with a plausible weight. */
    record Drg(String code, String weight, long typicalChargeCents) {
        static final List<Drg> ALL = List.of(
                new Drg("470", "1.9", 5200000),
                new Drg("871", "1.8", 4800000),
                new Drg("291", "1.3", 3100000),
                new Drg("392", "0.8", 1600000),
                new Drg("194", "0.9", 1900000),
                new Drg("690", "0.8", 1400000));
    }
}
