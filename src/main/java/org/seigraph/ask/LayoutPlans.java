package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/**
 * The layout of 五(一): what an area focuses on, which areas focus on an industry, which parks lie in a district or
 * area, which districts an area includes, where a park is. Districts of areas and of parks are curated (their
 * evidence says so), the rest is the text's.
 */
final class LayoutPlans {

    private static final String SOURCES = ResponsibilityPlans.SOURCES;

    static Plan focus(Reading r) {
        String doc = """
                query AreaFocus($area: ID!) {
                  node(id: $area) { id name %s ... on Area { industries { id kind name nameEn } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("area", r.entity("area").id()), "data.node.industries[], in the text's order",
                data -> {
                    Map<String, Object> area = Data.map(data, "node");
                    return new Reply(Data.list(area, "industries").stream().map(Item::of).toList(),
                            Data.evidence(area == null ? List.of() : List.of(area)));
                });
    }

    static Plan areas(Reading r) {
        String doc = """
                query IndustryAreas($industry: ID!) {
                  node(id: $industry) { id ... on Industry { areas { id kind name nameEn %s } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("industry", r.entity("industry").id()),
                "data.node.areas[], in the order the text names the areas",
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(Data.map(data, "node"), "areas"));
                    rows.sort(Comparator.comparing(ResponsibilityPlans::firstStart));
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    /** Parks in a district (LOCATED_IN), or in the districts of an area; in the order the text names them. */
    static Plan parks(Reading r) {
        Lexicon.Entry place = r.entity("place");
        if ("Area".equals(place.kind())) {
            String doc = """
                    query AreaParks($area: ID!) {
                      node(id: $area) { id ... on Area { districts { id name parks { id kind name nameEn %s } } } }
                    }""".formatted(SOURCES);
            return Plan.of(doc, Data.vars("area", place.id()),
                    "the parks of data.node.districts[] (curated), in the order the text names them",
                    data -> {
                        Map<String, Map<String, Object>> parks = new LinkedHashMap<>();
                        for (Map<String, Object> d : Data.list(Data.map(data, "node"), "districts")) {
                            Data.list(d, "parks").forEach(p -> parks.putIfAbsent(Data.str(p, "id"), p));
                        }
                        List<Map<String, Object>> rows = new ArrayList<>(parks.values());
                        rows.sort(Comparator.comparing(ResponsibilityPlans::firstStart));
                        return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                    });
        }
        String doc = """
                query DistrictParks($district: ID!) {
                  parks(district: $district, first: 200) { edges { node { id kind name nameEn %s } } }
                  located: subgraph(ids: [$district], hops: 1, kinds: ["Park"], types: ["LOCATED_IN"]) {
                    edges { source target type %s }
                  }
                }""".formatted(SOURCES, SOURCES);
        return Plan.of(doc, Data.vars("district", place.id()),
                "data.parks.edges[].node, in the order the text names them; data.located gives each LOCATED_IN and its (curated) source",
                data -> {
                    List<Map<String, Object>> rows = Data.nodes(data, "parks");
                    List<Map<String, Object>> evidence = new ArrayList<>(Data.evidence(rows));
                    evidence.addAll(Data.evidence(Data.list(Data.map(data, "located"), "edges")));
                    return new Reply(rows.stream().map(Item::of).toList(), evidence);
                });
    }

    static Plan districts(Reading r) {
        String doc = """
                query AreaDistricts($area: ID!) {
                  node(id: $area) { id ... on Area { districts { id kind name nameEn %s } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("area", r.entity("area").id()), "data.node.districts[] (curated)",
                data -> {
                    List<Map<String, Object>> rows = Data.list(Data.map(data, "node"), "districts");
                    return new Reply(rows.stream().map(Item::of).toList(), Data.evidence(rows));
                });
    }

    static Plan location(Reading r) {
        String doc = """
                query ParkLocation($park: ID!) {
                  node(id: $park) { id ... on Park { locatedIn { id kind name nameEn %s } } }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("park", r.entity("park").id()),
                "data.node.locatedIn[], districts (curated) before areas",
                data -> {
                    List<Map<String, Object>> rows = new ArrayList<>(Data.list(Data.map(data, "node"), "locatedIn"));
                    rows.sort(Comparator.comparing(e -> "District".equals(Data.str(e, "kind")) ? 0 : 1));
                    List<Map<String, Object>> districts = rows.stream().filter(e -> "District".equals(Data.str(e, "kind"))).toList();
                    List<Map<String, Object>> kept = districts.isEmpty() ? rows : districts;
                    return new Reply(kept.stream().map(Item::of).toList(), Data.evidence(kept));
                });
    }

    private LayoutPlans() {
    }
}
