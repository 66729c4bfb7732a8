package org.seigraph.bench.scale;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;

/**
 * A synthetic corpus of N cities' plans with the same model as the bundled one, for load and scale tests.
 * Each city is the bundled plan's structure (its document, ~33 sections, 5 sectors, 19 sub-sectors, ~150
 * technologies, ~40 projects, ~20 parks, ~28 bureaus, ~25 targets, the layout, ~1200 relationships incl.
 * MENTIONS) with ids prefixed by the city ({@code technology:c0042/石墨烯}) and its own fan-outs: a seeded
 * share of technologies, projects, parks, platforms and targets is left out per city (with their edges), so
 * no two cities are the same shape. Topic names (石墨烯, 海洋工程装备) are kept as written, since other
 * cities' plans use the same words; names of places, bodies and the document get the city's name.
 * National documents and strategies (cited by number, 中国制造2025 …) are shared by all cities, as in reality.
 */
public final class SyntheticCorpus {

    /** One city's nodes (grouped by label) and relationships (grouped by type). */
    public record City(int index, Map<Label, List<Map<String, Object>>> nodes, Map<RelType, List<GraphBundle.RelRow>> rels) {
        public int nodeCount() {
            return nodes.values().stream().mapToInt(List::size).sum();
        }

        public int relationshipCount() {
            return rels.values().stream().mapToInt(List::size).sum();
        }
    }

    private static final Map<Label, Double> DROP = Map.of(
            Label.Technology, 0.15, Label.Project, 0.15, Label.Park, 0.10, Label.Platform, 0.10, Label.Target, 0.10);
    private static final Set<Label> RENAMED = Set.of(Label.Document, Label.Park, Label.Platform, Label.Area,
            Label.District, Label.Bureau);

    private final GraphBundle template;
    private final long seed;
    private final Set<String> shared = new HashSet<>();
    private final String planDoc;

    public SyntheticCorpus(GraphBundle template, long seed) {
        this.template = template;
        this.seed = seed;
        String plan = null;
        for (GraphBundle.NodeFile file : template.nodeFiles()) {
            for (Map<String, Object> row : file.rows()) {
                if (file.label() == Label.Strategy) {
                    shared.add((String) row.get("id"));
                } else if (file.label() == Label.Document) {
                    if (row.get("text") != null) {
                        plan = (String) row.get("id");
                    } else {
                        shared.add((String) row.get("id"));
                    }
                }
            }
        }
        this.planDoc = plan;
    }

    public static String cityCode(int index) {
        return String.format("c%04d", index);
    }

    /** Rewrites an id of the template into the city's id space (shared national nodes keep theirs). */
    String cityId(String id, String code) {
        if (shared.contains(id)) {
            return id;
        }
        int colon = id.indexOf(':');
        return id.substring(0, colon + 1) + code + "/" + id.substring(colon + 1);
    }

    public City city(int index) {
        String code = cityCode(index);
        String cityName = "城市" + code.substring(1);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        Map<Label, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
        Set<String> kept = new HashSet<>(shared);
        for (GraphBundle.NodeFile file : template.nodeFiles()) {
            List<Map<String, Object>> out = new ArrayList<>();
            double drop = DROP.getOrDefault(file.label(), 0.0);
            for (Map<String, Object> row : file.rows()) {
                String id = (String) row.get("id");
                if (shared.contains(id) || (drop > 0 && random.nextDouble() < drop)) {
                    continue;
                }
                Map<String, Object> copy = new HashMap<>(row);
                copy.put("id", cityId(id, code));
                copy.remove("text");
                if (copy.get("doc") instanceof String doc) {
                    copy.put("doc", cityId(doc, code));
                }
                if (RENAMED.contains(file.label())) {
                    copy.put("name", cityName + row.get("name"));
                }
                kept.add(id);
                out.add(copy);
            }
            nodes.put(file.label(), out);
        }
        Map<RelType, List<GraphBundle.RelRow>> rels = new LinkedHashMap<>();
        for (GraphBundle.RelFile file : template.relFiles()) {
            List<GraphBundle.RelRow> out = new ArrayList<>();
            for (GraphBundle.RelRow row : file.rows()) {
                if (!kept.contains(row.from()) || !kept.contains(row.to())) {
                    continue;
                }
                String from = cityId(row.from(), code);
                String to = cityId(row.to(), code);
                Map<String, Object> props = new HashMap<>(row.props());
                String id = file.type().name() + ":" + from + "->" + to + suffix(row.id());
                props.put("id", id);
                if (props.get("doc") instanceof String doc) {
                    props.put("doc", cityId(doc, code));
                }
                out.add(new GraphBundle.RelRow(id, from, to, props));
            }
            rels.put(file.type(), out);
        }
        return new City(index, nodes, rels);
    }

    private static String suffix(String relId) {
        int hash = relId.lastIndexOf('#');
        return hash > relId.lastIndexOf('>') ? relId.substring(hash) : "";
    }

    public String planDocument() {
        return planDoc;
    }
}
