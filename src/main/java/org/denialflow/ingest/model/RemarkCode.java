package org.denialflow.ingest.model;

/** A RARC (or, for LQ*RX, an NCPDP reject code) and the segment it came from: MIA, MOA or LQ. */
public record RemarkCode(String code, String source, String qualifier) {
}
