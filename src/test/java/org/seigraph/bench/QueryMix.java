package org.seigraph.bench;

import java.util.List;
import java.util.Map;

/**
 * The query mix, written three times: SEI Graph's GraphQL, the peer's GraphQL (@neo4j/graphql 7, type
 * definitions in bench/peer/typeDefs.graphql) and hand-written Cypher over Bolt ("raw"). The three ask for
 * the same data; where the peer has no equivalent the nearest one is used and named in {@link #peerNote}.
 */
record QueryMix(String name, String description, String ours, String peer, String raw, Map<String, Object> rawParams,
                String peerNote) {

    static final String SUBSECTOR = "subsector:海洋工程装备";
    static final String BUREAU = "bureau:市工业和信息化委";
    static final String SEARCH = "石墨烯";

    private static final String OURS_NESTED = "id name sector { name } bureaus { rank lead bureau { name } } "
            + "technologies { name } parks { name } targets { asWritten }";
    private static final String PEER_NESTED = "id name sector { name } "
            + "bureausConnection(sort: [{edge: {rank: ASC}}]) { edges { properties { rank lead } node { name } } } "
            + "technologies { name } parksBuilt { name } parksHosting { name } targets { asWritten }";
    private static final String RAW_NESTED = "OPTIONAL MATCH (sec:Sector)-[:HAS_SUBSECTOR]->(s) WITH s, sec "
            + "CALL { WITH s OPTIONAL MATCH (b:Bureau)-[r:RESPONSIBLE_FOR]->(s) WITH r, b ORDER BY r.rank "
            + "RETURN collect({rank: r.rank, lead: r.lead, bureau: b.name}) AS bureaus } "
            + "CALL { WITH s OPTIONAL MATCH (s)-[d:DEVELOPS]->(t:Technology) WITH d, t ORDER BY d.start, d.rank, t.id "
            + "RETURN collect(t.name) AS technologies } "
            + "CALL { WITH s OPTIONAL MATCH (s)-[:BUILDS]->(p:Park) RETURN collect(p.name) AS built } "
            + "CALL { WITH s OPTIONAL MATCH (s)<-[:HOSTS]-(p:Park) RETURN collect(p.name) AS hosting } "
            + "CALL { WITH s OPTIONAL MATCH (s)-[:HAS_TARGET]->(g:Target) RETURN collect(g.asWritten) AS targets } "
            + "RETURN s.id AS id, s.name AS name, sec.name AS sector, bureaus, technologies, "
            + "built + [x IN hosting WHERE NOT x IN built] AS parks, targets";

    /** Dependency rules as in DependencyRules.java: types followed outwards / inwards going UPSTREAM. */
    static final String UP_OUT = "['HAS_SUBSECTOR','DEVELOPS','HAS_PROJECT','BUILDS','MAPS_TO','FOCUSES_ON','INCLUDES']";
    static final String UP_IN = "['HOSTS','RESPONSIBLE_FOR','PARTICIPATES_IN','IN_DOMAIN','HAS_TARGET','EXAMPLE_OF','MEMBER_OF']";

    static List<QueryMix> all(String subsector, String bureau, String searchText, boolean includeAllSubsectors) {
        List<QueryMix> mix = new java.util.ArrayList<>(List.of(
                new QueryMix("node", "node by id (id, kind, name, nameEn)",
                        gql("{ node(id: \"" + subsector + "\") { id kind name nameEn } }"),
                        gql("{ entities(where: {id: {eq: \"" + subsector + "\"}}) { __typename id name nameEn } }"),
                        "MATCH (n:Entity {id: $id}) RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, "
                                + "n.name AS name, n.nameEn AS nameEn",
                        Map.of("id", subsector), "top-level interface query `entities(where: {id: {eq}})`"),
                new QueryMix("subsector", "one sub-sector with sector, bureaus (rank), technologies, parks, targets",
                        gql("{ node(id: \"" + subsector + "\") { ... on Subsector { " + OURS_NESTED + " } } }"),
                        gql("{ subsectors(where: {id: {eq: \"" + subsector + "\"}}) { " + PEER_NESTED + " } }"),
                        "MATCH (s:Subsector {id: $id}) " + RAW_NESTED, Map.of("id", subsector),
                        "parks = two fields (BUILDS out, HOSTS in); bureaus through the relationship connection"),
                new QueryMix("responsibilities", "all responsibilities of a bureau (rank, lead, listSize, subject)",
                        gql("{ responsibilities(bureau: \"" + bureau + "\") { rank lead listSize subject { id name } } }"),
                        gql("{ bureaus(where: {id: {eq: \"" + bureau + "\"}}) { responsibilitiesConnection { edges { "
                                + "properties { rank lead listSize } node { id name } } } } }"),
                        "MATCH (b:Bureau {id: $id})-[r:RESPONSIBLE_FOR]->(s:Entity) "
                                + "RETURN r.rank AS rank, r.lead AS lead, r.listSize AS listSize, s.id AS id, s.name AS name "
                                + "ORDER BY s.section, s.id, r.rank",
                        Map.of("id", bureau), "relationship connection with edge properties"),
                new QueryMix("dependencies3", "UPSTREAM dependency closure, depth 3, as nodes (+ edges where supported)",
                        gql("{ dependencies(id: \"" + subsector + "\", direction: UPSTREAM, depth: 3) { "
                                + "nodes { id kind name depth } edges { source target type } } }"),
                        gql("{ subsectors(where: {id: {eq: \"" + subsector + "\"}}) { upstream3 { __typename id name } } }"),
                        "MATCH p = (x:Entity {id: $id})((a)-[r]-(b) WHERE (type(r) IN " + UP_OUT + " AND startNode(r) = a) "
                                + "OR (type(r) IN " + UP_IN + " AND endNode(r) = a)){1,3}(y) WHERE y <> x "
                                + "WITH y, min(length(p)) AS depth, collect(DISTINCT last(relationships(p))) AS rels "
                                + "RETURN y.id AS id, [l IN labels(y) WHERE l <> 'Entity'][0] AS kind, y.name AS name, depth, "
                                + "[e IN rels | {source: startNode(e).id, target: endNode(e).id, type: type(e)}] AS edges",
                        Map.of("id", subsector), "@cypher field (quantified path pattern, same rules): nodes only, no depth or edges"),
                new QueryMix("search", "full-text search, 10 hits (exact and prefix first)",
                        gql("{ search(text: \"" + searchText + "\", first: 10) { score entity { id kind name } } }"),
                        gql("{ search(text: \"" + searchText + "\", first: 10) { id kind name score } }"),
                        "CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 200}) YIELD node, score "
                                + "WITH node, score + CASE WHEN toLower(node.name) = toLower($text) THEN 3 "
                                + "WHEN toLower(node.name) STARTS WITH toLower($text) THEN 2 "
                                + "WHEN toLower(node.name) CONTAINS toLower($text) THEN 1 ELSE 0 END AS s "
                                + "ORDER BY s DESC, size(node.name), node.id LIMIT 10 "
                                + "RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind, node.name AS name, s AS score",
                        Map.of("q", searchText, "text", searchText),
                        "@cypher Query field over the same full-text index; no Lucene escaping")));
        if (includeAllSubsectors) {
            mix.add(new QueryMix("subsectors19", "all 19 sub-sectors with the same nesting as 'subsector'",
                    gql("{ subsectors { " + OURS_NESTED + " } }"),
                    gql("{ subsectors(sort: [{id: ASC}]) { " + PEER_NESTED + " } }"),
                    "MATCH (s:Subsector) WITH s ORDER BY s.rank, s.id " + RAW_NESTED, Map.of(),
                    "same as 'subsector', all sub-sectors"));
        }
        return mix;
    }

    /** A GraphQL request body (JSON) for a query without variables. */
    static String gql(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
