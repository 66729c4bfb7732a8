package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.seigraph.SeiGraphApplication;
import org.seigraph.ingest.CuratedChanges;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.RawHttp;
import org.seigraph.support.TempStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import org.seigraph.support.Alongside;
import org.seigraph.support.TempDirs;

/**
 * Kill -9 during a curation apply, for real: the app runs as a child JVM on a temporary store with the bundled graph;
 * 3,000 proposals (an alias on each of the graph's nodes, in turn) are approved in one request, which applies them
 * in one transaction; once the app logs that it is applying them, the process is killed with SIGKILL. The app is
 * started again on the same store: either every request is approved and every alias is in the graph, or none is
 * approved and no alias is there, and each request's status agrees with the graph. The restarted app then applies
 * single approvals as usual.
 */
@Alongside
class FaultKillDuringApplyTest {

    private static final String BUNDLE = "classpath:import/graph/";
    private static final int CHANGES = 3000;

    @Test
    void killDuringAnApplyLeavesTheGraphBeforeOrAfterItWhole() throws Exception {
        Path work = TempDirs.create("kill-apply");
        Path store = work.resolve("store");
        int httpPort = freePort();
        Path log = work.resolve("child.log");
        Process child = startChild(store, httpPort, log);
        List<String> nodes = new ArrayList<>();
        try {
            RawHttp http = new RawHttp(httpPort);
            waitUntilUp(http, child, log, Duration.ofSeconds(300));
            http.postJson("/api/cypher", "{\"query\":\"MATCH (n:Entity) WHERE NOT n:Document RETURN n.id AS id ORDER BY id\"}")
                    .json().get("rows").forEach(r -> nodes.add(r.get("id").asString()));

            // 3,000 proposals in one import (slow on a loaded machine: the shared client would give up after 30 s)
            java.net.http.HttpResponse<String> imported = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + httpPort + "/api/curation/import"))
                            .timeout(Duration.ofMinutes(10)).header("Content-Type", "text/csv")
                            .header("Authorization", "Bearer " + TempStores.CURATOR_TOKEN)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv(nodes))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
            JsonNode proposed = GraphQlHttp.JSON.readTree(imported.body()).get("proposed");
            assertThat(proposed.size()).isEqualTo(CHANGES);
            List<Map<String, Object>> refs = new ArrayList<>();
            proposed.forEach(id -> refs.add(Map.of("id", id.asString(), "version", 0)));
            String body = GraphQlHttp.JSON.writeValueAsString(Map.of("query",
                    "mutation($c: [ChangeRef!]!) { approveChanges(changes: $c) { id } }", "variables", Map.of("c", refs)));

            java.net.http.HttpClient patient = java.net.http.HttpClient.newHttpClient();
            CompletableFuture<java.net.http.HttpResponse<String>> approval = patient.sendAsync(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create("http://127.0.0.1:" + httpPort + "/graphql")).timeout(Duration.ofMinutes(20))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TempStores.REVIEWER_TOKEN)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("Applying " + CHANGES + " approved change(s)")) {
                assertThat(approval.isDone()).as("the apply finished before it could be killed: " + tail(log)).isFalse();
                assertThat(System.nanoTime()).as("no apply started: " + tail(log)).isLessThan(deadline);
                Thread.sleep(10);
            }
            Thread.sleep(300);
            assertThat(approval.isDone()).as("still applying when killed: " + (approval.isDone() ? approval.join().body() : "")).isFalse();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
            System.out.println("Killed the app while applying " + CHANGES + " changes in one transaction");
        } finally {
            child.destroyForcibly();
        }

        String[] args = TempStores.leanArgs(store, BUNDLE);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SeiGraphApplication.class).run(args)) {
            RawHttp http = new RawHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            JsonNode row = http.postJson("/api/cypher", "{\"query\":\"MATCH (c:ChangeRequest) WITH count(c) AS all, "
                    + "count(CASE WHEN c.status = 'APPROVED' THEN 1 END) AS approved, count(CASE WHEN c.applied THEN 1 END) AS applied "
                    + "OPTIONAL MATCH (n:Entity) WHERE any(a IN n.aliases WHERE a STARTS WITH 'kill-test-') "
                    + "WITH all, approved, applied, sum(size([a IN n.aliases WHERE a STARTS WITH 'kill-test-'])) AS aliases "
                    + "OPTIONAL MATCH (p:Entity) WHERE p.curation IS NOT NULL "
                    + "RETURN all, approved, applied, aliases, count(p) AS provenance\"}").json().at("/rows/0");
            long approved = row.get("approved").asLong();
            System.out.printf("After restart: %d requests, %d approved, %d applied, %d aliases in the graph, %d nodes with provenance%n",
                    row.get("all").asLong(), approved, row.get("applied").asLong(), row.get("aliases").asLong(),
                    row.get("provenance").asLong());
            assertThat(row.get("all").asLong()).isEqualTo(CHANGES);
            assertThat(approved).as("all approved or none").isIn(0L, (long) CHANGES);
            assertThat(row.get("applied").asLong()).isEqualTo(approved);
            assertThat(row.get("aliases").asLong()).as("the graph agrees with the requests").isEqualTo(approved);
            if (approved == 0) {
                assertThat(row.get("provenance").asLong()).as("no curated provenance without an applied change").isZero();
            } else {
                assertThat(row.get("provenance").asLong()).as("every touched node carries the provenance").isEqualTo(nodesTouched(nodes));
            }

            // and the store serves curation as usual afterwards
            JsonNode pending = http.postJson("/graphql", "{\"query\":\"{ changeRequests(status: PROPOSED, first: 1) { id version } }\"}")
                    .json().at("/data/changeRequests");
            if (approved == 0) {
                String id = pending.get(0).get("id").asString();
                RawHttp.Response one = http.postJson("/graphql", GraphQlHttp.JSON.writeValueAsString(Map.of("query",
                        "mutation { approveChange(id: \"" + id + "\", version: " + pending.get(0).get("version").asLong()
                                + ") { status applied } }")), "Authorization", "Bearer " + TempStores.REVIEWER_TOKEN);
                assertThat(one.json().at("/data/approveChange/applied").asBoolean()).as(one.body()).isTrue();
            } else {
                assertThat(pending).isEmpty();
            }
        }
    }

    private static long nodesTouched(List<String> nodes) {
        return Math.min(CHANGES, nodes.size());
    }

    /** An import file proposing one alias per change, on the graph's nodes in turn. */
    private static String csv(List<String> nodes) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("action", "ADD");
            row.put("target", "ALIAS");
            row.put("entity", nodes.get(i % nodes.size()));
            row.put("alias", "kill-test-" + i);
            row.put("reason", "Fault test: many changes applied in one transaction");
            row.put("sourceKind", "LOCAL_KNOWLEDGE");
            rows.add(row);
        }
        StringWriter out = new StringWriter();
        CuratedChanges.write(out, rows);
        return out.toString();
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
        for (String arg : TempStores.leanArgs(store, BUNDLE)) {
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
