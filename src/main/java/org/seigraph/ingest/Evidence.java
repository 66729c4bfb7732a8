package org.seigraph.ingest;

/**
 * Where a node or relationship comes from, and how it was obtained ({@code derivation}):
 * <ul>
 *   <li>{@code text}: stated by a span of a source text ({@code doc}, {@code section}, {@code start}, {@code end};
 *       UTF-16 offsets, end exclusive);</li>
 *   <li>{@code inferred}: read from the text by a rule rather than stated by it (the order of two lists, a park's
 *       name); {@code source} says which rule, and the offsets, when present, point at what the rule read;</li>
 *   <li>{@code curated}: not in the text; {@code source} is {@code curated} or a citation, and there are no offsets.</li>
 * </ul>
 */
public record Evidence(String doc, String section, Integer start, Integer end, String source, String derivation) {

    public static final String CURATED = "curated";
    public static final String TEXT = "text";
    public static final String INFERRED = "inferred";

    public static Evidence text(String doc, String section, int start, int end) {
        checkSpan(start, end);
        return new Evidence(doc, section, start, end, null, TEXT);
    }

    public static Evidence curated(String doc, String source) {
        return new Evidence(doc, null, null, null, source == null || source.isBlank() ? CURATED : source, CURATED);
    }

    /** A fact a rule reads from the text: {@code rule} says how; the span (may be null) is what it read. */
    public static Evidence inferred(String doc, String section, Span read, String rule) {
        if (rule == null || rule.isBlank()) throw new IllegalArgumentException("an inferred fact needs its rule");
        if (read != null) checkSpan(read.start(), read.end());
        return new Evidence(doc, section, read == null ? null : read.start(), read == null ? null : read.end(), rule, INFERRED);
    }

    private static void checkSpan(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Stated by the text (not inferred, not curated). */
    public boolean fromText() {
        return TEXT.equals(derivation);
    }

    public boolean hasSpan() {
        return start != null;
    }
}
