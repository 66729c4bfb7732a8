package org.seigraph.support;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Neo4j's test harness the way the tests that use it want it: in this JVM, HTTP off, no log preallocation, and Bolt's
 * event loops closed without waiting out a quiet period, as {@code EmbeddedNeo4j} does (otherwise every {@code close()}
 * waits 10 s for tasks that never come: a test closes its server after its driver, or closes it to simulate an outage).
 */
public final class HarnessNeo4j {

    public static Neo4jBuilder builder() {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    }

    private HarnessNeo4j() {
    }
}
