package org.seigraph.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neo4j.driver.Record;
import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * Graph-shaped answers for maps and exports: the neighbourhood of some nodes (either direction, up to
 * {@link #MAX_HOPS} hops), the whole graph, and the overview the map opens on (five sectors and their
 * sub-sectors). Nodes come out by depth then id, edges by depth then id, so the same call gives the same
 * answer; edge ids are the stable {@code id} property of each relationship.
 *
 * <p>MENTIONS (a section names a node: about half of all relationships) are left out unless asked for by
 * {@code types}: every node of a chapter would otherwise sit two hops from every other through the chapter.
 * With {@code kinds}, the walk only passes through nodes of those kinds (start nodes always count), so a
 * filtered neighbourhood stays connected. Each hop costs one query for the whole frontier, plus one for the
 * nodes and the edges among them: an induced subgraph of the nodes reached.
 *
 * <p>The placeholder bureaus (市有关部门, 有关区人民政府: {@code placeholder: true}) are named in almost every
 * responsibility list, so a walk through them reaches nearly everything in two hops: a neighbourhood leaves them
 * out unless asked for (or among the ids). The whole graph keeps them unless asked not to; either way the flag
 * travels with their nodes and edges.
 */
@Service
public class SubgraphService {

    public static final int MAX_HOPS = 3;
    public static final int DEFAULT_LIMIT = 1000;
    public static final int MAX_IDS = 100;

    /** Relationship types followed unless {@code types} says otherwise. */
    public static final List<String> DEFAULT_TYPES = java.util.Arrays.stream(GraphModel.RelType.values())
            .map(Enum::name).filter(t -> !t.equals("MENTIONS")).toList();

    private static final String STEP = "UNWIND $frontier AS fromId MATCH (x:Entity {id: fromId})-[r]-(y:Entity) "
            + "WHERE type(r) IN $types AND ($placeholders OR NOT " + EntityReader.placeholder("y") + ") "
            + "WITH y, " + EntityReader.kind("y") + " AS kind WHERE size($kinds) = 0 OR kind IN $kinds "
            + "RETURN DISTINCT y.id AS id ORDER BY id";

    private static final String FETCH = "UNWIND $ids AS nid MATCH (n:Entity {id: nid}) "
            + "WITH collect(n) AS ns "
            + "UNWIND ns AS a OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $types AND b IN ns "
            + "RETURN ns, collect(r) AS rels";

    private static final String WHOLE = "MATCH (n:Entity) WHERE (size($kinds) = 0 OR " + EntityReader.kind("n") + " IN $kinds) "
            + "AND ($placeholders OR NOT " + EntityReader.placeholder("n") + ") "
            + "WITH collect(n) AS ns "
            + "UNWIND ns AS a OPTIONAL MATCH (a)-[r]->(b:Entity) WHERE type(r) IN $types AND b IN ns "
            + "RETURN ns, collect(r) AS rels";

    private static final String SECTORS = "MATCH (s:Sector) RETURN s.id AS id ORDER BY s.rank, s.id";

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RequestLimits.Settings limits;

    public SubgraphService(CypherRunner cypher, EntityReader entities, RequestLimits.Settings limits) {
        this.cypher = cypher;
        this.entities = entities;
        this.limits = limits;
    }

    /** What a caller asks for; nulls mean defaults (placeholders: left out of a neighbourhood). */
    public record Request(List<String> ids, Integer hops, List<String> kinds, List<String> types, Integer limit,
                          Boolean includePlaceholders) {
        public Request(List<String> ids, Integer hops, List<String> kinds, List<String> types, Integer limit) {
            this(ids, hops, kinds, types, limit, null);
        }
    }

    public GraphView subgraph(Request request) {
        List<String> ids = request.ids() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.ids()));
        if (ids.isEmpty()) {
            throw ApiException.badRequest("'ids' must name at least one node");
        }
        int hops = RequestLimits.capped(request.hops(), 1, MAX_HOPS, "hops");
        int limit = limit(request.limit());
        // a walk starts from at most MAX_IDS nodes; without a walk (hops 0: these nodes and the edges among them,
        // e.g. the map page's current view) the node limit is the only cap
        RequestLimits.capped(ids.size(), 1, hops == 0 ? limit : MAX_IDS, "ids");
        List<String> kinds = kinds(request.kinds());
        List<String> types = types(request.types());

        Set<String> known = entities.byIds(ids).keySet();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw ApiException.notFound("node", id);
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        ids.forEach(id -> depth.put(id, 0));
        List<String> frontier = ids;
        for (int level = 1; level <= hops && !frontier.isEmpty(); level++) {
            List<String> next = new ArrayList<>();
            Map<String, Object> params = Map.of("frontier", frontier, "types", types, "kinds", kinds,
                    "placeholders", Boolean.TRUE.equals(request.includePlaceholders()));
            for (Record row : cypher.read(STEP, params, r -> r)) {
                String id = row.get("id").asString();
                if (!depth.containsKey(id)) {
                    depth.put(id, level);
                    next.add(id);
                }
            }
            if (depth.size() > limit) {
                throw ApiException.limit("The " + hops + "-hop neighbourhood has more than " + limit
                        + " nodes (the limit); lower 'hops', filter by 'kinds' or raise 'limit' (at most "
                        + maxLimit() + ")");
            }
            frontier = next;
        }
        return fetch(FETCH, Map.of("ids", List.copyOf(new TreeSet<>(depth.keySet())), "types", types), depth);
    }

    /**
     * These nodes and the edges of the given types among them, each node with the depth given for it (e.g. the
     * chain view's layer). Unknown ids are left out.
     */
    public GraphView induced(Map<String, Integer> depthById, List<String> typesArg) {
        if (depthById.isEmpty()) {
            return GraphView.EMPTY;
        }
        return fetch(FETCH, Map.of("ids", List.copyOf(new TreeSet<>(depthById.keySet())), "types", types(typesArg)), depthById);
    }

    /** Every node (of the given kinds) and every edge (of the given types) among them, placeholders unless left out. */
    public GraphView whole(List<String> kindsArg, List<String> typesArg, Boolean includePlaceholders) {
        List<String> kinds = kinds(kindsArg);
        List<String> types = types(typesArg);
        return fetch(WHOLE, Map.of("kinds", kinds, "types", types, "placeholders", !Boolean.FALSE.equals(includePlaceholders)), null);
    }

    /** The map's first view: the five sector groups and their sub-sectors (HAS_SUBSECTOR edges). */
    public GraphView overview() {
        List<String> sectors = cypher.read(SECTORS, Map.of(), r -> r.get("id").asString());
        if (sectors.isEmpty()) {
            return GraphView.EMPTY;
        }
        return subgraph(new Request(sectors, 1, List.of("Sector", "Subsector"), List.of("HAS_SUBSECTOR"), null, null));
    }

    private GraphView fetch(String query, Map<String, Object> params, Map<String, Integer> depth) {
        GraphViewBuilder graph = new GraphViewBuilder(entities);
        for (Record row : cypher.read(query, params, r -> r)) {
            for (org.neo4j.driver.Value n : row.get("ns").values()) {
                String id = n.asNode().get("id").asString(null);
                graph.node(n.asNode(), depth == null ? null : depth.get(id));
            }
            for (org.neo4j.driver.Value r : row.get("rels").values()) {
                graph.relationship(r.asRelationship());
            }
        }
        return graph.build();
    }

    private int limit(Integer limit) {
        int v = RequestLimits.capped(limit, DEFAULT_LIMIT, maxLimit(), "limit");
        if (v < 1) {
            throw ApiException.badRequest("'limit' must be at least 1");
        }
        return v;
    }

    private int maxLimit() {
        return limits.maxResultNodes();
    }

    static List<String> kinds(List<String> kinds) {
        if (kinds == null) {
            return List.of();
        }
        for (String kind : kinds) {
            if (!GraphModel.LABEL_NAMES.contains(kind)) {
                throw ApiException.badRequest("Unknown kind '" + kind + "'; known kinds: " + new TreeSet<>(GraphModel.LABEL_NAMES));
            }
        }
        return List.copyOf(new TreeSet<>(kinds));
    }

    static List<String> types(List<String> types) {
        if (types == null || types.isEmpty()) {
            return DEFAULT_TYPES;
        }
        for (String type : types) {
            if (GraphModel.relType(type).isEmpty()) {
                throw ApiException.badRequest("Unknown relationship type '" + type + "'; known types: "
                        + java.util.Arrays.toString(GraphModel.RelType.values()));
            }
        }
        return List.copyOf(new TreeSet<>(types));
    }
}
