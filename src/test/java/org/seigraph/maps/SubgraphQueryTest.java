package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** {@code subgraph}, {@code overview} and {@code wholeGraph} over GraphQL on the real bundle. */
class SubgraphQueryTest {

    static final String GRAPH = "{ nodes { id kind name nameEn summary depth properties sources { doc section text curated } } "
            + "edges { id source target type properties sources { section text curated } } }";
    static GraphQlHttp http;

    @BeforeAll
    static void start() {
        http = SharedApp.http();
    }

    @Test
    void overviewIsTheFiveSectorsAndTheirSubsectors() {
        JsonNode g = http.data("{ overview " + GRAPH + " }").get("overview");
        List<String> kinds = new ArrayList<>();
        g.get("nodes").forEach(n -> kinds.add(n.get("kind").asString()));
        assertThat(kinds.stream().filter("Sector"::equals)).hasSize(5);
        assertThat(kinds.stream().filter("Subsector"::equals)).hasSize(19);
        assertThat(kinds).hasSize(24);
        assertThat(g.get("edges").size()).isEqualTo(19);
        g.get("edges").forEach(e -> assertThat(e.get("type").asString()).isEqualTo("HAS_SUBSECTOR"));
        g.get("nodes").forEach(n -> assertThat(n.get("nameEn").asString()).isNotBlank());
    }

    @Test
    void neighbourhoodIsDeterministicWithStableEdgeIdsAndEvidence() {
        String q = "query($ids: [ID!]!) { subgraph(ids: $ids, hops: 2) " + GRAPH + " }";
        JsonNode first = http.data(q, Map.of("ids", List.of("subsector:海洋工程装备"))).get("subgraph");
        JsonNode again = http.data(q, Map.of("ids", List.of("subsector:海洋工程装备"))).get("subgraph");
        assertThat(again).isEqualTo(first);
        assertThat(first.get("nodes").get(0).get("id").asString()).isEqualTo("subsector:海洋工程装备");
        assertThat(first.get("nodes").get(0).get("depth").asInt()).isZero();

        Set<String> ids = new HashSet<>();
        first.get("nodes").forEach(n -> ids.add(n.get("id").asString()));
        assertThat(ids).contains("bureau:市海洋局", "sector:高端装备与新材料");
        JsonNode responsible = find(first.get("edges"), "RESPONSIBLE_FOR:bureau:市海洋局->subsector:海洋工程装备");
        assertThat(responsible.get("properties").get("rank").asInt()).isPositive();
        assertThat(responsible.get("properties").has("lead")).isTrue();
        assertThat(responsible.get("sources").get(0).get("text").asString()).contains("市海洋局");
        first.get("edges").forEach(e -> {
            assertThat(ids).contains(e.get("source").asString(), e.get("target").asString());
            assertThat(e.get("type").asString()).isNotEqualTo("MENTIONS");
        });
        // the depth order: no node after one of greater depth
        int last = 0;
        for (JsonNode n : first.get("nodes")) {
            assertThat(n.get("depth").asInt()).isGreaterThanOrEqualTo(last);
            last = n.get("depth").asInt();
        }
    }

    @Test
    void placeholdersAreNotWalkedThroughUnlessAskedAndInferredEdgesSaySo() {
        String q = "query($ids: [ID!]!, $p: Boolean) { subgraph(ids: $ids, hops: 1, includePlaceholders: $p) { nodes { id properties } } }";
        Set<String> plain = ids(http.data(q, Map.of("ids", List.of("subsector:海洋工程装备"))).get("subgraph"));
        assertThat(plain).contains("bureau:市海洋局").doesNotContain("bureau:市有关部门", "bureau:有关区人民政府");
        Set<String> all = ids(http.data(q, Map.of("ids", List.of("subsector:海洋工程装备"), "p", true)).get("subgraph"));
        assertThat(all).contains("bureau:市有关部门", "bureau:有关区人民政府");
        // asked for by id, a placeholder is the start of the walk
        JsonNode fromPlaceholder = http.data(q, Map.of("ids", List.of("bureau:市有关部门"))).get("subgraph");
        assertThat(ids(fromPlaceholder)).contains("bureau:市有关部门", "measure:五(一)");
        assertThat(fromPlaceholder.at("/nodes/0/properties/placeholder").asBoolean()).isTrue();

        JsonNode domain = http.data("{ subgraph(ids: [\"sector:高端装备与新材料\"], hops: 1, types: [\"IN_DOMAIN\"]) { edges { id properties "
                + "sources { doc derivation basis text } } } }").get("subgraph");
        JsonNode inferred = find(domain.get("edges"), "IN_DOMAIN:sector:高端装备与新材料->domain:高端制造");
        assertThat(inferred.at("/properties/derivation").asString()).isEqualTo("inferred");
        assertThat(inferred.at("/sources/0/derivation").asString()).isEqualTo("inferred");
        assertThat(inferred.at("/sources/0/basis").asString()).startsWith("inferred from order");
        JsonNode stated = http.data("{ subgraph(ids: [\"sector:信息技术\"], hops: 1, types: [\"IN_DOMAIN\"]) { edges { sources { derivation text } } } }")
                .get("subgraph");
        assertThat(stated.at("/edges/0/sources/0/derivation").asString()).isEqualTo("text");
        assertThat(stated.at("/edges/0/sources/0/text").asString()).contains("拓展网络经济空间");
    }

