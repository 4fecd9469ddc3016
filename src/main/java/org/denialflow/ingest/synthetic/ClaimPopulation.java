package org.denialflow.ingest.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Creates the base claim with a given ordinal: payer, provider, patient, services and charges. */
final class ClaimPopulation {

    private static final double INPATIENT_SHARE = 0.08;
    private static final double DEPENDENT_SHARE = 0.3;

    private final long seed;
    private final LocalDate startDate;

    ClaimPopulation(long seed, LocalDate startDate) {
        this.seed = seed;
        this.startDate = startDate;
    }

    BaseClaim claim(long ordinal) {
        Random random = SeedMixer.randomFor(seed, ordinal, SeedMixer.BASE_CLAIM);
        SyntheticPayer payer = SyntheticPayer.pick(random);
        double providerDraw = random.nextDouble();
        SyntheticProvider provider = providerDraw < INPATIENT_SHARE ? SyntheticProvider.HOSPITAL
                : providerDraw < 0.65 ? SyntheticProvider.FAMILY_PRACTICE : SyntheticProvider.ORTHOPEDICS;

        FakePeople.Person patient = FakePeople.person(random, memberIdPrefix(payer.program()));
        FakePeople.Person subscriber = null;
        boolean dependentsCovered = payer.program() == Program.COMMERCIAL || payer.program() == Program.MEDICAID;
        if (dependentsCovered && random.nextDouble() < DEPENDENT_SHARE) {
            FakePeople.Person holder = FakePeople.person(random, memberIdPrefix(payer.program()));
            subscriber = new FakePeople.Person(patient.lastName(),
                    FakePeople.otherFirstName(random, patient.firstName()), holder.middleInitial(), holder.memberId());
            patient = new FakePeople.Person(patient.lastName(), patient.firstName(), patient.middleInitial(), null);
        }
        boolean alternateProduct = random.nextInt(3) == 0;
        String pcn = "SYN" + X12Values.zeroPadded(ordinal + 1, 9);
        LocalDate serviceFrom = startDate.minusDays(14 + random.nextInt(77));

        if (provider.hospital()) {
            Procedure.Drg drg = Procedure.Drg.ALL.get(random.nextInt(Procedure.Drg.ALL.size()));
            long charge = drg.typicalChargeCents() * (80 + random.nextInt(41)) / 100;
            LocalDate serviceTo = serviceFrom.plusDays(2 + random.nextInt(6));
            return new BaseClaim(ordinal, pcn, payer, provider, patient, subscriber, alternateProduct, "11", drg,
                    List.of(), charge, serviceFrom, serviceTo, serviceTo.plusDays(2 + random.nextInt(9)));
        }
        List<ClaimLine> lines = professionalLines(random, payer, provider, serviceFrom);
        String placeOfService = lines.get(0).procedure().kind() == Procedure.Kind.EMERGENCY_VISIT ? "23"
                : random.nextInt(10) == 0 ? "22" : "11";
        long charge = lines.stream().mapToLong(ClaimLine::chargeCents).sum();
        return new BaseClaim(ordinal, pcn, payer, provider, patient, subscriber, alternateProduct, placeOfService,
                null, lines, charge, serviceFrom, serviceFrom, serviceFrom.plusDays(2 + random.nextInt(9)));
    }

    private static List<ClaimLine> professionalLines(Random random, SyntheticPayer payer, SyntheticProvider provider,
                                                     LocalDate date) {
        List<Procedure> procedures = new ArrayList<>();
        boolean orthopedics = provider == SyntheticProvider.ORTHOPEDICS;
        if (orthopedics && random.nextInt(4) == 0) {
            List<Procedure> therapies = new ArrayList<>(Procedure.THERAPIES);
            int count = 1 + random.nextInt(therapies.size());
            for (int i = 0; i < count; i++) {
                procedures.add(therapies.remove(random.nextInt(therapies.size())));
            }
        } else {
            if (!orthopedics && random.nextInt(30) == 0) {
                procedures.add(Procedure.EMERGENCY_VISIT);
            } else if (payer.program() == Program.MEDICARE && random.nextInt(10) == 0) {
                procedures.add(Procedure.ANNUAL_WELLNESS);
            } else {
                procedures.add(Procedure.VISITS.get(random.nextInt(Procedure.VISITS.size())));
            }
            int ancillaries = random.nextInt(4);
            for (int i = 0; i < ancillaries; i++) {
                Procedure candidate = Procedure.ANCILLARIES.get(random.nextInt(Procedure.ANCILLARIES.size()));
                boolean fitsPractice = orthopedics == (candidate.lateralised() || candidate.kind() == Procedure.Kind.DRUG);
                if (fitsPractice && !procedures.contains(candidate)) {
                    procedures.add(candidate);
                }
            }
        }
        boolean withMinorProcedure = procedures.stream().anyMatch(p -> p.kind() == Procedure.Kind.MINOR_PROCEDURE);
        List<ClaimLine> lines = new ArrayList<>(procedures.size());
        for (Procedure procedure : procedures) {
            List<String> modifiers = new ArrayList<>(2);
            if (procedure.kind() == Procedure.Kind.VISIT && withMinorProcedure) {
                modifiers.add("25");
            }
            if (procedure.lateralised()) {
                modifiers.add(random.nextBoolean() ? "RT" : "LT");
            }
            if (procedure.kind() == Procedure.Kind.THERAPY) {
                modifiers.add("GP");
            }
            int units = 1 + random.nextInt(procedure.maxUnits());
            lines.add(new ClaimLine(lines.size() + 1, procedure, List.copyOf(modifiers), units,
                    procedure.chargeCents() * units, date));
        }
        return lines;
    }

    private static String memberIdPrefix(Program program) {
        return switch (program) {
            case MEDICARE -> "M";
            case MEDICARE_ADVANTAGE -> "A";
            case MEDICAID -> "D";
            case COMMERCIAL -> "C";
        };
    }
}
