package org.seigraph.store;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the in-process Neo4j ({@code seigraph.embedded.*}). With {@code enabled=false} the app
 * connects to whatever {@code spring.neo4j.uri} names instead.
 */
@ConfigurationProperties("seigraph.embedded")
public record EmbeddedNeo4jProperties(
        Boolean enabled,
        Path storeDir,
        String boltHost,
        Integer boltPort,
        String pageCache,
        Boolean preallocateTransactionLogs,
        Duration transactionTimeout) {

    public EmbeddedNeo4jProperties {
        enabled = enabled == null || enabled;
        storeDir = storeDir == null ? Path.of("data", "neo4j") : storeDir;
        boltHost = boltHost == null ? "127.0.0.1" : boltHost;
        boltPort = boltPort == null ? 7687 : boltPort;
        pageCache = pageCache == null ? "64m" : pageCache;
        preallocateTransactionLogs = preallocateTransactionLogs == null || preallocateTransactionLogs;
        transactionTimeout = transactionTimeout == null ? Duration.ofSeconds(60) : transactionTimeout;
    }
}
