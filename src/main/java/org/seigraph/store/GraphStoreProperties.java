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
 */
@ConfigurationProperties("seigraph.store")
public record GraphStoreProperties(String schema, String bundle, Boolean loadOnStart, Duration queryTimeout) {
    public GraphStoreProperties {
        schema = schema == null ? "classpath:cypher/schema.cypher" : schema;
        bundle = bundle == null ? "classpath:import/graph/" : bundle;
        loadOnStart = loadOnStart == null || loadOnStart;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(5) : queryTimeout;
    }
}
