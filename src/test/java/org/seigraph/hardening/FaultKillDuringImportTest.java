package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.seigraph.SeiGraphApplication;
import org.seigraph.ingest.GraphBundle;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SyntheticBundle;
import org.seigraph.support.TempStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import org.seigraph.support.Alongside;
import org.seigraph.support.TempDirs;

/**
 * Kill -9 during an import, for real: the app runs as a child JVM on a temporary store holding a small graph (OLD);
 * an admin reload of a large synthetic bundle (NEW) starts; once the loader reports progress (the write transaction
 * is open and half written) the process is killed with SIGKILL. The app is then started again on the same store: the
 * store opens (recovery), and the graph is exactly OLD or exactly NEW, never a mix. The restarted app then refuses a
 * broken bundle through the same admin endpoint: nothing changes and the error names file and line.
 */
@Alongside
class FaultKillDuringImportTest {

    private static final String OLD = "classpath:bundles/valid/";

    @Test
    void killDuringImportLeavesOldOrNewGraphInFullAndBrokenReloadChangesNothing() throws Exception {
        Path work = TempDirs.create("kill-import");
        Path store = work.resolve("store");
        Path bigBundle = SyntheticBundle.write(work.resolve("big"), 200, 60_000);
        GraphBundle oldBundle = GraphBundle.read(OLD);
        GraphBundle newBundle = GraphBundle.read(bigBundle.toUri().toString());
        long[] oldCounts = {oldBundle.nodeCount(), oldBundle.relationshipCount()};
        long[] newCounts = {newBundle.nodeCount(), newBundle.relationshipCount()};

        int httpPort = freePort();
        Path log = work.resolve("child.log");
        Process child = startChild(store, httpPort, log);
        try {
            RawHttp http = new RawHttp(httpPort);
            waitUntilUp(http, child, log, Duration.ofSeconds(240));

            CompletableFuture<RawHttp.Response> reload = CompletableFuture.supplyAsync(() -> http.postJson("/api/admin/reload",
                    "{\"bundle\":\"" + bigBundle + "\"}", "Authorization", "Bearer " + TempStores.ADMIN_TOKEN));
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("Loading nodes: ")) {
                assertThat(reload.isDone()).as("the reload finished before it could be killed: " + tail(log)).isFalse();
                assertThat(System.nanoTime()).as("no load progress: " + tail(log)).isLessThan(deadline);
                Thread.sleep(20);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            String progress = Files.readString(log, StandardCharsets.UTF_8).lines().filter(l -> l.contains("Loading "))
                    .reduce((a, b) -> b).orElse("");
            System.out.println("Killed the app during the import; last progress line: " + progress.strip());
        } finally {
            child.destroyForcibly();
        }

        // restart the app on the same store (same configured bundle: it must not need to reload anything)
        String[] args = TempStores.leanArgs(store, OLD);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SeiGraphApplication.class).run(args)) {
            RawHttp http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            long[] counts = counts(http);
            assertThat(counts).as("the graph after the kill is the old or the new one in full")
                    .satisfiesAnyOf(c -> assertThat(c).containsExactly(oldCounts), c -> assertThat(c).containsExactly(newCounts));
            String hash = http.postJson("/api/cypher", "{\"query\":\"MATCH (m:GraphMeta {key: 'bundle'}) RETURN m.hash AS h\"}")
                    .json().at("/rows/0/h").asString();
            assertThat(hash).isEqualTo(counts[0] == oldCounts[0] ? oldBundle.hash() : newBundle.hash());
            assertThat(http.postJson("/graphql", "{\"query\":\"{ node(id: \\\"bureau:市海洋局\\\") { name } }\"}").json()
                    .at("/data/node/name").asString(null)).isEqualTo(counts[0] == oldCounts[0] ? "市海洋局" : null);
            System.out.printf("After restart: %d nodes, %d relationships (old graph %s, new graph %s)%n", counts[0], counts[1],
                    java.util.Arrays.toString(oldCounts), java.util.Arrays.toString(newCounts));

            brokenReloadChangesNothing(http, counts);
        }
    }

    private static void brokenReloadChangesNothing(RawHttp http, long[] before) {
        for (String broken : List.of("bad-number", "dangling", "missing-column", "unknown-label")) {
            RawHttp.Response r = http.postJson("/api/admin/reload", "{\"bundle\":\"classpath:bundles/" + broken + "/\"}",
                    "Authorization", "Bearer " + TempStores.ADMIN_TOKEN);
            assertThat(r.status()).as(broken + ": " + r.body()).isEqualTo(400);
            String message = r.json().at("/error/message").asString();
            assertThat(message).as(broken).contains("nothing was changed").containsPattern("(nodes|rels)/\\w+\\.csv");
            if (!broken.equals("unknown-label")) {
                assertThat(message).as(broken).containsPattern("line \\d+");
            }
            assertThat(counts(http)).as("after the broken " + broken).containsExactly(before);
        }
        RawHttp.Response missing = http.postJson("/api/admin/reload", "{\"bundle\":\"/no/such/dir\"}",
                "Authorization", "Bearer " + TempStores.ADMIN_TOKEN);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(counts(http)).containsExactly(before);
    }

    private static long[] counts(RawHttp http) {
        JsonNode rows = http.postJson("/api/cypher", "{\"query\":\"MATCH (n:Entity) WITH count(n) AS n "
                + "MATCH (:Entity)-[r]->(:Entity) RETURN n, count(r) AS r\"}").json();
        return new long[]{rows.at("/rows/0/n").asLong(), rows.at("/rows/0/r").asLong()};
    }

    private static Process startChild(Path store, int httpPort, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty("seigraph.neo4j.opens",
                "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
                        + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED "
                        + "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED").split("\\s+")));
        command.addAll(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SeiGraphApplication.class.getName()));
        for (String arg : TempStores.leanArgs(store, OLD)) {
            command.add(arg.startsWith("--server.port=") ? "--server.port=" + httpPort : arg);
        }
        command.add("--seigraph.embedded.transaction-timeout=10m");
        command.add("--spring.main.banner-mode=off");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilUp(RawHttp http, Process child, Path log, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            assertThat(child.isAlive()).as("child exited: " + tail(log)).isTrue();
            assertThat(System.nanoTime()).as("child did not start: " + tail(log)).isLessThan(deadline);
            try {
                if (http.send("GET", "/actuator/health", null).status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
