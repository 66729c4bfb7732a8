package org.seigraph.ingest;

/**
 * Where a node or relationship comes from: either a span of a source text ({@code doc}, {@code section},
 * {@code start}, {@code end}; UTF-16 offsets, end exclusive) or a non-text source ({@code source}, e.g.
 * {@code curated}) with no offsets.
 */
public record Evidence(String doc, String section, Integer start, Integer end, String source) {

    public static final String CURATED = "curated";

    public static Evidence text(String doc, String section, int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        return new Evidence(doc, section, start, end, null);
    }

    public static Evidence curated(String doc, String source) {
        return new Evidence(doc, null, null, null, source == null || source.isBlank() ? CURATED : source);
    }

    public boolean fromText() {
        return start != null;
    }
}
