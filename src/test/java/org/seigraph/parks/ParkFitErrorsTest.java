package org.seigraph.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** Bad needs get a clear BAD_REQUEST (or NOT_FOUND for unknown ids), over GraphQL and REST; and the REST link works. */
class ParkFitErrorsTest {

    private static final String QUERY = "query($need: ParkNeedInput!) { parkFit(need: $need) { park { id } score } }";
    private final GraphQlHttp http = SharedApp.http();

    private JsonNode error(Map<String, Object> need) {
        JsonNode response = http.query(QUERY, Map.of("need", need));
        assertThat(response.get("errors")).as("errors for %s", need).isNotNull();
        return response.get("errors").get(0);
    }

    private void assertError(Map<String, Object> need, String code, String messagePart) {
        JsonNode e = error(need);
        assertThat(e.get("extensions").get("code").asString()).as("code for %s", need).isEqualTo(code);
        assertThat(e.get("message").asString()).contains(messagePart).doesNotContain("Exception", "at org.");
    }

    @Test
    void emptyNeedsAreBadRequests() {
        assertError(Map.of(), "BAD_REQUEST", "The need is empty");
        assertError(Map.of("text", "   "), "BAD_REQUEST", "The need is empty");
        assertError(Map.of("industries", List.of(), "limit", 5), "BAD_REQUEST", "The need is empty");
    }

    @Test
    void limitsOutOfRangeAreBadRequests() {
        for (int limit : new int[] {0, -1, 51, 1_000_000}) {
            assertError(Map.of("text", "石墨烯", "limit", limit), "BAD_REQUEST", "'limit' must be between 1 and 50");
        }
    }

    @Test
    void tenKilobytesOfTextIsABadRequest() {
        assertError(Map.of("text", "石墨烯".repeat(3400)), "BAD_REQUEST", "above the limit of 500");
        assertError(Map.of("origin", "x".repeat(101)), "BAD_REQUEST", "'origin'");
        assertError(Map.of("industries", java.util.Collections.nCopies(21, "industry:新材料")), "BAD_REQUEST", "above the limit of 20");
    }

    @Test
    void unknownOrWrongIdsAreRefused() {
        assertError(Map.of("industries", List.of("industry:不存在")), "NOT_FOUND", "industry:不存在");
        assertError(Map.of("technologies", List.of("park:临港经济区")), "BAD_REQUEST", "is a Park");
        assertError(Map.of("industries", List.of("technology:石墨烯")), "BAD_REQUEST", "is a Technology");
        assertError(Map.of("origin", "cooperationsystem:不存在"), "NOT_FOUND", "cooperationsystem:不存在");
        assertError(Map.of("origin", "Mars"), "BAD_REQUEST", "not recognised");
    }

    @Test
    void restGivesTheSameRankingAsJson() {
        GraphQlHttp.Response ok = http.get("/api/parks/fit?text=" + enc("海洋油气装备") + "&limit=2");
        assertThat(ok.status()).isEqualTo(200);
        JsonNode body = ok.json();
        assertThat(body.get("matches").size()).isEqualTo(2);
        assertThat(body.get("matches").get(0).get("park").get("id").asString()).isEqualTo("park:临港经济区");
        assertThat(body.get("matches").get(0).get("reasons").get(0).get("kind").asString()).isEqualTo("TECHNOLOGY");
        assertThat(body.get("resolution").get("explanation").asString()).contains("Technology 海洋油气装备");

        JsonNode graphQl = http.query(QUERY, Map.of("need", Map.of("text", "海洋油气装备", "limit", 2))).get("data").get("parkFit");
        for (int i = 0; i < 2; i++) {
            assertThat(body.get("matches").get(i).get("park").get("id")).isEqualTo(graphQl.get(i).get("park").get("id"));
            assertThat(body.get("matches").get(i).get("score").asDouble()).isEqualTo(graphQl.get(i).get("score").asDouble());
        }

        GraphQlHttp.Response ids = http.get("/api/parks/fit?industries=" + enc("subsector:海洋工程装备") + "&origin=Beijing");
        assertThat(ids.status()).isEqualTo(200);
        assertThat(ids.json().get("matches").size()).isGreaterThan(3);
    }

    @Test
    void restErrorsAreJsonWithACode() {
        for (String query : List.of("", "?text=" + enc("石墨烯") + "&limit=0", "?text=" + enc("石墨烯") + "&limit=abc",
                "?text=" + enc("a".repeat(600)))) {
            GraphQlHttp.Response r = http.get("/api/parks/fit" + query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("error").get("code").asString()).as(query).isEqualTo("BAD_REQUEST");
        }
        GraphQlHttp.Response unknown = http.get("/api/parks/fit?technologies=" + enc("technology:不存在"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").get("code").asString()).isEqualTo("NOT_FOUND");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
