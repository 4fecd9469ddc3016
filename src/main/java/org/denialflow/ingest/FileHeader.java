package org.denialflow.ingest;

import java.util.Objects;
import java.util.stream.Collectors;

import org.denialflow.ingest.model.Interchange;
import org.denialflow.ingest.model.ParsedFile;
import org.denialflow.ingest.model.Party;

/** Who sent a file and which envelopes it carried, for the import log. */
public record FileHeader(String senderId, String receiverId, String payerName, String payerId,
                         String interchangeControls) {

    static FileHeader of(ParsedFile file) {
        Interchange first = file.interchanges().isEmpty() ? null : file.interchanges().get(0);
        Party payer = file.remittances().stream().map(r -> r.payer()).filter(Objects::nonNull).findFirst()
                .orElse(null);
        String payerName = payer != null ? payer.name()
                : file.acknowledgments().stream().map(a -> a.payerName()).filter(Objects::nonNull).findFirst().orElse(null);
        String payerId = payer != null ? payer.id()
                : file.acknowledgments().stream().map(a -> a.payerId()).filter(Objects::nonNull).findFirst().orElse(null);
        String controls = file.interchanges().stream().map(Interchange::controlNumber).filter(Objects::nonNull)
                .collect(Collectors.joining(","));
        return new FileHeader(first == null ? null : first.senderId(), first == null ? null : first.receiverId(),
                payerName, payerId, controls);
    }
}
