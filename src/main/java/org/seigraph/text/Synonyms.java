package org.seigraph.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The curated synonyms, abbreviations and common English terms ({@code import/curated/synonyms.csv}: term, target,
 * source): a term users type (锂电池, drone, CRO, 宝坻) and the entity of the graph it stands for, with where the row
 * comes from. Chinese terms are found anywhere in a text, Latin ones as whole words or phrases, case-insensitive.
 */
@Component
public class Synonyms {

    /** One row of the file; {@code line} is its line number (the header is line 1). */
    public record Row(String term, String target, String source, int line) {
        public boolean latin() {
            return term.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }

        /** How the row is cited in a reason: synonyms.csv:12 锂电池 → technology:高性能锂离子动力电池. */
        public String cite() {
            return "synonyms.csv:" + line + " " + term + " → " + target;
        }
    }

    /** A row found in a text, at [start, end). */
    public record Found(Row row, int start, int end) {
    }

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final List<Row> rows;
    /** Each Latin row's lower-cased term and its whole-word pattern (null for the other rows). */
    private final List<LatinTerm> latin;

    private record LatinTerm(String lower, Pattern word) {
    }

    @Autowired
    public Synonyms(ResourceLoader resources, TextSettings settings) {
        this(read(resources.getResource(settings.synonymsFile())));
    }

    Synonyms(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.latin = rows.stream().map(r -> r.latin() ? latinTerm(r.term().toLowerCase(Locale.ROOT)) : null).toList();
    }

    private static LatinTerm latinTerm(String lower) {
        return new LatinTerm(lower, Pattern.compile("(?<![\\p{IsLatin}\\p{Nd}])" + Pattern.quote(lower) + "(?![\\p{IsLatin}\\p{Nd}])"));
    }

    public static List<Row> read(Resource resource) {
        List<Row> rows = new ArrayList<>();
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : READ.parse(in)) {
                String term = r.get("term").strip();
                String target = r.get("target").strip();
                String source = r.get("source").strip();
                if (term.isEmpty() || target.isEmpty() || source.isEmpty()) {
                    throw new IllegalStateException(resource.getDescription() + " line " + (r.getRecordNumber() + 1)
                            + ": term, target and source are all required");
                }
                rows.add(new Row(term, target, source, (int) r.getRecordNumber() + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The Chinese terms (words for the segmenter's dictionary). */
    public Set<String> terms() {
        Set<String> out = new LinkedHashSet<>();
        rows.forEach(r -> out.add(r.term()));
        return out;
    }

    /**
     * The rows whose term occurs in the text, in the order of the text; of two rows at overlapping places the
     * longer term wins (电动汽车 over 电动车 is not a concern, 网络游戏 over 游戏 is).
     */
    public List<Found> find(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.latin()) {
                LatinTerm t = latin.get(i);
                if (!lower.contains(t.lower())) {
                    continue; // the pattern needs the term itself: most rows are ruled out without running it
                }
                Matcher m = t.word().matcher(lower);
                while (m.find()) {
                    found.add(new Found(r, m.start(), m.end()));
                }
            } else {
                for (int at = text.indexOf(r.term()); at >= 0; at = text.indexOf(r.term(), at + 1)) {
                    found.add(new Found(r, at, at + r.term().length()));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start).thenComparingInt(f -> -(f.end() - f.start())));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            boolean inside = kept.stream().anyMatch(k -> k.start() <= f.start() && f.end() <= k.end()
                    && (k.end() - k.start()) > (f.end() - f.start()));
            boolean same = kept.stream().anyMatch(k -> k.row().equals(f.row()));
            if (!inside && !same) {
                kept.add(f);
            }
        }
        return kept;
    }
}
