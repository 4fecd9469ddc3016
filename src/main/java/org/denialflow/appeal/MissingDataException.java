package org.denialflow.appeal;

import java.util.List;
import java.util.stream.Collectors;

/** A template needs data neither the ledger nor the user gave; the letter is not made. */
public class MissingDataException extends AppealException {

    private final transient List<LetterFiller.MissingField> missing;

    MissingDataException(String templateName, List<LetterFiller.MissingField> missing) {
        super("The letter from template '" + templateName + "' cannot be made: it needs "
                + missing.stream().map(m -> m.field() + " (" + m.meaning() + ")").collect(Collectors.joining(", "))
                + ". Give them in 'values', or correct the claim data, then try again.");
        this.missing = List.copyOf(missing);
    }

    public List<LetterFiller.MissingField> missing() {
        return missing;
    }
}
