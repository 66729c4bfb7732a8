package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** POST /api/cypher: reads answer as JSON; writes, file loads and runaway queries are refused, changing nothing. */
class ReadOnlyCypherTest {

    private final GraphQlHttp http = SharedApp.http();

    private GraphQlHttp.Response cypher(String query) {
        return http.post("/api/cypher", GraphQlHttp.JSON.writeValueAsString(java.util.Map.of("query", query)), "application/json");
    }

    private long count(String query) {
        return cypher(query).json().at("/rows/0/c").asLong();
    }

    @Test
    void readsAnswerWithColumnsAndRowsAndParameters() {
        GraphQlHttp.Response r = http.post("/api/cypher",
                "{\"query\":\"MATCH (b:Bureau {id: $id}) RETURN b.name AS name, b\",\"params\":{\"id\":\"bureau:市海洋局\"}}", "application/json");
        assertThat(r.status()).isEqualTo(200);
        JsonNode json = r.json();
        assertThat(json.at("/columns/0").asString()).isEqualTo("name");
        assertThat(json.at("/rows/0/name").asString()).isEqualTo("市海洋局");
        assertThat(json.at("/rows/0/b/id").asString()).isEqualTo("bureau:市海洋局");
    }

    @Test
    void writesAreRefusedAndChangeNothing() {
        long nodes = count("MATCH (n) RETURN count(n) AS c");
        long rels = count("MATCH ()-[r]->() RETURN count(r) AS c");
        for (String write : List.of("CREATE (n:Hack) RETURN n", "MERGE (n:Entity {id: 'x'}) RETURN n",
                "MATCH (n:Bureau) DETACH DELETE n", "MATCH (n:Bureau) SET n.name = 'x' RETURN n",
                "MATCH (n:Bureau) REMOVE n.name RETURN n", "CALL db.createLabel('Hack')",
                "CREATE INDEX hack FOR (n:Hack) ON (n.x)", "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1",
                "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "load  csv from 'http://127.0.0.1/x' as r return r")) {
            GraphQlHttp.Response r = cypher(write);
            assertThat(r.status()).as(write + " -> " + r.body()).isIn(400, 403);
            assertThat(r.json().at("/error/code").asString()).as(write).isIn("FORBIDDEN", "BAD_REQUEST");
            assertThat(r.body()).doesNotContain("\tat ");
        }
        assertThat(count("MATCH (n) RETURN count(n) AS c")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r) AS c")).isEqualTo(rels);
    }

    @Test
    void rowCapTimeoutAndSyntaxErrors() {
        JsonNode capped = cypher("UNWIND range(1, 5000) AS x RETURN x").json();
        assertThat(capped.get("rows")).hasSize(1000);
        assertThat(capped.get("truncated").asBoolean()).isTrue();

        long started = System.nanoTime();
        GraphQlHttp.Response slow = cypher("UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(slow.json().at("/error/code").asString()).isEqualTo("TIMEOUT");
        assertThat(millis).isLessThan(15_000);

        GraphQlHttp.Response bad = cypher("MATCH (n RETURN n");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/error/code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(http.post("/api/cypher", "{not json", "application/json").status()).isEqualTo(400);
    }
}
