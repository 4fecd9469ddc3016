package org.denialflow.ingest.x12;

import java.util.List;

/**
 * One segment as read: its id, its 1-based ordinal in the file and its elements. Element
 * {@code n} (1-based, as in "CLP03") is a list of components; a simple element has one.
 * Only the first repetition of a repeated element is kept: none of the elements read from 835
 * and 277 transactions repeat.
 */
record X12Segment(String id, long position, List<List<String>> elements) {

    /** The element's value, or its first component for a composite; "" when absent. */
    String element(int n) {
        return component(n, 1);
    }

    /** The element's value without surrounding blanks (ISA pads its elements). */
    String value(int n) {
        return element(n).trim();
    }

    /** Component {@code c} (1-based) of element {@code n}; "" when absent. */
    String component(int n, int c) {
        if (n < 1 || n > elements.size()) {
            return "";
        }
        List<String> components = elements.get(n - 1);
        return c >= 1 && c <= components.size() ? components.get(c - 1) : "";
    }

    List<String> components(int n) {
        return n >= 1 && n <= elements.size() ? elements.get(n - 1) : List.of();
    }

    boolean has(int n) {
        return !element(n).isBlank() || components(n).stream().anyMatch(s -> !s.isBlank());
    }

    int elementCount() {
        return elements.size();
    }
}
