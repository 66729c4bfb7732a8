package org.seigraph.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.ask.Plan.Reply;

/** Graph-shaped questions: what is directly up- or downstream of an entity, and how two entities are related. */
final class GraphPlans {

    private static final String SOURCES = ResponsibilityPlans.SOURCES;
    /** The order in which kinds of dependency are listed (then rank, then the text's order). */
    private static final List<String> EDGE_ORDER = List.of("HAS_SUBSECTOR", "IN_DOMAIN", "DEVELOPS", "HAS_PROJECT", "BUILDS",
            "HOSTS", "MAPS_TO", "HAS_TARGET", "EXAMPLE_OF", "MEMBER_OF", "FOCUSES_ON", "INCLUDES", "RESPONSIBLE_FOR",
            "PARTICIPATES_IN");

    static Plan dependency(Reading r) {
        String direction = r.flag("direction");
        String doc = """
                query Dependencies($id: ID!, $direction: Direction) {
                  dependencies(id: $id, direction: $direction, depth: 1) {
                    nodes { id kind name nameEn depth properties }
                    edges { source target type properties %s }
                  }
                }""".formatted(SOURCES);
        String id = r.entity("entity").id();
        return Plan.of(doc, Data.vars("id", id, "direction", direction),
                "data.dependencies.nodes[] at depth 1, by kind of dependency (README's dependency table), then rank and "
                        + "the text's order; the placeholders 市有关部门 and 有关区人民政府 left out",
                data -> {
                    Map<String, Object> graph = Data.map(data, "dependencies");
                    Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
                    for (Map<String, Object> n : Data.list(graph, "nodes")) {
                        if (Integer.valueOf(1).equals(Data.integer(n, "depth"))
                                && !"generic".equals(Data.str(Data.map(n, "properties"), "category"))) {
                            nodes.put(Data.str(n, "id"), n);
                        }
                    }
                    // each node once, by its first edge in the listing order
                    Map<String, Map<String, Object>> edgeOf = new HashMap<>();
                    List<Map<String, Object>> edges = new ArrayList<>(Data.list(graph, "edges"));
                    edges.sort(Comparator.comparing((Map<String, Object> e) -> typeOrder(Data.str(e, "type")))
                            .thenComparing(e -> rank(e))
                            .thenComparing(ResponsibilityPlans::firstStart));
                    List<String> order = new ArrayList<>();
                    for (Map<String, Object> e : edges) {
                        String other = id.equals(Data.str(e, "source")) ? Data.str(e, "target") : Data.str(e, "source");
                        if (nodes.containsKey(other) && !edgeOf.containsKey(other)) {
                            edgeOf.put(other, e);
                            order.add(other);
                        }
                    }
                    nodes.keySet().stream().filter(k -> !edgeOf.containsKey(k)).forEach(order::add);
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> used = new ArrayList<>();
                    for (String n : order) {
                        Map<String, Object> e = edgeOf.get(n);
                        items.add(new Item(nodes.get(n), null, null, null, null, null, null, null,
                                e == null ? null : Data.str(e, "type"), null, null));
                        if (e != null) {
                            used.add(e);
                        }
                    }
                    return new Reply(items, Data.evidence(used));
                });
    }

    private static int typeOrder(String type) {
        int i = EDGE_ORDER.indexOf(type);
        return i < 0 ? EDGE_ORDER.size() : i;
    }

    private static int rank(Map<String, Object> edge) {
        Integer rank = Data.integer(Data.map(edge, "properties"), "rank");
        return rank == null ? Integer.MAX_VALUE : rank;
    }

    static Plan paths(Reading r) {
        String from = r.entity("from").id();
        String to = r.entity("to").id();
        String doc = """
                query Paths($from: ID!, $to: ID!) {
                  paths(from: $from, to: $to, maxHops: 4) {
                    nodes { id kind name nameEn depth properties }
                    edges { source target type %s }
                  }
                }""".formatted(SOURCES);
        return Plan.of(doc, Data.vars("from", from, "to", to),
                "each of data.paths[] as its nodes by depth (from → to), one per distinct node sequence, their "
                        + "relationships named in the note; paths through the placeholders 市有关部门 / 有关区人民政府 left out",
                data -> {
                    // one item per node sequence; parallel relationships (HOSTS and BUILDS from one sentence) merged
                    Map<List<String>, List<Map<String, Object>>> nodesOf = new LinkedHashMap<>();
                    Map<List<String>, List<Map<String, Object>>> edgesOf = new LinkedHashMap<>();
                    for (Map<String, Object> graph : Data.list(data, "paths")) {
                        List<Map<String, Object>> nodes = new ArrayList<>(Data.list(graph, "nodes"));
                        nodes.sort(Comparator.comparing(n -> Data.integer(n, "depth")));
                        if (nodes.stream().anyMatch(n -> "generic".equals(Data.str(Data.map(n, "properties"), "category")))) {
                            continue;
                        }
                        List<String> ids = nodes.stream().map(n -> Data.str(n, "id")).toList();
                        nodesOf.putIfAbsent(ids, nodes);
                        edgesOf.computeIfAbsent(ids, k -> new ArrayList<>()).addAll(Data.list(graph, "edges"));
                    }
                    List<Item> items = new ArrayList<>();
                    List<Map<String, Object>> used = new ArrayList<>();
                    nodesOf.forEach((ids, nodes) -> {
                        used.addAll(edgesOf.get(ids));
                        items.add(new Item(null, null, null, null, null, null, null, null, null, nodes,
                                describe(nodes, edgesOf.get(ids))));
                    });
                    return new Reply(items, Data.evidence(used));
                });
    }

    /** A path in words: 市海洋局 −RESPONSIBLE_FOR→ 海洋工程装备 −BUILDS→/←HOSTS− 临港经济区. */
    static String describe(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        StringBuilder out = new StringBuilder(Data.str(nodes.get(0), "name"));
        for (int i = 1; i < nodes.size(); i++) {
            String a = Data.str(nodes.get(i - 1), "id");
            String b = Data.str(nodes.get(i), "id");
            Set<String> steps = new LinkedHashSet<>();
            for (Map<String, Object> e : edges) {
                if (a.equals(Data.str(e, "source")) && b.equals(Data.str(e, "target"))) {
                    steps.add("−" + Data.str(e, "type") + "→");
                } else if (b.equals(Data.str(e, "source")) && a.equals(Data.str(e, "target"))) {
                    steps.add("←" + Data.str(e, "type") + "−");
                }
            }
            out.append(' ').append(String.join("/", steps)).append(' ').append(Data.str(nodes.get(i), "name"));
        }
        return out.toString();
    }

    private GraphPlans() {
    }
}
