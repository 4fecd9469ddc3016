package org.denialflow.ingest.synthetic;

import java.util.List;
import java.util.Random;

/** Patient names and member ids that are fictional on sight. */
final class FakePeople {

    private static final List<String> LAST_NAMES = List.of(
            "TESTPATIENT", "SAMPLE", "DUMMY", "FAKENAME", "NOTREAL", "SYNTHETIC", "EXAMPLE", "MOCKPERSON",
            "PLACEHOLDER", "FICTIONAL", "IMAGINARY", "PRETENDSON");
    private static final List<String> FIRST_NAMES = List.of(
            "ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO", "FOXTROT", "GOLF", "HOTEL", "INDIA", "JULIET",
            "KILO", "LIMA", "MIKE", "NOVEMBER", "OSCAR", "PAPA");
    private static final String ID_CHARACTERS = "ACDEFGHJKMNPQRTUVWXY0123456789";

    private FakePeople() {
    }

    static Person person(Random random, String memberIdPrefix) {
        String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String middle = random.nextInt(3) == 0 ? "" : String.valueOf((char) ('A' + random.nextInt(26)));
        StringBuilder id = new StringBuilder("SYN").append(memberIdPrefix);
        for (int i = 0; i < 8; i++) {
            id.append(ID_CHARACTERS.charAt(random.nextInt(ID_CHARACTERS.length())));
        }
        return new Person(last, first, middle, id.toString());
    }

    static String otherFirstName(Random random, String notThis) {
        String name;
        do {
            name = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        } while (name.equals(notThis));
        return name;
    }

    record Person(String lastName, String firstName, String middleInitial, String memberId) {
    }
}
