package org.seigraph.lookup;

import java.util.List;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * Shortest paths between two entities over the facts of the plan (either direction), each as a graph: one per
 * distinct sequence of nodes, with all the parallel relationships between its neighbours.
 * Document structure (HAS_SECTION) and mentions are left out: every two things in one chapter would
 * otherwise be two hops apart through the chapter. So are the placeholder bureaus (市有关部门, 有关区人民政府) as
 * steps in between, unless included: they are named in almost every list, so every two tasks would meet through them.
 */
@Service
public class PathService {

    static final int MAX_HOPS = 8;
    static final int MAX_PATHS = 20;

    private final CypherRunner cypher;
    private final EntityReader entities;

    public PathService(CypherRunner cypher, EntityReader entities) {
        this.cypher = cypher;
        this.entities = entities;
    }

    public List<GraphView> shortestPaths(String from, String to, Integer maxHopsArg, boolean includePlaceholders) {
        int maxHops = RequestLimits.capped(maxHopsArg, 4, MAX_HOPS, "maxHops");
        if (maxHops < 1) {
            throw ApiException.badRequest("'maxHops' must be at least 1");
        }
        Map<String, Map<String, Object>> ends = entities.byIds(List.of(from, to));
        for (String id : List.of(from, to)) {
            if (!ends.containsKey(id)) {
                throw ApiException.notFound("entity", id);
            }
        }
        if (from.equals(to)) {
            return List.of();
        }
        // maxHops is a validated integer; variable-length bounds cannot be parameters in Cypher. Paths through the
        // same nodes differ only in parallel relationships (HOSTS and BUILDS read from one sentence): they are one
        // answer, with every relationship of each step.
        String query = "MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) "
                + "MATCH p = allShortestPaths((a)-[*.." + maxHops + "]-(b)) "
                + "WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONS', 'HAS_SECTION']) "
                + "AND ($placeholders OR none(n IN nodes(p)[1..-1] WHERE " + EntityReader.placeholder("n") + ")) "
                + "WITH [n IN nodes(p) | n.id] AS sequence, collect(p) AS parallel "
                + "RETURN parallel ORDER BY sequence LIMIT " + MAX_PATHS;
        return cypher.read(query, Map.of("from", from, "to", to, "placeholders", includePlaceholders),
                        r -> r.get("parallel").asList(v -> v.asPath())).stream()
                .map(parallel -> {
                    GraphViewBuilder graph = new GraphViewBuilder(entities);
                    parallel.forEach(path -> graph.path(path, 0));
                    return graph.build();
                })
                .toList();
    }
}
