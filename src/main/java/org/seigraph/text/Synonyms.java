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
    /** The rows in order, each Latin one with its term as a whole word (null for the others). */
    private final List<Term> terms;

    private record Term(Row row, WholeWord latin) {
    }

    @Autowired
    public Synonyms(ResourceLoader resources, TextSettings settings) {
        this(read(resources.getResource(settings.synonymsFile())));
    }

    Synonyms(List<Row> rows) {
        this.rows = List.copyOf(rows);
        this.terms = rows.stream().map(r -> new Term(r, r.latin()
                ? WholeWord.of(r.term().toLowerCase(Locale.ROOT), false) : null)).toList();
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
        for (Term t : terms) {
            Row r = t.row();
            if (t.latin() != null) {
                Matcher m = t.latin().in(lower);
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
