package org.seigraph.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * The dependency closure of an entity ({@link DependencyRules}), walked breadth-first: one query per
 * level for the whole frontier, so depth 3 costs three round trips whatever the fan-out. Rows are values
 * (properties as maps), so with the embedded store the walk runs in-process ({@link CypherRunner}).
 */
@Service
public class DependencyService {

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RequestLimits.Settings limits;
    private final String upstreamStep;
    private final String downstreamStep;
    private final String upstreamFirst;
    private final String downstreamFirst;

    public DependencyService(CypherRunner cypher, EntityReader entities, RequestLimits.Settings limits) {
        this.cypher = cypher;
        this.entities = entities;
        this.limits = limits;
        this.upstreamStep = step(true, false);
        this.downstreamStep = step(false, false);
        this.upstreamFirst = step(true, true);
        this.downstreamFirst = step(false, true);
    }

    /** Placeholder bureaus (市有关部门, 有关区人民政府) are walked only when included or when the walk starts at one. */
    public GraphView closure(String id, boolean upstream, Integer depthArg, List<String> kinds, boolean includePlaceholders) {
        int depth = RequestLimits.capped(depthArg, 2, limits.maxTraversalDepth(), "depth");
        Set<String> kindFilter = kinds == null ? Set.of() : Set.copyOf(kinds);
        kindFilter.stream().filter(k -> !GraphModel.LABEL_NAMES.contains(k)).findFirst().ifPresent(k -> {
            throw ApiException.badRequest("Unknown kind '" + k + "'");
        });
        GraphViewBuilder graph = new GraphViewBuilder(entities);
        // the first level also returns the start node, saving its own query; only an unknown id or a node
        // without dependencies (or depth 0) needs the separate lookup
        List<Map<String, Object>> firstLevel = depth >= 1
                ? cypher.read(upstream ? upstreamFirst : downstreamFirst, Map.of("frontier", List.of(id), "placeholders", includePlaceholders))
                : List.of();
        Map<String, Object> start = firstLevel.isEmpty()
                ? cypher.read("MATCH (x:Entity {id: $id}) RETURN properties(x) AS x, " + EntityReader.kind("x") + " AS xkind",
                        Map.of("id", id)).stream().findFirst().orElseThrow(() -> ApiException.notFound("entity", id))
                : firstLevel.get(0);
        graph.node(props(start.get("x")), (String) start.get("xkind"), 0);
        Map<String, String> parent = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        Set<String> visited = new HashSet<>(List.of(id));
        List<Map<String, Object>> edgesFound = new ArrayList<>();
        List<String> frontier = List.of(id);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            List<Map<String, Object>> rows = level == 1 ? firstLevel
                    : cypher.read(upstream ? upstreamStep : downstreamStep, Map.of("frontier", frontier, "placeholders", includePlaceholders));
            for (Map<String, Object> row : rows) {
                Map<String, Object> y = props(row.get("y"));
                String yId = (String) y.get("id");
                edgesFound.add(row);
                if (visited.add(yId)) {
                    parent.put(yId, (String) row.get("from"));
                    next.add(yId);
                    graph.node(y, (String) row.get("kind"), level);
                    kindOf.put(yId, (String) row.get("kind"));
                    if (visited.size() > limits.maxResultNodes()) {
                        throw ApiException.limit("The closure has more than " + limits.maxResultNodes()
                                + " nodes; lower 'depth' or filter by 'kinds'");
                    }
                }
            }
            frontier = next;
        }
        Set<String> keep = new LinkedHashSet<>(List.of(id));
        for (String node : visited) {
            if (kindFilter.isEmpty() || kindFilter.contains(kindOf.getOrDefault(node, ""))) {
                // keep the node and its chain of parents back to the start, so the answer stays connected
                String n = node;
                while (n != null && keep.add(n)) {
                    n = parent.get(n);
                }
            }
        }
        for (Map<String, Object> row : edgesFound) {
            if (keep.contains((String) row.get("from")) && keep.contains((String) props(row.get("y")).get("id"))) {
                graph.relationship((String) row.get("type"), (String) row.get("source"), (String) row.get("target"),
                        props(row.get("r")));
            }
        }
        GraphView all = graph.build();
        return new GraphView(all.nodes().stream().filter(n -> keep.contains(n.id())).toList(), all.edges());
    }

    /** Rel types come from {@link DependencyRules}, not from input. */
    private static String step(boolean upstream, boolean withStart) {
        return "UNWIND $frontier AS fromId MATCH (x:Entity {id: fromId}) CALL { "
                + "WITH x MATCH (x)-[r:" + DependencyRules.typesFollowedOutwards(upstream) + "]->(y:Entity) RETURN r, y "
                + "UNION ALL WITH x MATCH (x)<-[r:" + DependencyRules.typesFollowedInwards(upstream) + "]-(y:Entity) RETURN r, y } "
                + "WITH fromId, x, r, y WHERE $placeholders OR NOT " + EntityReader.placeholder("y") + " "
                + "RETURN fromId AS from, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, "
                + "properties(r) AS r, properties(y) AS y, " + EntityReader.kind("y") + " AS kind "
                + (withStart ? ", properties(x) AS x, " + EntityReader.kind("x") + " AS xkind " : "")
                + "ORDER BY from, type, coalesce(r.rank, 1000000), y.id";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Object value) {
        return (Map<String, Object>) value;
    }
}
