package org.seigraph.ingest;

/** A piece of the source text with its UTF-16 offsets (end exclusive). */
public record Span(String text, int start, int end) {
    public Span {
        if (end - start != text.length()) {
            throw new IllegalArgumentException("span text/offset mismatch: " + text + " " + start + ".." + end);
        }
    }

    public static Span of(String source, int start, int end) {
        return new Span(source.substring(start, end), start, end);
    }

    public Span sub(int from, int to) {
        return new Span(text.substring(from, to), start + from, start + to);
    }

    public Span sub(int from) {
        return sub(from, text.length());
    }

    public boolean isEmpty() { return text.isEmpty(); }

    /** Trims ASCII and full-width (U+3000) whitespace. */
    public Span trim() {
        int a = 0, b = text.length();
        while (a < b && isSpace(text.charAt(a))) a++;
        while (b > a && isSpace(text.charAt(b - 1))) b--;
        return sub(a, b);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }
}
