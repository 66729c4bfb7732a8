package org.seigraph.lookup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.graph.EntityProjection;
import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.seigraph.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * The list queries of the API, each with its optional filters (null = no filter). Paged lists take
 * {@code skip}/{@code limit}; the caller asks for one more row than it shows to know if a next page exists.
 * Entities are returned as the given {@link EntityProjection} says (a request's compiled selection), after
 * ordering and paging, so nested fields are computed only for the rows shown.
 */
@Component
class ListQueries {

    private final CypherRunner cypher;
    private final EntityReader entities;

    ListQueries(CypherRunner cypher, EntityReader entities) {
        this.cypher = cypher;
        this.entities = entities;
    }

    List<Map<String, Object>> sectors(String domain, EntityProjection p) {
        return run(p, "MATCH (n:Sector) WHERE $domain IS NULL OR EXISTS { (n)-[:IN_DOMAIN]->(:Domain {id: $domain}) } "
                + "WITH n ORDER BY n.section, n.id", params("domain", domain));
    }

    List<Map<String, Object>> subsectors(String sector, String bureau, boolean leadOnly, EntityProjection p) {
        return run(p, "MATCH (s:Sector)-[h:HAS_SUBSECTOR]->(n:Subsector) "
                + "WHERE ($sector IS NULL OR s.id = $sector) "
                + "AND ($bureau IS NULL OR EXISTS { MATCH (:Bureau {id: $bureau})-[r:RESPONSIBLE_FOR]->(n) WHERE r.lead OR NOT $leadOnly }) "
                + "WITH n ORDER BY s.section, h.rank, n.id",
                params("sector", sector, "bureau", bureau, "leadOnly", leadOnly));
    }

    List<Map<String, Object>> measures(String chapter, String bureau, EntityProjection p) {
        return run(p, "MATCH (n:Measure) WHERE ($chapter IS NULL OR n.path STARTS WITH $chapter) "
                + "AND ($bureau IS NULL OR EXISTS { (:Bureau {id: $bureau})-[:RESPONSIBLE_FOR|PARTICIPATES_IN]->(n) }) "
                + "WITH n ORDER BY n.start, n.id", params("chapter", chapter, "bureau", bureau));
    }

    /** A paged list's rows before ordering: a MATCH … WHERE binding {@code n}, with its parameters. */
    record Filter(String match, Map<String, Object> params) {
    }

    /** What the text does with a technology (DEVELOPS.mode). */
    private static final Set<String> MODES = Set.of("develop", "apply", "explore");

    /** Bureaus; the placeholders only when included, or when the category asked for is theirs (generic). */
    Filter bureaus(String category, String subject, boolean includePlaceholders) {
        return new Filter("MATCH (n:Bureau) WHERE ($category IS NULL OR n.category = $category) "
                + "AND ($placeholders OR $category = 'generic' OR NOT " + EntityReader.placeholder("n") + ") "
                + "AND ($subject IS NULL OR EXISTS { (n)-[:RESPONSIBLE_FOR]->(:Entity {id: $subject}) }) ",
                params("category", category, "subject", subject, "placeholders", includePlaceholders));
    }

    /**
     * Parks by category, by where they are (a District id: parks located in it; an Area id: parks located in the
     * area itself or in any district it includes) and by a sub-sector (or industry, measure) that they host or are
     * built by.
     */
    Filter parks(String category, String district, String subsector) {
        return new Filter("MATCH (n:Park) WHERE ($category IS NULL OR n.category = $category) "
                + "AND ($district IS NULL OR EXISTS { (n)-[:LOCATED_IN]->(:Entity {id: $district}) } "
                + "     OR EXISTS { (n)-[:LOCATED_IN]->(:District)<-[:INCLUDES]-(:Area {id: $district}) }) "
                + "AND ($subsector IS NULL OR EXISTS { (n)-[:HOSTS]->(:Entity {id: $subsector}) } "
                + "     OR EXISTS { (:Entity {id: $subsector})-[:BUILDS]->(n) }) ",
                params("category", category, "district", district, "subsector", subsector));
    }

    Filter targets(String owner, String targetKind, String metric, Integer year) {
        return new Filter("MATCH (n:Target) WHERE ($targetKind IS NULL OR n.targetKind = $targetKind) "
                + "AND ($metric IS NULL OR n.metric CONTAINS $metric) "
                + "AND ($year IS NULL OR n.year = $year) "
                + "AND ($owner IS NULL OR EXISTS { (:Entity {id: $owner})-[:HAS_TARGET]->(n) }) ",
                params("owner", owner, "targetKind", targetKind, "metric", metric, "year", year));
    }

    /** Technologies by category, and by the sub-sector (or measure) that develops, applies or explores them (mode). */
    Filter technologies(String subsector, String mode, String category) {
        if (mode != null && !MODES.contains(mode)) {
            throw ApiException.badRequest("Unknown mode '" + mode + "'; known modes: " + new java.util.TreeSet<>(MODES));
        }
        return new Filter("MATCH (n:Technology) WHERE ($category IS NULL OR n.category = $category) "
                + "AND ($subsector IS NULL AND $mode IS NULL "
                + "     OR EXISTS { MATCH (s:Entity)-[d:DEVELOPS]->(n) WHERE ($subsector IS NULL OR s.id = $subsector) "
                + "                 AND ($mode IS NULL OR d.mode = $mode) }) ",
                params("subsector", subsector, "mode", mode, "category", category));
    }

    /** Bureaus busiest first (most responsibilities), then by id. */
    List<Map<String, Object>> bureaus(Filter f, int skip, int limit, EntityProjection p) {
        return page(p, f, "OPTIONAL MATCH (n)-[r:RESPONSIBLE_FOR]->() WITH n, count(r) AS tasks "
                + "WITH n ORDER BY tasks DESC, n.id", skip, limit);
    }

    /** Rows of a paged list other than bureaus, in text order (their evidence position), then by id. */
    List<Map<String, Object>> inTextOrder(Filter f, int skip, int limit, EntityProjection p) {
        return page(p, f, "WITH n ORDER BY n.start, n.id", skip, limit);
    }

    /** How many rows the filter matches over all pages (a connection's totalCount). */
    long count(Filter f) {
        return ((Number) cypher.read(f.match() + "RETURN count(n) AS total", f.params()).get(0).get("total")).longValue();
    }

    private List<Map<String, Object>> page(EntityProjection p, Filter f, String order, int skip, int limit) {
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        params.put("skip", skip);
        params.put("limit", limit);
        return run(p, f.match() + order + " SKIP $skip LIMIT $limit", params);
    }

    /** Per sector, the counted research goals of its sub-sectors summed by metric; approximate if any is 左右. */
    List<Map<String, Object>> sectorGoals() {
        return cypher.read("MATCH (s:Sector)-[:HAS_SUBSECTOR]->(sub:Subsector)-[:HAS_TARGET]->(t:Target) "
                        + "WHERE t.targetKind = 'count' "
                        + "WITH s, t.metric AS metric, t.unit AS unit, sum(t.value) AS total, "
                        + "     any(x IN collect(t.approx) WHERE x) AS approx, count(t) AS targets "
                        + "RETURN " + EntityReader.projection("s") + " AS sector, metric, unit, total, approx, targets ORDER BY s.section, s.id, metric", Map.of())
                .stream().map(row -> {
                    Map<String, Object> out = new LinkedHashMap<>(row);
                    out.put("sector", entities.entity(row.get("sector")));
                    return out;
                }).toList();
    }

    /** Runs {@code query}, which binds the rows' entities to {@code n} in order, and returns them as {@code p} projects them. */
    private List<Map<String, Object>> run(EntityProjection p, String query, Map<String, Object> params) {
        return p.read(cypher, query, params);
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
