package org.seigraph.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the app treats its graph store ({@code seigraph.store.*}), whichever Neo4j it is.
 *
 * @param schema       the schema script applied at start-up
 * @param bundle       where the bundled graph CSVs live (a Spring resource location)
 * @param loadOnStart  load the bundled graph when the store is empty or holds an older bundle
 * @param queryTimeout default timeout of every read the app runs
 * @param inProcessReads with the embedded store, run the app's own reads in-process through Neo4j's Java API
 *                       instead of over Bolt (same database, no socket round trip); user Cypher always goes over Bolt
 */
@ConfigurationProperties("seigraph.store")
public record GraphStoreProperties(String schema, String bundle, Boolean loadOnStart, Duration queryTimeout,
                                   Boolean inProcessReads) {
    public GraphStoreProperties {
        inProcessReads = inProcessReads == null || inProcessReads;
        schema = schema == null ? "classpath:cypher/schema.cypher" : schema;
        bundle = bundle == null ? "classpath:import/graph/" : bundle;
        loadOnStart = loadOnStart == null || loadOnStart;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(5) : queryTimeout;
    }
}
