package org.seigraph.parks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.neo4j.driver.Session;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.support.WritableApp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/** Park fit on a graph that changes: a park added to the graph is ranked once a load is announced, and removed again. */
class ParkFitGraphChangeTest {

    @Test
    void aLoadedGraphReplacesTheEvidenceIndex() {
        ParkFitService service = WritableApp.bean(ParkFitService.class);
        ApplicationContext context = WritableApp.context();
        ParkNeedInput need = new ParkNeedInput(null, List.of("subsector:海洋工程装备"), null, null, 50);
        String answer = service.fit(need).toString();
        assertThat(service.indexedNeedElements()).as("filled at start-up").isGreaterThan(100);
        assertThat(answer).doesNotContain("park:zz-index-test");
        try (Session session = WritableApp.driver().session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (s:Subsector {id: 'subsector:海洋工程装备'})
                    CREATE (s)-[:BUILDS {id: 'BUILDS:zz-index-test'}]->(:Entity:Park {id: 'park:zz-index-test', name: '测试园区'})""")
                    .consume());
            context.publishEvent(new GraphLoadedEvent("test"));
            ParkFitService.ParkFit changed = service.fit(need);
            assertThat(changed.matches()).anySatisfy(m -> {
                assertThat(m.park().get("id")).isEqualTo("park:zz-index-test");
                assertThat(m.reasons()).extracting(ParkFitService.FitReason::kind).containsExactly("BUILDS");
            });
        } finally {
            try (Session session = WritableApp.driver().session()) {
                session.executeWriteWithoutResult(tx -> tx.run("MATCH (p:Park {id: 'park:zz-index-test'}) DETACH DELETE p").consume());
            }
            context.publishEvent(new GraphLoadedEvent("test"));
        }
        assertThat(service.fit(need).toString()).as("the graph as it was, the answer as it was").isEqualTo(answer);
        // refilled in the background (whoever changed the graph does not wait for it)
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(service.indexedNeedElements()).as("filled again").isGreaterThan(100));
    }
}
