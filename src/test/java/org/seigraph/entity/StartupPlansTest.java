package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.store.CypherRunner;
import org.seigraph.support.SharedApp;

/** The start-up walk answers a request of every entity type through the stand-in path, without errors. */
class StartupPlansTest {

    private final StartupPlans plans = SharedApp.bean(StartupPlans.class);
    private final CypherRunner cypher = SharedApp.bean(CypherRunner.class);
    private final EntitySchema schema = SharedApp.bean(EntitySchema.class);

    @Test
    void theWalkAnswersEveryTypeThatHasAnEntity() throws InterruptedException {
        assertThat(plans.awaitDone(Duration.ofMinutes(2))).as("start-up planning over").isTrue();
        Map<String, String> documents = StandInRequests.documents(schema);
        int typesWithEntities = cypher.read(StandInRequests.sampleIds(java.util.List.copyOf(documents.keySet())), Map.of()).size();
        assertThat(typesWithEntities).as("types of the bundled graph with relation fields").isGreaterThanOrEqualTo(15);
        assertThat(plans.walkStandIns()).isEqualTo(typesWithEntities);
    }
}
