package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the trailing responsibility parenthesis of a paragraph,
 * {@code （市工业和信息化委、市科委、市发展改革委等市有关部门和有关区人民政府按职责分工负责）}: the named bureaus
 * (、-separated, before 等) in order, then the generic bodies (after 等, 和-separated) in order.
 * Without 等 the whole list is generic ({@code （市有关部门和有关区人民政府按职责分工负责）}).
 */
public final class ResponsibilityListParser {

    public record Entry(Span name, boolean generic) {}

    public record ResponsibilityList(Span parenthesis, List<Entry> entries) {}

    private static final Pattern PAREN = Pattern.compile("（([^（）]*?)按职责分工负责）\\s*$");

    public Optional<ResponsibilityList> parse(Span paragraph) {
        Matcher m = PAREN.matcher(paragraph.text());
        if (!m.find()) return Optional.empty();
        Span paren = paragraph.sub(m.start(), m.end()).trim();
        Span inner = paragraph.sub(m.start(1), m.end(1));
        List<Entry> entries = new ArrayList<>();
        int deng = inner.text().indexOf('等');
        Span generic = inner;
        if (deng > 0) {
            for (Span s : ListParser.splitOn(inner.sub(0, deng), '、')) entries.add(new Entry(s, false));
            generic = inner.sub(deng + 1);
        }
        for (Span s : ListParser.splitOn(generic, '和')) entries.add(new Entry(s, true));
        return Optional.of(new ResponsibilityList(paren, entries));
    }

    /** Named bodies listed before {@code 等市相关部门参加} in body text (七(一)). */
    private static final Pattern PARTICIPANTS = Pattern.compile("([^，。；]+?)等市相关部门参加");

    public List<List<Span>> participants(Span paragraph) {
        List<List<Span>> out = new ArrayList<>();
        Matcher m = PARTICIPANTS.matcher(paragraph.text());
        while (m.find()) out.add(ListParser.splitOn(paragraph.sub(m.start(1), m.end(1)), '、'));
        return out;
    }

    /** The span of the clause that states participation (for evidence). */
    public List<Span> participantClauses(Span paragraph) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARTICIPANTS.matcher(paragraph.text());
        while (m.find()) out.add(paragraph.sub(m.start(), m.end()));
        return out;
    }
}
