package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/** The plan's structure: domains, sectors and their sub-sectors, what a sub-sector develops. */
final class StructurePlans {

    private static final String SOURCES = ResponsibilityPlans.SOURCES;

    /** The sub-sectors of a sector (or all of them), in the text's order. */
    static Plan subsectors(Reading r) {
        Lexicon.Entry sector = r.entity("sector");
        String doc = """
                query Subsectors($sector: ID) {
                  subsectors(sector: $sector) { id kind name nameEn %s }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("sector", sector == null ? null : sector.id()),
                "data.subsectors[], in the text's order (by sources.start)",
                data -> {
                    List<Map<String, Object>> rows = ResponsibilityPlans.textOrder(Data.list(data, "subsectors"));
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    /** What a sub-sector belongs to (its sector), a sector (its domains), a technology (who develops it). */
    static Plan parent(Reading r) {
        Lexicon.Entry e = r.entity("entity");
        String field = switch (e.kind()) {
            case "Subsector" -> "sector";
            case "Sector" -> "domains";
            default -> "developedBy";
        };
        String doc = """
                query Parent($id: ID!) {
                  node(id: $id) { id ... on %s { %s { id kind name nameEn %s } } }
                }""".formatted(e.kind(), field, SOURCES);
        return Plan.of(doc, Data.vars("id", e.id()), "data.node." + field,
                data -> {
                    Map<String, Object> node = Data.map(data, "node");
                    List<Map<String, Object>> rows = node != null && node.get(field) instanceof Map<?, ?>
                            ? List.of(Data.map(node, field)) : Data.list(node, field);
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    /** The priority domains (重点领域) of chapter 一, in the text's order. */
    static Plan domains(Reading r) {
        String doc = """
                query Domains {
                  wholeGraph(kinds: ["Domain"], types: []) { nodes { id kind name nameEn properties %s } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Map.of(), "data.wholeGraph.nodes[] ordered by properties.rank (their order in the text)",
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(Data.map(data, "wholeGraph"), "nodes"));
                    rows.sort(Comparator.comparing(n -> {
                        Integer rank = Data.integer(Data.map(n, "properties"), "rank");
                        return rank == null ? Integer.MAX_VALUE : rank;
                    }));
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    /** The technologies, products and equipment a sub-sector develops, in the text's order. */
    static Plan technologies(Reading r) {
        String doc = """
                query Technologies($subsector: ID!) {
                  node(id: $subsector) { id ... on Subsector { technologies { id kind name nameEn %s } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("subsector", r.entity("subsector").id()), "data.node.technologies[], in the text's order",
                data -> {
                    List<Map<String, Object>> rows = Data.list(Data.map(data, "node"), "technologies");
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    private StructurePlans() {
    }
}
