package org.seigraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.seigraph.SeiGraphApplication;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.HarnessNeo4j;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import org.seigraph.support.Alongside;

/**
 * External mode: the embedded database is off and the app reaches a separately started Neo4j (the test
 * harness, HTTP disabled) only through spring.neo4j.uri, as it would a server or cluster.
 */
@Alongside
class ExternalStoreTest {

    private static Neo4j startServer(int port) {
        return HarnessNeo4j.builder()
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                .build();
    }

    private static ConfigurableApplicationContext startApp(String uri) {
        return new SpringApplicationBuilder(SeiGraphApplication.class).run(
                "--seigraph.embedded.enabled=false",
                "--spring.neo4j.uri=" + uri,
                "--spring.neo4j.connection-timeout=2s",
                "--seigraph.store.bundle=classpath:bundles/valid/",
                "--server.port=0");
    }

    @Test
    void runsAgainstAnExternalServerAndHealthFollowsIt() throws Exception {
        int port = freePort();
        Neo4j server = startServer(port);
        try (ConfigurableApplicationContext app = startApp("bolt://127.0.0.1:" + port)) {
            assertThat(app.containsBean("embeddedNeo4j")).isFalse();
            GraphQlHttp http = new GraphQlHttp(((WebServerApplicationContext) app).getWebServer().getPort());

            JsonNode answer = http.query("{ node(id: \"bureau:市海洋局\") { name kind } }");
            assertThat(answer.at("/data/node/name").asString()).isEqualTo("市海洋局");
            try (var tx = server.defaultDatabaseService().beginTx()) {
                assertThat(tx.execute("MATCH (n:Entity) RETURN count(n) AS c").<Long>columnAs("c").next())
                        .as("the app loaded the bundle into the external server").isEqualTo(4L);
            }
            assertThat(http.get("/actuator/health").json().at("/components/neo4j/status").asString()).isEqualTo("UP");

            server.close();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode health = http.get("/actuator/health").json();
                assertThat(health.at("/status").asString()).isEqualTo("DOWN");
                assertThat(health.at("/components/neo4j/details/error").asString()).isNotBlank();
            });

            server = startServer(port);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(http.get("/actuator/health").json().at("/components/neo4j/status").asString()).isEqualTo("UP"));
        } finally {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
