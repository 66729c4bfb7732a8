package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.seigraph.SeiGraphApplication;
import org.seigraph.store.EmbeddedNeo4j;
import org.seigraph.store.EmbeddedNeo4jProperties;
import org.seigraph.support.RawHttp;
import org.seigraph.support.TempStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * External mode under faults: the app reaches a separately started Neo4j (its own DBMS on its own store directory,
 * reached only by URI). The server is stopped while clients keep sending requests: every request answers within the
 * configured driver timeouts, either correctly or with UNAVAILABLE (GraphQL extensions.code, REST 503), never a hang
 * or INTERNAL; health goes DOWN. The server comes back on the same store: requests succeed again with the same data,
 * without restarting the app. The same app (no admin token, one CORS origin configured) shows admin endpoints off and
 * the CORS allow-list at work.
 */
class FaultExternalStoreTest {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration RETRY_TIME = Duration.ofSeconds(1);
    /**
     * Connect + retry budget, plus slack for a heavily loaded 2-core machine (seen: 5.5 s at a load average of 18).
     * Without these settings a request would wait for the driver's defaults: 30 s to connect, 30 s of retries.
     */
    private static final long FAIL_FAST_MILLIS = CONNECTION_TIMEOUT.plus(RETRY_TIME).toMillis() + 5000;
    private static final String NODE_QUERY = "{\"query\":\"{ node(id: \\\"bureau:市海洋局\\\") { name } }\"}";

    record Outcome(boolean ok, String code, long millis, String body) {
    }

