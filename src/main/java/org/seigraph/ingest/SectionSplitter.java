package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the text into chapters ({@code 一、标题} on its own line) and numbered items ({@code （一）标题。} at the
 * start of a paragraph). Text before the first chapter becomes the preamble section {@code 序}.
 */
public final class SectionSplitter {
    public static final String PREAMBLE = "序";
    private static final String NUM = "[一二三四五六七八九十]+";
    private static final Pattern CHAPTER = Pattern.compile("(?m)^[\\u3000 ]*((" + NUM + ")、([^\\n]+?))[\\u3000 ]*$");
    private static final Pattern ITEM = Pattern.compile("(?m)^[\\u3000 ]*(（(" + NUM + ")）([^。\\n]+)。)");

    public List<Section> split(String text) {
        List<Section> out = new ArrayList<>();
        List<int[]> chapterStarts = new ArrayList<>();
        Matcher m = CHAPTER.matcher(text);
        while (m.find()) {
            chapterStarts.add(new int[]{m.start(1), m.end(1), m.start(3), m.end(3), m.start(2), m.end(2)});
        }
        if (chapterStarts.isEmpty()) throw new IllegalArgumentException("no chapters (一、…) found");
        int firstChapter = chapterStarts.get(0)[0];
        out.add(new Section(PREAMBLE, null, 1, 0, Span.of(text, 0, firstChapter).trim(), Span.of(text, 0, 0), null));
        for (int c = 0; c < chapterStarts.size(); c++) {
            int[] h = chapterStarts.get(c);
            int end = c + 1 < chapterStarts.size() ? chapterStarts.get(c + 1)[0] : text.length();
            String path = text.substring(h[4], h[5]);
            Span whole = Span.of(text, h[0], end).trim();
            out.add(new Section(path, null, 1, c + 1, whole, Span.of(text, h[0], h[1]), Span.of(text, h[2], h[3])));
            List<int[]> items = new ArrayList<>();
            Matcher im = ITEM.matcher(text).region(h[1], end);
            while (im.find()) items.add(new int[]{im.start(1), im.end(1), im.start(3), im.end(3), im.start(2), im.end(2)});
            for (int i = 0; i < items.size(); i++) {
                int[] it = items.get(i);
                int itemEnd = i + 1 < items.size() ? items.get(i + 1)[0] : end;
                String itemPath = path + "(" + text.substring(it[4], it[5]) + ")";
                out.add(new Section(itemPath, path, 2, i + 1, Span.of(text, it[0], itemEnd).trim(),
                        Span.of(text, it[0], it[1]), Span.of(text, it[2], it[3])));
            }
        }
        return out;
    }

    /** The innermost section that contains the span. */
    public static Section innermost(List<Section> sections, int start, int end) {
        Section best = null;
        for (Section s : sections) {
            boolean inside = start >= s.span().start() && end <= s.span().end();
            if (inside && (best == null || s.level() > best.level())) best = s;
        }
        if (best == null) throw new IllegalStateException("span " + start + ".." + end + " is in no section");
        return best;
    }
}
