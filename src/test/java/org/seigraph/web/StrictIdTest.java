package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** A variable of type ID must be a string or an integer: anything else is BAD_REQUEST, not an id made of its text. */
class StrictIdTest {

    private final GraphQlHttp http = SharedApp.http();

    private JsonNode node(Object id) {
        return http.query("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id));
    }

    @Test
    void objectsListsBooleansAndFractionsAreBadRequests() {
        for (Object wrong : List.of(Map.of("a", 1), List.of("bureau:市海洋局"), true, 1.5)) {
            JsonNode answer = node(wrong);
            assertThat(answer.at("/errors/0/extensions/code").asString()).as(wrong + " -> " + answer).isEqualTo("BAD_REQUEST");
            assertThat(answer.has("data") && !answer.get("data").isNull()).as(answer.toString()).isFalse();
        }
        JsonNode inList = http.query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", List.of(Map.of("a", "b"))));
        assertThat(inList.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void stringsAndIntegersAreIds() {
        assertThat(http.data("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "bureau:市海洋局")).at("/node/id").asString())
                .isEqualTo("bureau:市海洋局");
        assertThat(node(12345).at("/errors/0/extensions/code").asString()).isEqualTo("NOT_FOUND"); // a name that names nothing
    }
}
