package org.seigraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seigraph.support.TempDirs;

/**
 * First-run latency of new query shapes: how long the first request of a GraphQL shape the app has never seen takes
 * (Neo4j plans each new Cypher text once), then the second and third request of each shape. Starts the jar once per
 * mode on a fresh store, side by side in one run: {@code seigraph.compiler.plan-at-use=2} (the default: a new shape
 * is answered through queries planned at start-up, and its compiled query is planned in the background when the
 * shape recurs), {@code plan-at-use=1} (planned in the background from its first request) and
 * {@code plan-ahead=false} (every new shape waits for its plan). Each app is warmed up on the benchmark mix (shapes
 * not measured) once its start-up work after health UP is done (text vectors, start-up plans), then sent each of
 * {@code --shapes} distinct shapes once, one client, closed loop, then each again, then (after the background
 * planning is done) a third time. {@code --jar} runs another build's jar (a baseline).
 *
 * <pre>bench/run.sh first-shape [--shapes 60 --warmup 20 --modes plan-at-use=2,plan-at-use=1,plan-ahead=false]</pre>
 * Writes bench/results/DATE-first-shape.md; the apps' GC logs go to target/bench/.
 */
public final class FirstShapeBench {

    /** Relation fields of Subsector, each with a small selection; shapes are pairs, then triples of them. */
    private static final List<String> FIELDS = List.of("sector { id name }", "technologies { id name }",
            "projects { id name }", "parks { id name }", "platforms { id name }", "targets { id asWritten }",
            "industries { id name }", "bureaus { rank lead bureau { id name } }");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int count = Integer.parseInt(o.getOrDefault("shapes", "60"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(o.getOrDefault("warmup", "20")));
        String jar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        String name = o.getOrDefault("name", "first-shape");
        List<String> shapes = shapes(count);
        String uptimeBefore = BenchMain.uptime();
        StringBuilder table = new StringBuilder("| mode | start-up (health UP) | first run p50 | p90 | p99 | max "
                + "| second run p50 | p99 | max | third run p50 | p99 | max |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder notes = new StringBuilder();
        for (String mode : o.getOrDefault("modes", "plan-at-use=2,plan-at-use=1,plan-ahead=false").split(",")) {
            String file = mode.replace('=', '-');
            Path store = TempDirs.create("first-shape");
            Path log = Path.of("target/bench/app-" + name + "-" + file + ".log");
            Files.createDirectories(log.getParent());
            int port = BenchMain.port(null);
            List<String> cmd = new ArrayList<>(List.of("java"));
            cmd.addAll(List.of(BenchMain.OPENS.split(" ")));
            cmd.addAll(List.of("-Xmx768m", "-jar", jar, "--server.port=" + port, "--seigraph.embedded.bolt-port=0",
                    "--seigraph.embedded.store-dir=" + store, "--seigraph.embedded.page-cache=64m",
                    "--seigraph.embedded.preallocate-transaction-logs=false", "--seigraph.compiler." + mode,
                    "--spring.neo4j.pool.connection-acquisition-timeout=120s"));
            cmd.add(1, "-Xlog:gc:file=target/bench/gc-" + name + "-" + file + ".log");
            long started = System.nanoTime();
            Process app = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                BenchMain.waitFor("http://127.0.0.1:" + port + "/actuator/health", null, app, Duration.ofMinutes(10));
                double startup = (System.nanoTime() - started) / 1e9;
                String url = "http://127.0.0.1:" + port + "/graphql";
                // the app's start-up work that goes on after health UP (text vectors, the start-up plans) is not what
                // is measured: wait for it, so a first run is not slowed by the embedding model beside it
                ParkFitBench.awaitTextIndex(url, Duration.ofMinutes(10));
                long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
                while (mode.startsWith("plan-at-use") && System.nanoTime() < deadline
                        && Files.readAllLines(log).stream().noneMatch(l -> l.contains("Planned the entity"))) {
                    Thread.sleep(500);
                }
                double background = (System.nanoTime() - started) / 1e9 - startup;
                // JIT warm-up on the mix (none of its shapes is measured)
                for (QueryMix q : QueryMix.all(QueryMix.SUBSECTOR, QueryMix.BUREAU, QueryMix.SEARCH, true)) {
                    Load.run(Load.http(url, q.ours()), 2, Duration.ZERO, warmup.dividedBy(6), List.of());
                }
                Thread.sleep(3000);
                long staleBefore = stale(store);
                double[] first = run(url, shapes);
                Thread.sleep(5000); // let the background planning of the last shapes finish
                double[] second = run(url, shapes);
                Thread.sleep(Long.parseLong(o.getOrDefault("settle", "20")) * 1000); // the same, for what the second run planned
                double[] third = run(url, shapes);
                table.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.1f ms "
                                + "| %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
                        mode, startup, pct(first, 50), pct(first, 90), pct(first, 99), pct(first, 100),
                        pct(second, 50), pct(second, 99), pct(second, 100), pct(third, 50), pct(third, 99), pct(third, 100)));
                notes.append("- ").append(mode).append(", slowest first runs (shape index): ").append(slowest(first, 5)).append('\n');
                Files.readAllLines(log).stream().filter(l -> l.contains("Planned the entity")).findFirst()
                        .ifPresent(l -> notes.append("- ").append(mode).append(": ")
                                .append(l.substring(l.lastIndexOf(": ") + 2)).append('\n'));
                notes.append(String.format(Locale.ROOT, "- %s: start-up work after health UP (text vectors, start-up "
                        + "plans) done %.1f s later; plans Neo4j discarded as stale (store debug.log): %d before the "
                        + "first run, %d during the runs%n", mode, background, staleBefore, stale(store) - staleBefore));
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        String md = "# First run of new query shapes (" + LocalDate.now() + ")\n\n"
                + "Command: `bench/run.sh first-shape " + String.join(" ", args) + "`\n\n"
                + "Machine: `" + BenchMain.uptime() + "` (after); `" + uptimeBefore + "` (before); "
                + Runtime.getRuntime().availableProcessors() + " cores\n\n"
                + shapes.size() + " distinct shapes (node(id) of a sub-sector with every pair, then triple, of its relation "
                + "fields), each sent once (first run), then each again (second run), then a third time once the background "
                + "planning is done; one client, closed loop, after the app's start-up work (text vectors, start-up plans) "
                + "and a " + warmup.toSeconds() + " s JIT warm-up on the benchmark mix. Latency is the client's, over HTTP. "
                + "Jar: `" + jar + "`.\n\n"
                + table + "\n" + notes + "\nExample shape: `" + shapes.get(0) + "`\n";
        System.out.println(md);
        Files.writeString(Path.of("bench/results/" + LocalDate.now() + "-" + name + ".md"), md);
    }

