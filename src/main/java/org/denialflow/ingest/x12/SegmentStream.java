package org.denialflow.ingest.x12;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;

/**
 * Turns StAEDI's event stream into whole segments. StAEDI runs without a schema here, so it only
 * tokenizes (separators from each ISA, composites, repetitions); the envelope and content rules are
 * checked by {@link EnvelopeAssembler} and the transaction readers.
 */
final class SegmentStream {

    private final EDIStreamReader reader;
    private long position;
    private String currentId;
    private List<List<String>> elements;
    private List<String> composite;
    private int compositePosition;

    SegmentStream(EDIStreamReader reader) {
        this.reader = reader;
    }

    /** The next complete segment, or null at the end of the input. */
    X12Segment next() throws EDIStreamException {
        while (reader.hasNext()) {
            EDIStreamEvent event = reader.next();
            switch (event) {
                case START_SEGMENT -> {
                    position++;
                    currentId = reader.getText();
                    elements = new ArrayList<>();
                }
                case START_COMPOSITE -> {
                    composite = new ArrayList<>();
                    compositePosition = reader.getLocation().getElementPosition();
                }
                case END_COMPOSITE -> {
                    if (isFirstOccurrence()) {
                        put(compositePosition, Collections.unmodifiableList(composite));
                    }
                    composite = null;
                }
                case ELEMENT_DATA -> addData(reader.getText());
                case END_SEGMENT -> {
                    X12Segment segment = new X12Segment(currentId, position, Collections.unmodifiableList(elements));
                    currentId = null;
                    return segment;
                }
                default -> {
                    // envelope, loop and (schema-less, hence absent) validation events carry nothing we need
                }
            }
        }
        return null;
    }

    /** Ordinal of the last segment started, complete or not. */
    long position() {
        return position;
    }

    /** Id of the segment being read when the input stopped, or null between segments. */
    String segmentInProgress() {
        return currentId;
    }

    private void addData(String text) {
        Location location = reader.getLocation();
        if (composite != null) {
            int component = location.getComponentPosition();
            while (composite.size() < component - 1) {
                composite.add("");
            }
            composite.add(text);
        } else if (isFirstOccurrence()) {
            put(location.getElementPosition(), List.of(text));
        }
    }

    private boolean isFirstOccurrence() {
        return reader.getLocation().getElementOccurrence() <= 1;
    }

    private void put(int elementPosition, List<String> value) {
        while (elements.size() < elementPosition - 1) {
            elements.add(List.of(""));
        }
        if (elements.size() == elementPosition - 1) {
            elements.add(value);
        }
    }
}
