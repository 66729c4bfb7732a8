package org.seigraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j running inside this JVM, reachable over Bolt exactly like an external server. Neo4j's own HTTP
 * connector stays off: its Jersey clashes with Boot's, and the app only speaks Bolt.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties props) {
        int port = props.boltPort() == 0 ? freePort(props.boltHost()) : props.boltPort();
        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(props.storeDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(props.boltHost(), port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bolt listens on loopback only, so the embedded server runs without auth
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(props.pageCache()))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, props.preallocateTransactionLogs())
                .setConfig(GraphDatabaseSettings.transaction_timeout, props.transactionTimeout())
                // Bolt's event loops shut down after a quiet period in which no task arrives (10 s in all here): at our
                // shutdown the driver is closed and Tomcat drained, so nothing is left to arrive
                .setConfig(org.neo4j.configuration.GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // LOAD CSV may not read local files through this server
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .build();
        URI uri = URI.create("bolt://" + props.boltHost() + ":" + port);
        log.info("Embedded Neo4j started on {} with store {} in {} ms", uri, props.storeDir().toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedNeo4j(dbms, uri);
    }

    public URI boltUri() {
        return boltUri;
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        log.info("Shutting down embedded Neo4j on {}", boltUri);
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j shut down in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for embedded Bolt on " + host, e);
        }
    }
}
