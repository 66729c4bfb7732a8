package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed CSVs against the source text: every fact from the text points at text that states it. */
class ProvenanceTest {

    static final Path GRAPH = Path.of("import/graph");
    static final String DOC = "document:tianjin-sei-13fyp";
    static String text;
    static final Map<String, CSVRecord> nodes = new HashMap<>();
    static final Map<String, List<CSVRecord>> rels = new HashMap<>();
    static final Map<String, int[]> sectionSpans = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        text = Files.readString(Path.of("import/source/tianjin-sei-13th-fyp-implementation-opinions.txt"), StandardCharsets.UTF_8);
        for (Path f : csvs("nodes")) for (CSVRecord r : read(f)) nodes.put(r.get("id"), r);
        for (Path f : csvs("rels")) {
            String type = f.getFileName().toString().replace(".csv", "");
            rels.put(type, read(f));
        }
        for (CSVRecord r : read(GRAPH.resolve("nodes/Section.csv"))) {
            sectionSpans.put(r.get("path"), new int[]{Integer.parseInt(r.get("start:int")), Integer.parseInt(r.get("end:int"))});
        }
    }

    @Test
    void nodeEvidenceContainsTheNameOrAnAlias() {
        List<String> bad = new ArrayList<>();
        for (CSVRecord n : nodes.values()) {
            if (!hasOffsets(n) || !n.get("derivation").equals("text")) continue;
            String span = span(n);
            if (n.get("id").startsWith("section:")) {
                String title = n.get("title");
                if (!title.isEmpty() ? !span.contains(title) : Integer.parseInt(n.get("start:int")) != 0) bad.add(n.get("id"));
                continue;
            }
            if (!namesOf(n).stream().anyMatch(span::contains)) bad.add(n.get("id") + " -> " + span);
        }
        assertThat(bad).isEmpty();
    }

    /**
     * A relationship stated by the text is evidenced by the statement itself: the span names the other end, lies in
     * one sentence of its section, and either names the subject too or lies in the subject's own paragraph (a
     * sub-sector's paragraph, a sector's, measure's or section's section, the document).
     */
    @Test
    void relationshipEvidenceIsTheStatementInsideItsSubjectsParagraph() {
        List<String> bad = new ArrayList<>();
        for (var e : rels.entrySet()) {
            for (CSVRecord r : e.getValue()) {
                if (!hasOffsets(r)) continue;
                int s = Integer.parseInt(r.get("start:int")), t = Integer.parseInt(r.get("end:int"));
                int[] sec = sectionSpans.get(r.get("section"));
                if (sec == null || s < sec[0] || t > sec[1] || s >= t) {
                    bad.add(r.get("id") + " outside section " + r.get("section"));
                    continue;
                }
                if (!r.get("derivation").equals("text") || e.getKey().equals("HAS_SECTION")) continue;
                String span = text.substring(s, t);
                if (span.contains("\n") || span.substring(0, span.length() - 1).contains("。")) {
                    bad.add(r.get("id") + " spans more than one sentence");
                }
                if (e.getKey().equals("RESPONSIBLE_FOR")) {
                    if (!span.contains(nodes.get(r.get("from")).get("name")) || !span.endsWith("按职责分工负责）")) bad.add(r.get("id"));
                    continue;
                }
                if (e.getKey().equals("MENTIONS")) {
                    if (namesOf(nodes.get(r.get("to"))).stream().noneMatch(span::contains)) bad.add(r.get("id") + " -> " + span);
                    continue;
                }
                // each end is named by the span, or is the subject whose paragraph holds it; at least one is named
                boolean namesFrom = names(nodes.get(r.get("from")), span), namesTo = names(nodes.get(r.get("to")), span);
                boolean fromOk = namesFrom || within(scope(nodes.get(r.get("from"))), s, t);
                boolean toOk = namesTo || within(scope(nodes.get(r.get("to"))), s, t);
                if (!(namesFrom || namesTo) || !fromOk || !toOk) bad.add(r.get("id") + ": " + span);
            }
        }
        assertThat(bad).isEmpty();
    }

    static boolean names(CSVRecord n, String span) {
        return !n.get("id").startsWith("section:") && namesOf(n).stream().anyMatch(span::contains);
    }

    static boolean within(int[] scope, int s, int t) {
        return scope != null && s >= scope[0] && t <= scope[1];
    }

    /** Where a subject's own statements are: a sub-sector's paragraph, the section of a sector, measure or section, the whole plan. */
    static int[] scope(CSVRecord subject) {
        String id = subject.get("id");
        if (id.equals(DOC)) return new int[]{0, text.length()};
        if (id.startsWith("subsector:")) {
            int at = Integer.parseInt(subject.get("start:int"));
            int end = text.indexOf('\n', at);
            return new int[]{at, end < 0 ? text.length() : end};
        }
        if (id.startsWith("sector:") || id.startsWith("measure:") || id.startsWith("section:")) return sectionSpans.get(subject.get("section"));
        return null;
    }

    @Test
    void everyRowSaysHowItWasDerived() {
        List<String> bad = new ArrayList<>();
        List<CSVRecord> all = new ArrayList<>(nodes.values());
        rels.values().forEach(all::addAll);
        for (CSVRecord r : all) {
            boolean offsets = !r.get("start:int").isEmpty() && !r.get("end:int").isEmpty();
            boolean source = !r.get("source").isEmpty();
            switch (r.get("derivation")) {
                case "text" -> {
                    if (source) bad.add(r.get("id") + ": text row with a source");
                    else if (r.get("doc").isEmpty() || r.get("section").isEmpty() || !offsets) bad.add(r.get("id") + ": text row without full provenance");
                    else if (!r.get("doc").equals(DOC)) bad.add(r.get("id") + ": unknown doc " + r.get("doc"));
                }
                case "curated" -> {
                    if (!source) bad.add(r.get("id") + ": curated without a source");
                    if (!r.get("start:int").isEmpty() || !r.get("end:int").isEmpty()) bad.add(r.get("id") + ": curated with offsets");
                }
                // an inferred fact names its rule; offsets, when present, point at what the rule read
                case "inferred" -> {
                    if (!r.get("source").startsWith("inferred")) bad.add(r.get("id") + ": inferred without its rule");
                    if (offsets && r.get("section").isEmpty()) bad.add(r.get("id") + ": inferred span without section");
                }
                default -> bad.add(r.get("id") + ": derivation '" + r.get("derivation") + "'");
            }
        }
        assertThat(bad).isEmpty();
    }

    /** A node the text names takes part in some fact; none is left with mentions alone (sections and the plan aside). */
    @Test
    void noNodeIsAMentionOnly() {
        java.util.Set<String> linked = new java.util.HashSet<>();
        rels.forEach((type, rows) -> {
            if (type.equals("MENTIONS") || type.equals("HAS_SECTION")) return;
            rows.forEach(r -> { linked.add(r.get("from")); linked.add(r.get("to")); });
        });
        assertThat(nodes.keySet().stream().filter(id -> !id.startsWith("section:") && !id.equals(DOC) && !linked.contains(id)))
                .isEmpty();
    }

    /**
     * English names start with a capital; proper names (documents, bureaus, parks, projects, strategies, cooperation
     * systems, areas, districts) are in title case: every word but a small one (and, of, for …) is capitalised.
     */
    @Test
    void englishNamesFollowTheCaseRule() {
        java.util.Set<String> titleCase = java.util.Set.of("document", "bureau", "park", "project", "strategy", "cooperationsystem",
                "area", "district");
        java.util.Set<String> small = java.util.Set.of("and", "of", "the", "for", "in", "on", "to", "a", "an", "by", "from", "with", "or");
        List<String> bad = new ArrayList<>();
        for (CSVRecord n : nodes.values()) {
            String en = n.get("nameEn");
            if (en.isEmpty() || !(Character.isUpperCase(en.charAt(0)) || Character.isDigit(en.charAt(0)) || en.charAt(0) == '"')) {
                bad.add(n.get("id") + ": " + en);
                continue;
            }
            String label = n.get("id").substring(0, n.get("id").indexOf(':'));
            boolean placeholder = "true".equals(n.isMapped("placeholder:boolean") ? n.get("placeholder:boolean") : null);
            if (!titleCase.contains(label) || placeholder) continue;
            // words of letters outside parentheses (a gloss or a citation may be in sentence case)
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}'-]*").matcher(en.replaceAll("\\([^)]*\\)", ""));
            while (w.find()) {
                String word = w.group();
                if (!small.contains(word) && Character.isLowerCase(word.charAt(0))) {
                    bad.add(n.get("id") + ": " + en);
                    break;
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyNodeHasAnEnglishNameAndEveryRelationshipEndExists() {
        assertThat(nodes.values().stream().filter(n -> n.get("nameEn").isBlank()).map(n -> n.get("id")).toList()).isEmpty();
        List<String> dangling = new ArrayList<>();
        for (List<CSVRecord> l : rels.values()) {
            for (CSVRecord r : l) {
                if (!nodes.containsKey(r.get("from"))) dangling.add(r.get("id") + " from");
                if (!nodes.containsKey(r.get("to"))) dangling.add(r.get("id") + " to");
            }
        }
        assertThat(dangling).isEmpty();
    }

    @Test
    void idsFollowTheLabelColonNameConvention() {
        for (Path f : csvs("nodes")) {
            String label = f.getFileName().toString().replace(".csv", "");
            for (CSVRecord r : read(f)) {
                assertThat(r.get("id")).startsWith(label.toLowerCase() + ":");
            }
        }
        for (var e : rels.entrySet()) {
            for (CSVRecord r : e.getValue()) {
                assertThat(r.get("id")).startsWith(e.getKey() + ":" + r.get("from") + "->" + r.get("to"));
            }
        }
    }

    @Test
    void thePlanDocumentCarriesTheWholeText() {
        assertThat(nodes.get(DOC).get("text")).isEqualTo(text);
    }

    static boolean hasOffsets(CSVRecord r) {
        return !r.get("start:int").isEmpty();
    }

    static String span(CSVRecord r) {
        return text.substring(Integer.parseInt(r.get("start:int")), Integer.parseInt(r.get("end:int")));
    }

    static List<String> namesOf(CSVRecord n) {
        List<String> out = new ArrayList<>();
        out.add(n.get("name"));
        if (!n.get("aliases:string[]").isEmpty()) out.addAll(List.of(n.get("aliases:string[]").split(";")));
        return out;
    }

    static List<Path> csvs(String dir) {
        try (Stream<Path> s = Files.list(GRAPH.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CSVRecord> read(Path f) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(f.toString(), e);
        }
    }
}
