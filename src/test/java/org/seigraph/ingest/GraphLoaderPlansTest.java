package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.GraphStoreProperties;
import org.seigraph.store.SchemaInitializer;
import org.seigraph.support.Alongside;
import org.seigraph.support.HarnessNeo4j;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A load leaves Neo4j's statistics current: the id index is sampled with the loaded entities before the load returns,
 * so a query planned after it is not found stale (and planned again inside a request) when Neo4j would have sampled
 * the index in the background; and the runner no longer counts plans made before the load as held.
 */
@Alongside
class GraphLoaderPlansTest {

    static Neo4j neo4j;
    static Driver driver;

    @BeforeAll
    static void start() {
        neo4j = HarnessNeo4j.builder().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    @Test
    void aLoadResamplesTheIndexesAndForgetsEarlierPlans() {
        GraphStoreProperties props = new GraphStoreProperties(null, null, null, null, false);
        new SchemaInitializer(driver, new DefaultResourceLoader(), props).apply();
        CypherRunner cypher = new CypherRunner(driver, props);
        String byId = "MATCH (n:Entity {id: $id}) RETURN n.id AS id";
        Map<String, Object> params = Map.of("id", "subsector:海洋工程装备");
        cypher.read(byId, params);
        assertThat(cypher.planned(byId, params)).isTrue();
        // the id index was sampled on the empty store when the schema created it
        assertThat(idIndex().get("estimatedUniqueSize")).isEqualTo(0L);

        GraphBundle bundle = GraphBundle.read("classpath:bundles/valid/");
        new GraphLoader(driver, event -> { }, List.of(), cypher).load(bundle);

        Map<String, Object> index = idIndex();
        assertThat(index.get("estimatedUniqueSize")).isEqualTo((long) bundle.nodeCount());
        assertThat(index.get("updatesSinceEstimation")).isEqualTo(0L);
        assertThat(cypher.planned(byId, params)).isFalse();
        assertThat(cypher.read(byId, params)).containsExactly(Map.of("id", "subsector:海洋工程装备"));
    }

    /** Neo4j's sample of the index behind {@code entity_id}, as {@code db.stats.retrieve('GRAPH COUNTS')} reports it. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> idIndex() {
        try (var session = driver.session()) {
            Map<String, Object> data = session.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
                    .single().get("data").asMap();
            return ((List<Map<String, Object>>) data.get("indexes")).stream()
                    .filter(i -> List.of("Entity").equals(i.get("labels")) && List.of("id").equals(i.get("properties")))
                    .findFirst().orElseThrow();
        }
    }
}
