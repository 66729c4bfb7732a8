package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.seigraph.web.ErrorCode;
import org.seigraph.web.Failures;
import org.seigraph.lookup.ReadOnlyCypher;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.EmbeddedNeo4j;
import org.seigraph.store.GraphStoreProperties;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;

/**
 * A slow query cannot hold a request thread (or the database) past its timeout: the analysts' endpoint and the
 * reader every GraphQL field goes through both run with a transaction timeout the server enforces; after it the
 * client gets TIMEOUT, the server has terminated the transaction, and the app answers normally.
 */
class FaultTimeoutTest {

    private static final String SLOW = "UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS c";

    @Test
    void concurrentSlowAnalystQueriesTimeOutAndLeaveNothingRunning() {
        RawHttp http = new RawHttp(SharedApp.port());
        Duration timeout = SharedApp.bean(ReadOnlyCypher.Settings.class).timeout();
        List<CompletableFuture<RawHttp.Response>> slow = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                http.postJson("/api/cypher", "{\"query\":\"" + SLOW.replace("AS c", "+ " + i + " AS c") + "\"}")))
                .toList();
        for (CompletableFuture<RawHttp.Response> f : slow) {
            RawHttp.Response r = f.join();
            assertThat(r.status()).as(r.body()).isEqualTo(504);
            assertThat(r.json().at("/error/code").asString()).isEqualTo("TIMEOUT");
            // the transaction timeout, plus slack for a loaded machine; never "forever"
            assertThat(r.millis()).isLessThan(timeout.toMillis() + 10_000);
        }
        assertThat(runningUserQueries(SharedApp.driver())).as("no slow query left running on the server").isEmpty();
        RawHttp.Response normal = http.postJson("/graphql", "{\"query\":\"{ node(id: \\\"bureau:市海洋局\\\") { name } }\"}");
        assertThat(normal.json().at("/data/node/name").asString()).isEqualTo("市海洋局");
    }

    @Test
    void theReaderBehindEveryGraphQlFieldHasAServerEnforcedTimeout() {
        Driver driver = SharedApp.driver();
        GraphStoreProperties halfSecond = new GraphStoreProperties(null, null, null, Duration.ofMillis(500), null);
        CypherRunner overBolt = new CypherRunner(driver, halfSecond);
        CypherRunner inProcess = new CypherRunner(driver, halfSecond, SharedApp.context().getBeanProvider(EmbeddedNeo4j.class));
        assertThat(inProcess.inProcess()).isTrue();
        for (CypherRunner runner : List.of(overBolt, inProcess)) {
            long started = System.nanoTime();
            Throwable failure = catchThrowable(() -> runner.read(SLOW, Map.of()));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(failure).isNotNull();
            assertThat(Failures.classify(failure).code()).as(failure.toString()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(millis).as("terminated near its 500 ms timeout").isLessThan(8_000);
            assertThat(runningUserQueries(driver)).isEmpty();
        }
        // the app's own reader has the configured timeout
        assertThat(SharedApp.bean(GraphStoreProperties.class).queryTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    private static List<String> runningUserQueries(Driver driver) {
        try (var session = driver.session()) {
            return session.run("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '2000000000' "
                    + "AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN currentQuery").list(r -> r.get(0).asString());
        }
    }
}
