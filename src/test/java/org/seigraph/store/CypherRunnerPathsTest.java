package org.seigraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.graph.EntityReader;
import org.seigraph.support.SharedApp;

/**
 * The app's reads give the same rows in-process (embedded store, Neo4j's Java API) as over Bolt through the
 * driver: every node and relationship with all its properties, full-text hits, nested map projections.
 */
class CypherRunnerPathsTest {

    private final CypherRunner inProcess = SharedApp.bean(CypherRunner.class);
    private final CypherRunner overBolt = new CypherRunner(SharedApp.driver(), SharedApp.bean(GraphStoreProperties.class));

    @Test
    void theAppReadsInProcessWithTheEmbeddedStore() {
        assertThat(inProcess.inProcess()).isTrue();
        assertThat(overBolt.inProcess()).isFalse();
    }

    @Test
    void bothPathsGiveTheSameRows() {
        List<String> queries = List.of(
                "MATCH (n:Entity) RETURN " + EntityReader.PROJECTION + " AS n, labels(n) AS labels ORDER BY n.id",
                "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to "
                        + "ORDER BY from, type, to, r.start",
                "CALL db.index.fulltext.queryNodes('entity_names', '石墨烯 OR 装备') YIELD node, score "
                        + "RETURN node.id AS id, score ORDER BY score DESC, id",
                "MATCH (s:Subsector) RETURN s {.id, .aliases, techs: [(s)-[d:DEVELOPS]->(t) | {k: [d.end, d.rank], v: t {.name, .aliases}}], "
                        + "n: size([(s)--() | 1]), half: 1.5, flag: s.id STARTS WITH 'sub', nothing: null} AS s ORDER BY s.id",
                "MATCH (t:Target) RETURN t.value AS value, t.year AS year, t.approx AS approx, $list AS list, $n AS n ORDER BY t.id");
        Map<String, Object> params = Map.of("list", List.of("a", 1, 2.5), "n", 7);
        for (String query : queries) {
            List<Map<String, Object>> bolt = overBolt.read(query, params);
            assertThat(bolt).as(query).isNotEmpty();
            assertThat(inProcess.read(query, params)).as(query).isEqualTo(bolt);
        }
    }

    @Test
    void graphEntitiesAreRefusedInProcess() {
        assertThatThrownBy(() -> inProcess.read("MATCH (n:Sector) RETURN n LIMIT 1", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("project");
    }
}
