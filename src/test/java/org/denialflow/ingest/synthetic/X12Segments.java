package org.denialflow.ingest.synthetic;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: reads X12 text with StAEDI (which checks the envelope and its control numbers and
 * counts) into a flat list of segments, collecting every error StAEDI reports.
 */
final class X12Segments {

    record Segment(String id, List<List<String>> elements) {
        /** Element n (1-based), first component; "" when absent. */
        String get(int n) {
            return component(n, 1);
        }

        String component(int n, int c) {
            if (n > elements.size() || c > elements.get(n - 1).size()) {
                return "";
            }
            String value = elements.get(n - 1).get(c - 1);
            return value == null ? "" : value;
        }

        BigDecimal amount(int n) {
            return new BigDecimal(get(n));
        }

        boolean is(String segmentId, String qualifier) {
            return id.equals(segmentId) && get(1).equals(qualifier);
        }
    }

    final List<Segment> segments = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    static X12Segments parse(byte[] x12) {
        X12Segments result = new X12Segments();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(x12))) {
            String id = null;
            List<List<String>> elements = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        id = reader.getText();
                        elements = new ArrayList<>();
                    }
                    case ELEMENT_DATA -> {
                        int position = reader.getLocation().getElementPosition();
                        int component = Math.max(1, reader.getLocation().getComponentPosition());
                        while (elements.size() < position) {
                            elements.add(new ArrayList<>());
                        }
                        List<String> components = elements.get(position - 1);
                        while (components.size() < component - 1) {
                            components.add("");
                        }
                        components.add(reader.getText());
                    }
                    case END_SEGMENT -> result.segments.add(new Segment(id, elements));
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> result.errors.add(
                            event + " " + reader.getErrorType() + " at " + reader.getLocation());
                    default -> { }
                }
            }
        } catch (EDIStreamException | java.io.IOException e) {
            result.errors.add(e.getMessage());
        }
        return result;
    }

    List<Segment> all(String id) {
        return segments.stream().filter(s -> s.id().equals(id)).toList();
    }

    /** Splits the segments into ST..SE transactions. */
    List<List<Segment>> transactions() {
        List<List<Segment>> transactions = new ArrayList<>();
        List<Segment> current = null;
        for (Segment segment : segments) {
            if (segment.id().equals("ST")) {
                current = new ArrayList<>();
            }
            if (current != null) {
                current.add(segment);
            }
            if (segment.id().equals("SE")) {
                transactions.add(current);
                current = null;
            }
        }
        return transactions;
    }
}