    @Test
    void serverStoppedMidTrafficFailsFastWithUnavailableAndRecoversWithoutRestart() throws Exception {
        Path store = TempStores.newStoreDir();
        int port = freePort();
        EmbeddedNeo4j server = startServer(store, port);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (ConfigurableApplicationContext app = startApp(port)) {
            RawHttp http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(graphql(http).ok()).isTrue();
            assertThat(rest(http).ok()).isTrue();
            assertThat(http.send("GET", "/actuator/health", null).json().at("/status").asString()).isEqualTo("UP");

            accessRulesOfThisApp(http);

            AtomicBoolean running = new AtomicBoolean(true);
            ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 4; i++) {
                boolean useGraphQl = i % 2 == 0;
                clients.submit(() -> {
                    while (running.get()) {
                        outcomes.add(useGraphQl ? graphql(http) : rest(http));
                    }
                });
            }
            Thread.sleep(500);
            server.close();
            long stoppedAt = System.nanoTime();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(http.send("GET", "/actuator/health", null).json().at("/status").asString()).isEqualTo("DOWN"));
            // a few rounds of requests against the stopped server
            await().atMost(Duration.ofSeconds(30)).until(() -> outcomes.stream().filter(o -> !o.ok()).count() >= 8);
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
            assertThat(failed).as("failures while the server is down").isNotEmpty();
            assertThat(failed).allSatisfy(o -> {
                assertThat(o.code()).as(o.body()).isEqualTo("UNAVAILABLE");
                assertThat(o.millis()).as("failed fast: " + o).isLessThanOrEqualTo(FAIL_FAST_MILLIS);
                assertThat(o.body()).doesNotContain("\tat ");
            });
            assertThat(outcomes).allSatisfy(o -> assertThat(o.millis()).as("no request hangs: " + o).isLessThanOrEqualTo(FAIL_FAST_MILLIS));
            RawHttp.Response health = http.send("GET", "/actuator/health", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/neo4j/status").asString()).isEqualTo("DOWN");
            System.out.printf("External store down: %d requests, %d failed with UNAVAILABLE, slowest %d ms (bound %d ms), "
                            + "%.1f s after the stop%n", outcomes.size(), failed.size(),
                    outcomes.stream().mapToLong(Outcome::millis).max().orElse(0), FAIL_FAST_MILLIS,
                    (System.nanoTime() - stoppedAt) / 1e9);

            server = startServer(store, port);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                assertThat(graphql(http).ok()).isTrue();
                assertThat(rest(http).ok()).isTrue();
            });
            JsonNode answer = http.postJson("/graphql", NODE_QUERY).json();
            assertThat(answer.at("/data/node/name").asString()).as("the same data after the server is back").isEqualTo("市海洋局");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(http.send("GET", "/actuator/health", null).json().at("/status").asString()).isEqualTo("UP"));
        } finally {
            clients.shutdownNow();
            server.close();
        }
    }

    /** Admin endpoints are off without a token (even with a token-looking header); CORS follows the allow-list. */
    private static void accessRulesOfThisApp(RawHttp http) {
        for (String auth : List.of("", "Bearer ", "Bearer anything", "Bearer null")) {
            RawHttp.Response r = auth.isEmpty() ? http.postJson("/api/admin/reload", "{}")
                    : http.postJson("/api/admin/reload", "{}", "Authorization", auth);
            assertThat(r.status()).as(auth).isEqualTo(403);
            assertThat(r.json().at("/error/code").asString()).isEqualTo("FORBIDDEN");
            assertThat(r.json().at("/error/message").asString()).contains("off");
        }
        RawHttp.Response allowed = http.send("OPTIONS", "/graphql", null, "Origin", "https://maps.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://maps.example");
        RawHttp.Response simple = http.postJson("/graphql", NODE_QUERY, "Origin", "https://maps.example");
        assertThat(simple.status()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isEqualTo("https://maps.example");

        RawHttp.Response refused = http.send("OPTIONS", "/api/cypher", null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(http.postJson("/graphql", NODE_QUERY, "Origin", "https://evil.example").status()).isEqualTo(403);
    }

    private static Outcome graphql(RawHttp http) {
        try {
            RawHttp.Response r = http.postJson("/graphql", NODE_QUERY);
            JsonNode json = r.json();
            boolean ok = r.status() == 200 && !json.has("errors") && "市海洋局".equals(json.at("/data/node/name").asString(null));
            return new Outcome(ok, json.at("/errors/0/extensions/code").asString(null), r.millis(), r.body());
        } catch (RuntimeException e) {
            return new Outcome(false, "CLIENT:" + e, 0, "");
        }
    }

    private static Outcome rest(RawHttp http) {
        try {
            RawHttp.Response r = http.postJson("/api/cypher", "{\"query\":\"MATCH (b:Bureau {id: 'bureau:市海洋局'}) RETURN b.name AS name\"}");
            JsonNode json = r.json();
            boolean ok = r.status() == 200 && "市海洋局".equals(json.at("/rows/0/name").asString(null));
            String code = json.at("/error/code").asString(null);
            if (!ok && code != null && r.status() != 503) {
                code = code + "/" + r.status();
            }
            return new Outcome(ok, code, r.millis(), r.body());
        } catch (RuntimeException e) {
            return new Outcome(false, "CLIENT:" + e, 0, "");
        }
    }

    private static EmbeddedNeo4j startServer(Path store, int port) {
        return EmbeddedNeo4j.start(new EmbeddedNeo4jProperties(true, store, "127.0.0.1", port, "16m", false,
                Duration.ofSeconds(60)));
    }

    private static ConfigurableApplicationContext startApp(int boltPort) {
        return new SpringApplicationBuilder(SeiGraphApplication.class).run(
                "--seigraph.embedded.enabled=false",
                "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                "--spring.neo4j.connection-timeout=" + CONNECTION_TIMEOUT.toMillis() + "ms",
                "--spring.neo4j.max-transaction-retry-time=" + RETRY_TIME.toMillis() + "ms",
                "--spring.neo4j.pool.connection-acquisition-timeout=5s",
                "--seigraph.store.bundle=classpath:bundles/valid/",
                "--seigraph.cors.allowed-origins=https://maps.example",
                "--server.port=0");
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
