package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.MarkedBlocks;

/**
 * The graph against an analyst's reading of the plan ({@code src/test/resources/audit/}): per kind of fact, how
 * many of the audited facts the graph holds (recall) and how many of the graph's facts the audit confirms
 * (precision), and that each matched fact's evidence points at the words the analyst quotes. Writes the table to
 * {@code target/audit.md}; {@code docs/graph-model.md} holds the same table ({@link MarkedBlocks}: run with
 * {@code -Ddocs.update=true} to rewrite it).
 */
class AuditRecallTest {

    static final Path AUDIT = Path.of("src/test/resources/audit/tianjin-sei-13fyp.tsv");
    static final Path DOC_PAGE = Path.of("docs/graph-model.md");
    static final double MIN_RECALL = 0.95;

    record AuditRow(int line, String section, String kind, String fact, String words) {}

    /** One fact of the graph in the audit's notation, with the evidence of the record that states it. */
    record GraphFact(String kind, String fact, Evidence evidence) {}

    record Score(String kind, int audited, int stored, int found, int confirmed) {
        double recall() { return audited == 0 ? 1 : (double) found / audited; }
        double precision() { return stored == 0 ? 1 : (double) confirmed / stored; }
    }

    static ParsedPlan plan;
    static GraphRecords g;
    static List<AuditRow> audit;
    static Map<String, Map<String, GraphFact>> graph;

    @BeforeAll
    static void build() throws IOException {
        GraphBuild.Result r = GraphBuild.build(Path.of("import"));
        plan = r.plans().get(0);
        g = r.records();
        audit = readAudit();
        graph = new GraphFacts(g).byKind();
    }

