package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/**
 * Quantitative targets: of an owner (sector, sub-sector, measure, the plan), of a year, of a metric; the sums of a
 * sector's research goals; the sector with the highest target of a metric.
 */
final class TargetPlans {

    private static final String SOURCES = ResponsibilityPlans.SOURCES;
    /** The count metrics {@code sectorResearchGoals} sums per sector. */
    static final Set<String> RESEARCH_METRICS = Set.of("基础研究与前沿技术", "关键技术和产品");

    private static final String TARGET_FIELDS = "id kind name ... on Target { metric value unit qualifier approx year asWritten "
            + "targetKind owner { id kind name nameEn } } " + SOURCES;

    static Plan targets(Reading r) {
        Lexicon.Entry owner = r.entity("owner");
        String metric = r.metric();
        Integer year = r.year();
        if (owner != null && "Sector".equals(owner.kind()) && metric != null && RESEARCH_METRICS.contains(metric)) {
            return researchGoals(owner.id(), metric);
        }
        String doc = """
                query Targets($owner: ID, $metric: String) {
                  targets(owner: $owner, metric: $metric, first: 200) { edges { node { %s } } }
                }""".formatted(TARGET_FIELDS);
        return Plan.of(doc, Data.vars("owner", owner == null ? null : owner.id(), "metric", metric),
                "data.targets.edges[].node, in the text's order" + (year == null ? "" : ", those with year = " + year),
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.nodes(data, "targets"));
                    if (year != null) {
                        rows.removeIf(t -> !year.equals(Data.integer(t, "year")));
                    }
                    return new Reply(rows.stream().map(TargetPlans::item).toList(), Data.evidence(rows));
                });
    }

    static Item item(Map<String, Object> t) {
        return new Item(t, Data.num(t, "value"), Data.str(t, "unit"), Data.str(t, "qualifier"), Data.bool(t, "approx"),
                Data.integer(t, "year"), null, null, Data.str(t, "metric"), null, Data.str(t, "asWritten"));
    }

    /** A sector's counted research goals of one metric, summed over its sub-sectors (approximate if any is 左右). */
    static Plan researchGoals(String sector, String metric) {
        String doc = """
                query ResearchGoals($sector: ID!, $metric: String) {
                  sectorResearchGoals { sector { id kind name nameEn } metric unit total approx targets }
                  targets(metric: $metric, first: 200) { edges { node { id ... on Target { owner { id } } %s } } }
                  node(id: $sector) { id ... on Sector { subsectors { id } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("sector", sector, "metric", metric),
                "the data.sectorResearchGoals[] row of this sector and metric (total, unit, approx); evidence: the summed "
                        + "targets, those of data.targets owned by the sector's sub-sectors",
                data -> {
                    List<Item> items = new ArrayList<>();
                    for (Map<String, Object> row : Data.list(data, "sectorResearchGoals")) {
                        if (sector.equals(Data.str(Data.map(row, "sector"), "id")) && metric.equals(Data.str(row, "metric"))) {
                            items.add(new Item(Data.map(row, "sector"), Data.num(row, "total"), Data.str(row, "unit"), null,
                                    Data.bool(row, "approx"), null, null, null, metric, null,
                                    "sum of " + Data.integer(row, "targets") + " targets"));
                        }
                    }
                    Set<String> subs = new java.util.HashSet<>();
                    Data.list(Data.map(data, "node"), "subsectors").forEach(s -> subs.add(Data.str(s, "id")));
                    List<Map<String, Object>> parts = Data.nodes(data, "targets").stream()
                            .filter(t -> subs.contains(Data.str(Data.map(t, "owner"), "id"))).toList();
                    return new Reply(items, Data.evidence(parts));
                });
    }

    /** The sector(s) whose target of a metric (output by default) is the highest, units made comparable. */
    static Plan highest(Reading r) {
        String metric = r.metric() == null ? "产值" : r.metric();
        String doc = """
                query Highest($metric: String) {
                  targets(metric: $metric, first: 200) { edges { node { %s } } }
                }""".formatted(TARGET_FIELDS);
        return Plan.of(doc, Data.vars("metric", metric),
                "the sectors owning data.targets.edges[].node with the largest value (万亿元 = 10000 亿元); ties all",
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.nodes(data, "targets"));
                    rows.removeIf(t -> !"Sector".equals(Data.str(Data.map(t, "owner"), "kind")) || Data.num(t, "value") == null);
                    rows.sort(Comparator.comparing((Map<String, Object> t) -> -comparable(t)));
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> kept = new ArrayList<>();
                    for (Map<String, Object> t : rows) {
                        if (comparable(t) == comparable(rows.get(0))) {
                            Item target = item(t);
                            items.add(target.withEntity(Data.map(t, "owner")));
                            kept.add(t);
                        }
                    }
                    return new Reply(items, Data.evidence(kept));
                });
    }

    /** A value in the smallest unit of its kind, so that 1.5万亿元 and 9700亿元 compare. */
    static double comparable(Map<String, Object> t) {
        double v = Data.num(t, "value");
        String unit = Data.str(t, "unit");
        return "万亿元".equals(unit) ? v * 10000 : v;
    }

    private TargetPlans() {
    }
}
