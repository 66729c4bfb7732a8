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
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the committed CSVs against the source text: every fact from the text points at text that states it. */
class ProvenanceTest {

    static final Path GRAPH = Path.of("import/graph");
    static final String DOC = "document:tianjin-sei-13fyp";
    /** Relationship types whose evidence need not name both ends (structure, bureau lists, mentions, plan-level citations). */
    static final Set<String> ONE_END_TYPES = Set.of("HAS_SECTION", "RESPONSIBLE_FOR", "MENTIONS");

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
            if (!hasOffsets(n)) continue;
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

    @Test
    void relationshipEvidenceLiesInsideItsSectionAndNamesItsEnds() {
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
                String span = text.substring(s, t);
                if (e.getKey().equals("RESPONSIBLE_FOR")) {
                    if (!span.contains(nodes.get(r.get("from")).get("name")) || !span.endsWith("按职责分工负责）")) bad.add(r.get("id"));
                    continue;
                }
                if (e.getKey().equals("MENTIONS")) {
                    if (namesOf(nodes.get(r.get("to"))).stream().noneMatch(span::contains)) bad.add(r.get("id") + " -> " + span);
                    continue;
                }
                if (ONE_END_TYPES.contains(e.getKey())) continue;
                for (String end : List.of(r.get("from"), r.get("to"))) {
                    CSVRecord n = nodes.get(end);
                    if (n.get("id").startsWith("document:") && !hasOffsets(n)) continue; // the plan itself: title is curated
                    if (namesOf(n).stream().noneMatch(span::contains)) bad.add(r.get("id") + " does not name " + end);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyRowIsEitherFromTheTextWithFullProvenanceOrCuratedWithoutOffsets() {
        List<String> bad = new ArrayList<>();
        List<CSVRecord> all = new ArrayList<>(nodes.values());
        rels.values().forEach(all::addAll);
        for (CSVRecord r : all) {
            boolean curated = !r.get("source").isEmpty();
            if (curated) {
                if (!r.get("start:int").isEmpty() || !r.get("end:int").isEmpty()) bad.add(r.get("id") + ": curated with offsets");
            } else if (r.get("doc").isEmpty() || r.get("section").isEmpty() || r.get("start:int").isEmpty() || r.get("end:int").isEmpty()) {
                bad.add(r.get("id") + ": text row without full provenance");
            } else if (!r.get("doc").equals(DOC)) {
                bad.add(r.get("id") + ": unknown doc " + r.get("doc"));
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
