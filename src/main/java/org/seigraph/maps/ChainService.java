package org.seigraph.maps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphView;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * The chain view (产业链): the industry chain a node belongs to, in five layers read left to right —
 * domain → sector → sub-sector (or a measure, which carries tasks the same way) → its technologies and projects →
 * the parks, platforms and bureaus behind it. A node's layer is its kind's ({@link KindStyles.KindStyle#layer()})
 * and comes back as the node's {@code depth}.
 *
 * <p>Any node leads to a chain through its <em>anchors</em>, the sub-sectors and measures it belongs to: itself
 * if it is one; a sector's or domain's sub-sectors; what develops, carries, builds or hosts a technology, project,
 * park or platform; what a bureau is responsible for or takes part in; what a target belongs to; what an industry
 * maps to; what builds or is hosted by the parks of a district, or what an area's focus industries map to. The chain
 * is then every anchor with its sector and domain, its technologies and projects, and the parks, platforms and
 * bureaus tied to it, with the edges among them.
 */
@Service
public class ChainService {

    /** The relationship types drawn in the chain view. */
    static final List<String> TYPES = List.of("IN_DOMAIN", "HAS_SUBSECTOR", "DEVELOPS", "HAS_PROJECT", "BUILDS", "HOSTS",
            "RESPONSIBLE_FOR", "PARTICIPATES_IN");

    private static final String ANCHORS = """
            MATCH (x:Entity {id: $id})
            CALL (x) {
              MATCH (s) WHERE s = x AND (s:Subsector OR s:Measure) RETURN s
              UNION MATCH (x:Sector)-[:HAS_SUBSECTOR]->(s:Subsector) RETURN s
              UNION MATCH (x:Domain)<-[:IN_DOMAIN]-(:Sector)-[:HAS_SUBSECTOR]->(s:Subsector) RETURN s
              UNION MATCH (x)<-[:DEVELOPS|HAS_PROJECT|BUILDS|HAS_TARGET]-(s) WHERE s:Subsector OR s:Measure RETURN s
              UNION MATCH (x:Target)<-[:HAS_TARGET]-(:Sector)-[:HAS_SUBSECTOR]->(s:Subsector) RETURN s
              UNION MATCH (x)-[:HOSTS|RESPONSIBLE_FOR|PARTICIPATES_IN|MAPS_TO]->(s) WHERE s:Subsector OR s:Measure RETURN s
              UNION MATCH (x:District)<-[:LOCATED_IN]-(:Park)<-[:BUILDS]-(s) WHERE s:Subsector OR s:Measure RETURN s
              UNION MATCH (x:District)<-[:LOCATED_IN]-(:Park)-[:HOSTS]->(s:Subsector) RETURN s
              UNION MATCH (x:Area)-[:FOCUSES_ON]->(:Industry)-[:MAPS_TO]->(s:Subsector) RETURN s
            }
            RETURN DISTINCT s.id AS id ORDER BY id""";

    private static final String MEMBERS = """
            UNWIND $anchors AS aid MATCH (a:Entity {id: aid})
            CALL (a) {
              RETURN a AS n
              UNION MATCH (a)<-[:HAS_SUBSECTOR]-(n:Sector) RETURN n
              UNION MATCH (a)<-[:HAS_SUBSECTOR]-(:Sector)-[:IN_DOMAIN]->(n:Domain) RETURN n
              UNION MATCH (a)-[:DEVELOPS|HAS_PROJECT]->(n) WHERE n:Technology OR n:Project RETURN n
              UNION MATCH (a)-[:BUILDS]->(n) WHERE n:Park OR n:Platform RETURN n
              UNION MATCH (a)<-[:HOSTS]-(n:Park) RETURN n
              UNION MATCH (a)<-[:RESPONSIBLE_FOR|PARTICIPATES_IN]-(n:Bureau) WHERE NOT %s OR n.id = $id RETURN n
            }
            RETURN DISTINCT n.id AS id, %s AS kind ORDER BY id""".formatted(EntityReader.placeholder("n"), EntityReader.kind("n"));

    private final CypherRunner cypher;
    private final SubgraphService subgraphs;

    ChainService(CypherRunner cypher, SubgraphService subgraphs) {
        this.cypher = cypher;
        this.subgraphs = subgraphs;
    }

    /** The chain of a node; an unknown id is NOT_FOUND, a chain of more than {@code limit} nodes LIMIT_EXCEEDED. */
    public GraphView chain(String id, Integer limitArg) {
        int limit = limitArg == null ? SubgraphService.DEFAULT_LIMIT : limitArg;
        if (limit < 1 || limit > SubgraphService.DEFAULT_LIMIT * 5) {
            throw ApiException.badRequest("'limit' must be between 1 and " + SubgraphService.DEFAULT_LIMIT * 5);
        }
        List<Map<String, Object>> anchors = cypher.read(ANCHORS, Map.of("id", id));
        if (anchors.isEmpty() && cypher.read("MATCH (x:Entity {id: $id}) RETURN x.id AS id", Map.of("id", id)).isEmpty()) {
            throw ApiException.notFound("node", id);
        }
        List<Object> anchorIds = anchors.stream().map(r -> r.get("id")).toList();
        Map<String, Integer> layer = new LinkedHashMap<>();
        for (Map<String, Object> row : cypher.read(MEMBERS, Map.of("anchors", anchorIds, "id", id))) {
            int l = KindStyles.of((String) row.get("kind")).layer();
            if (l >= 0) {
                layer.put((String) row.get("id"), l);
            }
        }
        if (layer.size() > limit) {
            throw ApiException.limit("The chain of " + id + " has " + layer.size() + " nodes, more than 'limit' (" + limit + ")");
        }
        return subgraphs.induced(layer, TYPES);
    }
}
