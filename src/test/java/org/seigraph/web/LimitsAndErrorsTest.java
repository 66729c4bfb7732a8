package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** Limits and errors: every breach is a GraphQL error with a code and a clear message, no stack trace. */
class LimitsAndErrorsTest {

    private final GraphQlHttp http = SharedApp.http();

    private static String code(JsonNode answer) {
        assertThat(answer.has("errors")).as(answer.toString()).isTrue();
        assertThat(answer.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        return answer.at("/errors/0/extensions/code").asString();
    }

    @Test
    void tooDeepTooManyAliasesAndTooManyTokensAreLimitExceeded() {
        String deep = "{ node(id: \"sector:信息技术\") { ... on Sector { " + "subsectors { sector { ".repeat(8) + "name"
                + " } }".repeat(8) + " } } }";
        assertThat(code(http.query(deep))).isEqualTo("LIMIT_EXCEEDED");

        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            aliases.append(" a").append(i).append(": node(id: \"x\") { id }");
        }
        assertThat(code(http.query(aliases.append(" }").toString()))).isEqualTo("LIMIT_EXCEEDED");

        StringBuilder tokens = new StringBuilder("{ node(id: \"x\") { id ");
        tokens.append("id ".repeat(6000)).append("} }");
        assertThat(code(http.query(tokens.toString()))).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void capsOnFirstDepthAndHops() {
        assertThat(code(http.query("{ search(text: \"海洋\", first: 100000) { score } }"))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(code(http.query("{ bureaus(first: 5000) { edges { cursor } } }"))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(code(http.query("{ dependencies(id: \"technology:石墨烯\", depth: 50) { nodes { id } } }"))).isEqualTo("LIMIT_EXCEEDED");
        assertThat(code(http.query("{ dependencies(id: \"technology:石墨烯\", depth: -1) { nodes { id } } }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(http.query("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\", maxHops: 99) { nodes { id } } }")))
                .isEqualTo("LIMIT_EXCEEDED");
        assertThat(code(http.query("{ search(text: \"" + "海".repeat(500) + "\") { score } }"))).isEqualTo("LIMIT_EXCEEDED");
    }

    @Test
    void unknownIdsAreNullForNodeAndNotFoundForLookups() {
        JsonNode node = http.query("{ node(id: \"park:nowhere\") { id } }");
        assertThat(node.has("errors")).isFalse();
        assertThat(node.at("/data/node").isNull()).isTrue();
        assertThat(code(http.query("{ responsibilities(bureau: \"bureau:nowhere\") { rank } }"))).isEqualTo("NOT_FOUND");
        assertThat(code(http.query("{ paths(from: \"bureau:市海洋局\", to: \"park:nowhere\") { nodes { id } } }"))).isEqualTo("NOT_FOUND");
        assertThat(code(http.query("{ coResponsibility(bureau: \"x\") { sharedTasks } }"))).isEqualTo("NOT_FOUND");
        assertThat(code(http.query("{ search(text: \"海洋\", kinds: [\"Spaceship\"]) { score } }"))).isEqualTo("BAD_REQUEST");
    }

    @Test
    void malformedQueriesAndWrongTypesAreBadRequests() {
        assertThat(code(http.query("{ node(id: ) { id }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(http.query("{ nosuchfield }"))).isEqualTo("BAD_REQUEST");
        assertThat(code(http.query("query($d: Int) { dependencies(id: \"technology:石墨烯\", depth: $d) { nodes { id } } }",
                Map.of("d", "three")))).isEqualTo("BAD_REQUEST");
        assertThat(code(http.query("{ search(text: 5) { score } }"))).isEqualTo("BAD_REQUEST");
    }
}