    static List<String> shapes(int count) {
        List<String> out = new ArrayList<>();
        int n = FIELDS.size();
        for (int i = 0; i < n && out.size() < count; i++) {
            for (int j = i + 1; j < n && out.size() < count; j++) {
                out.add(shape(FIELDS.get(i), FIELDS.get(j)));
            }
        }
        for (int i = 0; i < n && out.size() < count; i++) {
            for (int j = i + 1; j < n && out.size() < count; j++) {
                for (int k = j + 1; k < n && out.size() < count; k++) {
                    out.add(shape(FIELDS.get(i), FIELDS.get(j), FIELDS.get(k)));
                }
            }
        }
        return out;
    }

    private static String shape(String... fields) {
        return "{ node(id: \"" + QueryMix.SUBSECTOR + "\") { ... on Subsector { id name " + String.join(" ", fields) + " } } }";
    }

    /**
     * Sends each shape once; the latency of each in ms. One HTTP/1.1 client whose connection is opened first by a
     * request of a known shape (not measured): a new client's first request pays for its connection (and the default
     * client's HTTP/2 upgrade attempt), which is the client's cost, not the shape's.
     */
    private static double[] run(String url, List<String> shapes) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(QueryMix.gql("{ node(id: \"" + QueryMix.SUBSECTOR + "\") { id } }"))).build(),
                HttpResponse.BodyHandlers.ofString());
        double[] ms = new double[shapes.size()];
        for (int i = 0; i < shapes.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(QueryMix.gql(shapes.get(i)))).build();
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("shape " + i + " failed: " + response.body());
            }
        }
        return ms;
    }

    /** The {@code n} slowest runs as "index: ms" (shape index in {@link #shapes}), slowest first. */
    private static String slowest(double[] ms, int n) {
        Integer[] order = new Integer[ms.length];
        for (int i = 0; i < ms.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(ms[b], ms[a]));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(n, ms.length); i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "#%d %.1f ms", order[i], ms[order[i]]));
        }
        return out.toString();
    }

    /**
     * Plans Neo4j has dropped from its query cache as stale so far ({@code debug.log} of the store): a plan made with
     * statistics that changed since is planned again at its next use, inside whichever request uses it.
     */
    private static long stale(Path store) throws java.io.IOException {
        Path debug = store.resolve("logs/debug.log");
        if (!Files.exists(debug)) {
            return 0;
        }
        try (var lines = Files.lines(debug)) {
            return lines.filter(l -> l.contains("Discarded stale query")).count();
        }
    }

    private static double pct(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private FirstShapeBench() {
    }
}
