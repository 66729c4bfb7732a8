package org.seigraph.ingest;

/**
 * A chapter ({@code 一、总体思路}) or numbered item ({@code （一）推进大众创业万众创新。}) of the text.
 * {@code path} uses ASCII parentheses: {@code 三(一)}. The preamble before chapter 一 has path {@code 序}.
 *
 * @param span     the whole section (heading through the last paragraph before the next heading at the same or higher level)
 * @param heading  the heading text span ({@code 一、总体思路} or {@code （一）…。}); empty span for the preamble
 * @param title    the title as written ({@code 总体思路}, {@code 推进大众创业万众创新}); null for the preamble
 * @param rank     position among its siblings (1-based)
 */
public record Section(String path, String parentPath, int level, int rank, Span span, Span heading, Span title) {
    public boolean isChapter() { return level == 1; }
    public boolean isItem() { return level == 2; }
    public String chapter() { return level == 2 ? parentPath : path; }
}