    private static Set<String> ids(JsonNode graph) {
        Set<String> out = new HashSet<>();
        graph.get("nodes").forEach(n -> out.add(n.get("id").asString()));
        return out;
    }

    @Test
    void kindsKeepTheWalkToThoseKinds() {
        JsonNode g = http.data("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: 2, kinds: [\"Bureau\"]) { nodes { id kind } edges { type } } }")
                .get("subgraph");
        g.get("nodes").forEach(n -> assertThat(n.get("kind").asString()).isIn("Bureau", "Subsector"));
        assertThat(g.get("nodes").size()).isGreaterThan(1);
        JsonNode mentions = http.data("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: 1, types: [\"MENTIONS\"]) { nodes { kind } edges { type } } }")
                .get("subgraph");
        mentions.get("edges").forEach(e -> assertThat(e.get("type").asString()).isEqualTo("MENTIONS"));
        assertThat(mentions.get("nodes").toString()).contains("Section");
    }

    @Test
    void hopsZeroIsTheIdsThemselvesAndTheEdgesAmongThem() {
        JsonNode one = http.data("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: 0) { nodes { id depth } edges { id } } }").get("subgraph");
        assertThat(one.get("nodes").size()).isEqualTo(1);
        assertThat(one.get("nodes").get(0).get("id").asString()).isEqualTo("subsector:海洋工程装备");
        assertThat(one.get("edges").size()).isZero();
        JsonNode two = http.data("{ subgraph(ids: [\"subsector:海洋工程装备\", \"bureau:市海洋局\"], hops: 0) { nodes { id } edges { id } } }")
                .get("subgraph");
        assertThat(two.get("nodes").size()).isEqualTo(2);
        assertThat(two.get("edges").size()).isEqualTo(1);
        assertThat(two.get("edges").get(0).get("id").asString()).isEqualTo("RESPONSIBLE_FOR:bureau:市海洋局->subsector:海洋工程装备");
        // a kinds filter that leaves a node without edges keeps it (the ids always count)
        JsonNode filtered = http.data("{ subgraph(ids: [\"park:通用航空产业综合示范区\"], hops: 1, kinds: [\"District\"]) { nodes { id } } }")
                .get("subgraph");
        assertThat(filtered.get("nodes").size()).isEqualTo(1);
    }

    @Test
    void capsAndUnknownIdsAreClearErrors() {
        assertError("{ subgraph(ids: [\"subsector:nope\"]) { nodes { id } } }", "NOT_FOUND");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: 4) { nodes { id } } }", "LIMIT_EXCEEDED");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], limit: 100000) { nodes { id } } }", "LIMIT_EXCEEDED");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: 3, limit: 10) { nodes { id } } }", "LIMIT_EXCEEDED");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], hops: -1) { nodes { id } } }", "BAD_REQUEST");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], kinds: [\"Nope\"]) { nodes { id } } }", "BAD_REQUEST");
        assertError("{ subgraph(ids: [\"subsector:海洋工程装备\"], types: [\"NOPE\"]) { nodes { id } } }", "BAD_REQUEST");
        assertError("{ subgraph(ids: []) { nodes { id } } }", "BAD_REQUEST");
    }

    private static JsonNode find(JsonNode edges, String id) {
        for (JsonNode e : edges) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + id + " in " + edges);
    }

    private static void assertError(String query, String code) {
        JsonNode r = http.query(query);
        assertThat(r.get("errors")).as(r.toString()).isNotNull();
        assertThat(r.get("errors").get(0).get("extensions").get("code").asString()).as(r.toString()).isEqualTo(code);
        assertThat(r.get("errors").get(0).get("message").asString()).doesNotContain("Exception");
    }
}
