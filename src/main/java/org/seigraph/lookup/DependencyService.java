package org.seigraph.lookup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.seigraph.api.ApiException;
import org.seigraph.api.RequestLimits;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * The dependency closure of an entity ({@link DependencyRules}), walked breadth-first: one query per
 * level for the whole frontier, so depth 3 costs three round trips whatever the fan-out.
 */
@Service
public class DependencyService {

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RequestLimits.Settings limits;
    private final String upstreamStep;
    private final String downstreamStep;

    public DependencyService(CypherRunner cypher, EntityReader entities, RequestLimits.Settings limits) {
        this.cypher = cypher;
        this.entities = entities;
        this.limits = limits;
        this.upstreamStep = step(true);
        this.downstreamStep = step(false);
    }

    public GraphView closure(String id, boolean upstream, Integer depthArg, List<String> kinds) {
        int depth = RequestLimits.capped(depthArg, 2, limits.maxTraversalDepth(), "depth");
        Set<String> kindFilter = kinds == null ? Set.of() : Set.copyOf(kinds);
        kindFilter.stream().filter(k -> !GraphModel.LABEL_NAMES.contains(k)).findFirst().ifPresent(k -> {
            throw ApiException.badRequest("Unknown kind '" + k + "'");
        });
        GraphViewBuilder graph = new GraphViewBuilder(entities);
        List<Record> start = cypher.read("MATCH (n:Entity {id: $id}) RETURN n", Map.of("id", id), r -> r);
        if (start.isEmpty()) {
            throw ApiException.notFound("entity", id);
        }
        graph.node(start.get(0).get("n").asNode(), 0);
        Map<String, String> parent = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        Set<String> visited = new HashSet<>(List.of(id));
        List<Record> edgesFound = new ArrayList<>();
        List<String> frontier = List.of(id);
        for (int level = 1; level <= depth && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            for (Record row : cypher.read(upstream ? upstreamStep : downstreamStep, Map.of("frontier", frontier), r -> r)) {
                Node y = row.get("y").asNode();
                String yId = y.get("id").asString();
                edgesFound.add(row);
                if (visited.add(yId)) {
                    parent.put(yId, row.get("from").asString());
                    next.add(yId);
                    graph.node(y, level);
                    kindOf.put(yId, row.get("kind").asString());
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
        for (Record row : edgesFound) {
            Relationship r = row.get("r").asRelationship();
            if (keep.contains(row.get("from").asString()) && keep.contains(row.get("y").asNode().get("id").asString())) {
                graph.relationship(r);
            }
        }
        GraphView all = graph.build();
        return new GraphView(all.nodes().stream().filter(n -> keep.contains(n.id())).toList(), all.edges());
    }

    /** Rel types come from {@link DependencyRules}, not from input. */
    private static String step(boolean upstream) {
        return "UNWIND $frontier AS fromId MATCH (x:Entity {id: fromId}) CALL { "
                + "WITH x MATCH (x)-[r:" + DependencyRules.typesFollowedOutwards(upstream) + "]->(y:Entity) RETURN r, y "
                + "UNION ALL WITH x MATCH (x)<-[r:" + DependencyRules.typesFollowedInwards(upstream) + "]-(y:Entity) RETURN r, y } "
                + "RETURN fromId AS from, r, y, " + EntityReader.kind("y") + " AS kind "
                + "ORDER BY from, type(r), coalesce(r.rank, 1000000), y.id";
    }
}