    @Test
    void everyAuditedFactQuotesWordsOfItsSection() {
        List<String> bad = new ArrayList<>();
        for (AuditRow a : audit) {
            if (!plan.section(a.section()).span().text().contains(a.words())) bad.add("line " + a.line() + ": " + a.words());
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void recallOfEveryKindIsAtLeast95PercentAndEverythingStoredIsConfirmed() throws IOException {
        List<Score> scores = scores();
        String table = table(scores);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/audit.md"), table, StandardCharsets.UTF_8);
        assertThat(scores).allSatisfy(s -> {
            assertThat(s.recall()).as("recall of %s: missing %s", s.kind(), missing(s.kind())).isGreaterThanOrEqualTo(MIN_RECALL);
            assertThat(s.precision()).as("precision of %s: unconfirmed %s", s.kind(), unconfirmed(s.kind())).isEqualTo(1.0);
        });
        // every kind of the graph's facts is audited
        assertThat(audit.stream().map(AuditRow::kind).collect(Collectors.toSet())).containsAll(graph.keySet());
    }

    @Test
    void theEvidenceOfEachMatchedFactPointsAtTheQuotedWords() {
        List<String> bad = new ArrayList<>();
        for (AuditRow a : audit) {
            GraphFact f = graph.getOrDefault(a.kind(), Map.of()).get(a.fact());
            if (f == null || !f.evidence().hasSpan()) continue;
            Span section = plan.section(a.section()).span();
            boolean overlaps = false;
            for (int at = section.text().indexOf(a.words()); at >= 0 && !overlaps; at = section.text().indexOf(a.words(), at + 1)) {
                int s = section.start() + at, e = s + a.words().length();
                overlaps = f.evidence().start() < e && s < f.evidence().end();
            }
            // a fact stated twice (京津冀协同发展 in 一 and 六) keeps the evidence of its first statement
            boolean statedElsewhere = audit.stream().anyMatch(o -> o != a && o.kind().equals(a.kind()) && o.fact().equals(a.fact()));
            if (!overlaps && !statedElsewhere) {
                bad.add(a.kind() + " " + a.fact() + ": evidence " + plan.text().substring(f.evidence().start(), f.evidence().end()));
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void theDocumentedTableIsTheMeasuredOne() {
        MarkedBlocks.check(DOC_PAGE, "audit", table(scores()));
    }

    static List<Score> scores() {
        Map<String, TreeSet<String>> audited = new TreeMap<>();
        for (AuditRow a : audit) audited.computeIfAbsent(a.kind(), k -> new TreeSet<>()).add(a.fact());
        TreeSet<String> kinds = new TreeSet<>(audited.keySet());
        kinds.addAll(graph.keySet());
        List<Score> out = new ArrayList<>();
        for (String kind : kinds) {
            TreeSet<String> a = audited.getOrDefault(kind, new TreeSet<>());
            Map<String, GraphFact> stored = graph.getOrDefault(kind, Map.of());
            int found = (int) a.stream().filter(stored::containsKey).count();
            int confirmed = (int) stored.keySet().stream().filter(a::contains).count();
            out.add(new Score(kind, a.size(), stored.size(), found, confirmed));
        }
        return out;
    }

    static List<String> missing(String kind) {
        Map<String, GraphFact> stored = graph.getOrDefault(kind, Map.of());
        return audit.stream().filter(a -> a.kind().equals(kind) && !stored.containsKey(a.fact())).map(AuditRow::fact).distinct().toList();
    }

    static List<String> unconfirmed(String kind) {
        var a = audit.stream().filter(x -> x.kind().equals(kind)).map(AuditRow::fact).collect(Collectors.toSet());
        return graph.getOrDefault(kind, Map.of()).keySet().stream().filter(f -> !a.contains(f)).toList();
    }

    static String table(List<Score> scores) {
        StringBuilder out = new StringBuilder("| kind | audited | in the graph | found | recall | precision |\n|---|---:|---:|---:|---:|---:|\n");
        int audited = 0, stored = 0, found = 0, confirmed = 0;
        for (Score s : scores) {
            out.append(String.format("| %s | %d | %d | %d | %s | %s |%n", s.kind(), s.audited(), s.stored(), s.found(),
                    percent(s.recall()), percent(s.precision())));
            audited += s.audited();
            stored += s.stored();
            found += s.found();
            confirmed += s.confirmed();
        }
        Score all = new Score("all", audited, stored, found, confirmed);
        out.append(String.format("| **all** | %d | %d | %d | %s | %s |%n", audited, stored, found, percent(all.recall()), percent(all.precision())));
        return out.toString();
    }

    static String percent(double v) {
        return BigDecimal.valueOf(v * 100).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    static List<AuditRow> readAudit() throws IOException {
        List<AuditRow> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(AUDIT, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c.length != 4) throw new IllegalStateException(AUDIT + " line " + (i + 1) + ": expected 4 tab-separated cells");
            out.add(new AuditRow(i + 1, c[0], c[1], c[2], c[3]));
        }
        return out;
    }

    /** The graph's text facts in the audit's notation (README beside the audit file). Curated facts are not audited. */
    static final class GraphFacts {
        private final GraphRecords g;
        private final Map<String, Map<String, GraphFact>> out = new TreeMap<>();

        GraphFacts(GraphRecords g) {
            this.g = g;
        }

        Map<String, Map<String, GraphFact>> byKind() {
            for (NodeRecord n : g.nodes("Domain")) add("domain", n.prop("rank") + "|" + n.name(), n.evidence());
            for (NodeRecord n : g.nodes("Sector")) add("sector", n.prop("rank") + "|" + n.name(), n.evidence());
            rels("IN_DOMAIN", "sector-domain", r -> name(r.from()) + "|" + name(r.to()) + "|" + r.evidence().derivation());
            rels("HAS_SUBSECTOR", "subsector", r -> name(r.from()) + "|" + r.prop("rank") + "|" + name(r.to()));
            rels("DEVELOPS", "technology", r -> key(r.from()) + "|" + name(r.to()) + "|" + r.prop("mode"));
            rels("APPLIES_IN", "application", r -> name(r.from()) + "|" + r.prop("rank") + "|" + name(r.to()));
            rels("HAS_PROJECT", "project", r -> key(r.from()) + "|" + name(r.to()));
            rels("USES_INSTRUMENT", "instrument", r -> key(r.from()) + "|" + name(r.to()));
            rels("COVERS", "field-list", r -> key(r.from()) + "|" + r.prop("rank") + "|" + name(r.to()));
            rels("ASSIGNS_ROLE", "area-role", r -> name(r.to()) + "|" + r.prop("role"));
            rels("FOCUSES_ON", "area-focus", r -> name(r.from()) + "|" + r.prop("rank") + "|" + name(r.to()));
            for (RelRecord r : g.rels("BUILDS")) {
                add(r.to().startsWith("park:") ? "park" : "platform", key(r.from()) + "|" + name(r.to()), r.evidence());
            }
            rels("LEVERAGES", "leverages", r -> key(r.from()) + "|" + name(r.to()));
            rels("HOSTS", "hosts", r -> name(r.from()) + "|" + name(r.to()) + "|" + r.evidence().derivation());
            for (RelRecord r : g.rels("LOCATED_IN")) {
                if (!r.evidence().derivation().equals(Evidence.CURATED)) {
                    add("located", name(r.from()) + "|" + name(r.to()) + "|" + r.evidence().derivation(), r.evidence());
                }
            }
            rels("MEMBER_OF", "cooperation", r -> name(r.to()) + "|" + r.prop("rank") + "|" + name(r.from()) + "|" + r.evidence().derivation());
            lists("RESPONSIBLE_FOR", "bureau-list", rs -> join(rs, false) + "|" + join(rs, true));
            lists("PARTICIPATES_IN", "participants", rs -> join(rs, false));
            for (RelRecord r : g.rels("HAS_TARGET")) {
                NodeRecord t = g.get(r.to());
                @SuppressWarnings("unchecked")
                List<String> q = (List<String>) t.prop("qualifiers");
                add("target", key(r.from()) + "|" + t.prop("metric") + "|" + t.prop("asWritten") + "|" + num(t.prop("valueNormalized"))
                        + " " + t.prop("unitNormalized") + "|" + (q == null ? "-" : String.join("+", q)) + "|" + t.prop("year")
                        + " " + t.prop("yearSource"), r.evidence());
            }
            rels("EXAMPLE_OF", "example", r -> key(g.relsTo("HAS_TARGET", r.to()).get(0).from()) + "/" + g.get(r.to()).prop("metric")
                    + "|" + r.prop("rank") + "|" + name(r.from()));
            rels("SUPPORTS", "strategy", r -> key(r.from()) + "|" + name(r.to()));
            for (String type : List.of("IMPLEMENTS", "BASED_ON", "ALIGNS_WITH")) {
                rels(type, "cited-document", r -> type + "|" + (g.get(r.to()).prop("number") != null ? g.get(r.to()).prop("number") : name(r.to())));
            }
            return out;
        }

        private void rels(String type, String kind, Function<RelRecord, String> fact) {
            for (RelRecord r : g.rels(type)) add(kind, fact.apply(r), r.evidence());
        }

        /** One fact per subject: its list of bureaus in rank order. */
        private void lists(String type, String kind, Function<List<RelRecord>, String> fact) {
            Map<String, List<RelRecord>> bySubject = new LinkedHashMap<>();
            for (RelRecord r : g.rels(type)) bySubject.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
            bySubject.forEach((subject, rs) -> {
                rs.sort(Comparator.comparing(r -> (Integer) r.prop("rank")));
                add(kind, key(subject) + "|" + fact.apply(rs), rs.get(0).evidence());
            });
        }

        private String join(List<RelRecord> rs, boolean placeholders) {
            String names = rs.stream().filter(r -> Boolean.TRUE.equals(r.prop("placeholder")) == placeholders)
                    .map(r -> name(r.from())).collect(Collectors.joining(","));
            return names.isEmpty() ? "-" : names;
        }

        private void add(String kind, String fact, Evidence evidence) {
            if (evidence.derivation().equals(Evidence.CURATED)) return;
            out.computeIfAbsent(kind, k -> new TreeMap<>()).putIfAbsent(fact, new GraphFact(kind, fact, evidence));
        }

        private String name(String id) {
            return g.require(id).name();
        }

        /** How the audit names a subject: a measure or section by its path, the plan as "plan", anything else by name. */
        private String key(String id) {
            NodeRecord n = g.require(id);
            if (n.label().equals("Measure") || n.label().equals("Section")) return (String) n.prop("path");
            if (n.label().equals("Document") && !n.evidence().fromText()) return "plan";
            return n.name();
        }

        private static String num(Object v) {
            return BigDecimal.valueOf(((Number) v).doubleValue()).stripTrailingZeros().toPlainString();
        }
    }
}
