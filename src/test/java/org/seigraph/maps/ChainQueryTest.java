package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** {@code chain(id)} on the real bundle: the layers, the anchors of each kind of node, the errors. */
class ChainQueryTest {

    static final String Q = "query($id: ID!) { chain(id: $id) { nodes { id kind depth } edges { source target type } } }";
    static GraphQlHttp http;

    @BeforeAll
    static void start() {
        http = SharedApp.http();
    }

    static JsonNode chain(String id) {
        return http.data(Q, Map.of("id", id)).get("chain");
    }

    @Test
    void aSubsectorsChainRunsFromItsDomainToItsParksAndBureausOneLayerPerKind() {
        JsonNode g = chain("subsector:海洋工程装备");
        Map<String, Integer> layer = new HashMap<>();
        g.get("nodes").forEach(n -> layer.put(n.get("id").asString(), n.get("depth").asInt()));
        assertThat(layer).containsEntry("domain:高端制造", 0).containsEntry("sector:高端装备与新材料", 1)
                .containsEntry("subsector:海洋工程装备", 2).containsEntry("park:临港经济区", 4).containsEntry("bureau:市海洋局", 4);
        g.get("nodes").forEach(n -> assertThat(n.get("depth").asInt()).as(n.toString())
                .isEqualTo(KindStyles.of(n.get("kind").asString()).layer()));
        // the technologies it develops are in layer 3, each with its DEVELOPS edge
        JsonNode tech = http.data("{ node(id: \"subsector:海洋工程装备\") { ... on Subsector { technologies { id } } } }")
                .get("node").get("technologies");
        assertThat(tech.size()).isPositive();
        tech.forEach(t -> assertThat(layer).containsEntry(t.get("id").asString(), 3));
        // every edge joins two different layers and is one of the chain's types
        for (JsonNode e : g.get("edges")) {
            assertThat(layer.get(e.get("source").asString())).isNotEqualTo(layer.get(e.get("target").asString()));
            assertThat(ChainService.TYPES).contains(e.get("type").asString());
        }
        // siblings of another sector are not in it
        assertThat(layer).doesNotContainKey("subsector:生物医药");
        assertThat(chain("subsector:海洋工程装备")).isEqualTo(g);
    }

    @Test
    void anyNodeLeadsToTheChainsItBelongsTo() {
        assertThat(ids(chain("technology:石墨烯"))).contains("technology:石墨烯", "subsector:新材料", "sector:高端装备与新材料");
        assertThat(ids(chain("park:临港经济区"))).contains("park:临港经济区", "subsector:海洋工程装备");
        assertThat(ids(chain("bureau:市海洋局"))).contains("bureau:市海洋局", "subsector:海洋工程装备");
        assertThat(ids(chain("domain:高端制造"))).contains("sector:高端装备与新材料", "subsector:海洋工程装备");
        // a district: the chains that build or are hosted by its parks (not itself: districts have no layer)
        Set<String> binhai = ids(chain("district:滨海新区"));
        assertThat(binhai).contains("subsector:海洋工程装备", "park:临港经济区").doesNotContain("district:滨海新区");
    }

    @Test
    void unknownIdsAndOversizedChainsAreClearErrors() {
        JsonNode r = http.query("{ chain(id: \"subsector:nope\") { nodes { id } } }");
        assertThat(r.get("errors").get(0).get("extensions").get("code").asString()).isEqualTo("NOT_FOUND");
        r = http.query("{ chain(id: \"subsector:海洋工程装备\", limit: 3) { nodes { id } } }");
        assertThat(r.get("errors").get(0).get("extensions").get("code").asString()).isEqualTo("LIMIT_EXCEEDED");
    }

    static Set<String> ids(JsonNode g) {
        Set<String> out = new HashSet<>();
        g.get("nodes").forEach(n -> out.add(n.get("id").asString()));
        return out;
    }
}
