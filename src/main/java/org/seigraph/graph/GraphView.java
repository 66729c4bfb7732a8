package org.seigraph.graph;

import java.util.List;
import java.util.Map;

/**
 * A graph-shaped answer: nodes and edges with stable ids, as GraphQL's {@code Graph} and every export format
 * see it. Order is deterministic (nodes by depth then id, edges by id), so the same call gives the same answer.
 */
public record GraphView(List<Node> nodes, List<Edge> edges) {

    public static final GraphView EMPTY = new GraphView(List.of(), List.of());

    /** @param depth hops from the start of the query that produced it; null where depth means nothing */
    public record Node(String id, String kind, String name, String nameEn, String summary, Integer depth,
                       Map<String, Object> properties, List<Map<String, Object>> sources) {
    }

    /** @param properties the edge's own facts (rank, lead, role, verb …), without provenance */
    public record Edge(String id, String source, String target, String type, Map<String, Object> properties,
                       List<Map<String, Object>> sources) {
    }
}
