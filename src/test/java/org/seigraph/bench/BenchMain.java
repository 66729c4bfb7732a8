package org.seigraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The benchmark: starts SEI Graph (the jar) on a store, the peer (@neo4j/graphql on Node.js, bench/peer/)
 * over Bolt at the same embedded Neo4j, and runs the query mix ({@link QueryMix}) against SEI Graph over
 * HTTP, the peer over HTTP and hand-written Cypher through the Java driver, closed loop, at each client count.
 * Prints one table and writes it to bench/results/DATE-NAME.md (and rows to bench/results/DATE-NAME.csv).
 * Run through bench/run.sh; options are {@code --key value}, see {@link #main}.
 */
public final class BenchMain {

    static final String OPENS = "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
            + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED "
            + "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED";

    record Row(String query, String target, Load.Result result) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String name = o.getOrDefault("name", "seed");
        Path store = Path.of(o.getOrDefault("store", "target/bench/store-" + name));
        boolean loadOnStart = Boolean.parseBoolean(o.getOrDefault("load-on-start", "true"));
        List<String> targets = List.of(o.getOrDefault("targets", "ours,peer,raw").split(","));
        int[] clientCounts = Arrays.stream(o.getOrDefault("clients", "1,4,8,16").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration warmup = Duration.ofMillis((long) (1000 * Double.parseDouble(o.getOrDefault("warmup", "3"))));
        Duration measure = Duration.ofMillis((long) (1000 * Double.parseDouble(o.getOrDefault("duration", "8"))));
        Duration warmAll = Duration.ofMillis((long) (1000 * Double.parseDouble(o.getOrDefault("warmup-all", "60"))));
        boolean allSubsectors = Boolean.parseBoolean(o.getOrDefault("all-subsectors", "true"));
        List<String> only = o.containsKey("queries") ? List.of(o.get("queries").split(",")) : null;
        String heap = o.getOrDefault("heap", "768m");
        String pageCache = o.getOrDefault("page-cache", "64m");
        String jar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        Path results = Path.of(o.getOrDefault("results", "bench/results"));
        String sizeLabel = o.getOrDefault("size", "1x");
        // free ports unless given: other people's servers on this machine must never answer our load
        int httpPort = port(o.get("http-port"));
        int boltPort = port(o.get("bolt-port"));
        int peerPort = port(o.get("peer-port"));
        String jfr = o.get("jfr");
        Files.createDirectories(results);
        Path logs = Path.of("target/bench");
        Files.createDirectories(logs);

        String uptimeBefore = uptime();
        List<String> appCmd = new ArrayList<>(List.of("java"));
        appCmd.addAll(List.of(OPENS.split(" ")));
        appCmd.add("-Xmx" + heap);
        appCmd.addAll(List.of("-jar", jar, "--seigraph.embedded.store-dir=" + store.toAbsolutePath(),
                "--seigraph.embedded.bolt-port=" + boltPort, "--server.port=" + httpPort,
                "--seigraph.embedded.page-cache=" + pageCache, "--seigraph.store.load-on-start=" + loadOnStart,
                "--seigraph.embedded.preallocate-transaction-logs=false"));
        System.err.println("starting SEI Graph: " + String.join(" ", appCmd));
        Process app = new ProcessBuilder(appCmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("app-" + name + ".log").toFile()).start();
        Process peer = null;
        try {
            String ours = "http://127.0.0.1:" + httpPort + "/graphql";
            waitFor("http://127.0.0.1:" + httpPort + "/actuator/health", null, app, Duration.ofMinutes(10));
            // the text index (dictionary, vectors) is built in the background once the app is up; measuring during it
            // would time the embedding, not the queries
            double textIndexSeconds = ParkFitBench.awaitTextIndex(ours, Duration.ofMinutes(90));
            System.err.printf(Locale.ROOT, "text index ready %.1f s after health UP: %s%n", textIndexSeconds,
                    ParkFitBench.logLines(logs.resolve("app-" + name + ".log")));
            String peerUrl = "http://127.0.0.1:" + peerPort + "/";
            if (targets.contains("peer")) {
                ProcessBuilder pb = new ProcessBuilder("node", "bench/peer/server.js").redirectErrorStream(true)
                        .redirectOutput(logs.resolve("peer-" + name + ".log").toFile());
                pb.environment().put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
                pb.environment().put("PORT", String.valueOf(peerPort));
                peer = pb.start();
                waitFor(peerUrl, QueryMix.gql("{ __typename }"), peer, Duration.ofMinutes(2));
            }
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.none(),
                    Config.builder().withMaxConnectionPoolSize(64).build())) {
                long[] size = graphSize(driver);
                List<QueryMix> mix = QueryMix.all(o.getOrDefault("subsector", QueryMix.SUBSECTOR),
                        o.getOrDefault("bureau", QueryMix.BUREAU), o.getOrDefault("search", QueryMix.SEARCH), allSubsectors)
                        .stream().filter(q -> only == null || only.contains(q.name())).toList();
                long appPid = app.pid();
                Long peerPid = peer == null ? null : peer.pid();
                StringBuilder check = new StringBuilder();
                for (QueryMix q : mix) {
                    check.append("| ").append(q.name());
                    for (String t : targets) {
                        check.append(" | ").append(probe(t, q, ours, peerUrl, driver));
                    }
                    check.append(" |\n");
                }
                System.err.print(check);
                // JIT warm-up of every process (app, peer, this client) on the whole mix before any cell is measured:
                // 3 s per cell is too little for C2 on 2 cores (the first cells ran 2x slower than later ones)
                Duration warmEach = Duration.ofMillis(warmAll.toMillis() / Math.max(1, mix.size() * targets.size()));
                for (QueryMix q : mix) {
                    for (String t : targets) {
                        Load.run(call(t, q, ours, peerUrl, driver), 4, Duration.ZERO, warmEach, List.of());
                    }
                }
                List<Row> rows = new ArrayList<>();
                if (jfr != null) {
                    // profile only the measured load, not start-up and loading
                    System.err.println(command("jcmd", String.valueOf(appPid), "JFR.start", "name=bench", "settings=profile",
                            "filename=" + Path.of(jfr).toAbsolutePath()));
                }
                for (QueryMix q : mix) {
                    for (int clients : clientCounts) {
                        for (String t : targets) {
                            Supplier<Load.Call> call = call(t, q, ours, peerUrl, driver);
                            List<Long> pids = t.equals("peer") ? List.of(peerPid, appPid) : List.of(appPid);
                            Load.Result r = Load.run(call, clients, warmup, measure, pids);
                            long rss = ProcStats.rssKb(t.equals("peer") ? peerPid : appPid) / 1024;
                            r = new Load.Result(r.clients(), r.requests(), r.errors(), r.seconds(), r.throughput(),
                                    r.p50Ms(), r.p99Ms(), r.maxMs(), r.serverCpuPct(), rss, r.firstError());
                            rows.add(new Row(q.name(), t, r));
                            System.err.printf(Locale.ROOT, "%-17s %-5s c=%-2d %8.1f req/s p50 %7.2f ms p99 %7.2f ms err %d cpu %.0f%%%s%n",
                                    q.name(), t, clients, r.throughput(), r.p50Ms(), r.p99Ms(), r.errors(), r.serverCpuPct(),
                                    r.firstError() == null ? "" : "  first error: " + r.firstError());
                        }
                    }
                }
                if (jfr != null) {
                    System.err.println(command("jcmd", String.valueOf(appPid), "JFR.stop", "name=bench"));
                }
                String uptimeAfter = uptime();
                String md = report(name, sizeLabel, size, targets, mix, rows, check.toString(), uptimeBefore, uptimeAfter,
                        warmup, measure, heap, pageCache, warmAll);
                System.out.println(md);
                String date = LocalDate.now().toString();
                Files.writeString(results.resolve(date + "-" + name + ".md"), md);
                StringBuilder csv = new StringBuilder("size,nodes,rels,query,target,clients,throughput,p50_ms,p99_ms,errors,cpu_pct,rss_mb\n");
                for (Row row : rows) {
                    Load.Result r = row.result();
                    csv.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%s,%d,%.1f,%.3f,%.3f,%d,%.0f,%d%n", sizeLabel, size[0], size[1],
                            row.query(), row.target(), r.clients(), r.throughput(), r.p50Ms(), r.p99Ms(), r.errors(),
                            r.serverCpuPct(), r.serverRssMb()));
                }
                Files.writeString(results.resolve(date + "-" + name + ".csv"), csv);
            }
        } finally {
            if (peer != null) {
                peer.destroy();
                peer.waitFor();
            }
            app.destroy();
            app.waitFor();
        }
    }

    private static Supplier<Load.Call> call(String target, QueryMix q, String ours, String peerUrl, Driver driver) {
        return switch (target) {
            case "ours" -> Load.http(ours, q.ours());
            case "peer" -> Load.http(peerUrl, q.peer());
            case "raw" -> Load.cypher(driver, q.raw(), q.rawParams());
            default -> throw new IllegalArgumentException("target " + target);
        };
    }

    static String report(String name, String sizeLabel, long[] size, List<String> targets, List<QueryMix> mix, List<Row> rows,
                         String check, String uptimeBefore, String uptimeAfter, Duration warmup, Duration measure,
                         String heap, String pageCache, Duration warmAll) throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(name).append(" (").append(sizeLabel).append(")\n\n");
        md.append("- date: ").append(OffsetDateTime.now().withNano(0)).append('\n');
        md.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(memTotal()).append(" memory; shared with other work. `uptime` before: `").append(uptimeBefore)
                .append("`, after: `").append(uptimeAfter).append("`\n");
        md.append("- versions: SEI Graph 0.1.0-SNAPSHOT (Spring Boot 4.0.7, Java ").append(System.getProperty("java.version"))
                .append("), Neo4j 5.26.30 embedded, peer @neo4j/graphql ").append(npmVersion("@neo4j/graphql"))
                .append(" + @apollo/server ").append(npmVersion("@apollo/server")).append(" on Node.js ").append(command("node", "--version"))
                .append(", raw = neo4j-java-driver ").append(org.neo4j.driver.Driver.class.getPackage().getImplementationVersion())
                .append('\n');
        md.append("- graph: ").append(size[0]).append(" nodes, ").append(size[1]).append(" relationships; app -Xmx")
                .append(heap).append(", page cache ").append(pageCache).append('\n');
        md.append("- load: closed loop, each client waits for its answer; the whole mix first run ").append(warmAll.toSeconds())
                .append(" s against every target (JIT warm-up, not recorded), then per cell a warm-up of ").append(warmup.toSeconds())
                .append(" s then ").append(measure.toSeconds()).append(" s measured per cell; load client, SEI Graph, Neo4j and the peer all on this machine\n");
        md.append("- CPU% = server-side CPU over the measured window (100% = one core): SEI Graph's JVM (with Neo4j in it) for ours and raw, ")
                .append("Node.js + that JVM (Neo4j) for the peer; RSS = the serving process (app JVM, or Node.js for the peer)\n\n");
        md.append("| query | clients | target | req/s | p50 ms | p99 ms | errors | CPU% | RSS MB |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            Load.Result r = row.result();
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.2f | %.2f | %d | %.0f | %d |%n", row.query(), r.clients(),
                    row.target(), r.throughput(), r.p50Ms(), r.p99Ms(), r.errors(), r.serverCpuPct(), r.serverRssMb()));
        }
        md.append("\nRatios (ours ÷ other; p50 < 1 and req/s > 1 favour SEI Graph):\n\n");
        md.append("| query | clients | p50 ours/raw | p99 ours/raw | p50 ours/peer | req/s ours/peer |\n|---|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            if (!row.target().equals("ours")) {
                continue;
            }
            Load.Result us = row.result();
            Load.Result raw = find(rows, row.query(), "raw", us.clients());
            Load.Result peer = find(rows, row.query(), "peer", us.clients());
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", row.query(), us.clients(),
                    raw == null ? "–" : String.format(Locale.ROOT, "%.2f", us.p50Ms() / raw.p50Ms()),
                    raw == null ? "–" : String.format(Locale.ROOT, "%.2f", us.p99Ms() / raw.p99Ms()),
                    peer == null ? "–" : String.format(Locale.ROOT, "%.2f", us.p50Ms() / peer.p50Ms()),
                    peer == null ? "–" : String.format(Locale.ROOT, "%.2f", us.throughput() / peer.throughput())));
        }
        md.append("\nQueries (the peer's nearest equivalent where it differs):\n\n");
        for (QueryMix q : mix) {
            md.append("- `").append(q.name()).append("`: ").append(q.description()).append("; peer: ").append(q.peerNote()).append('\n');
        }
        md.append("\nOne answer from each target (bytes of the HTTP body, or rows from the driver):\n\n| query | ")
                .append(String.join(" | ", targets)).append(" |\n|---|").append("---|".repeat(targets.size())).append('\n')
                .append(check);
        return md.toString();
    }

    private static Load.Result find(List<Row> rows, String query, String target, int clients) {
        return rows.stream().filter(r -> r.query().equals(query) && r.target().equals(target) && r.result().clients() == clients)
                .map(Row::result).findFirst().orElse(null);
    }

    private static String probe(String target, QueryMix q, String ours, String peerUrl, Driver driver) throws Exception {
        if (target.equals("raw")) {
            try (Session s = driver.session()) {
                return s.executeRead(tx -> tx.run(q.raw(), q.rawParams()).list()).size() + " rows";
            }
        }
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target.equals("ours") ? ours : peerUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(target.equals("ours") ? q.ours() : q.peer())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.body().contains("\"errors\"")) {
            throw new IllegalStateException(target + " " + q.name() + ": " + r.body());
        }
        return r.body().getBytes(StandardCharsets.UTF_8).length + " B";
    }

    private static long[] graphSize(Driver driver) {
        try (Session s = driver.session()) {
            return s.executeRead(tx -> {
                long n = tx.run("MATCH (n:Entity) RETURN count(n) AS c").single().get("c").asLong();
                long r = tx.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
                return new long[] {n, r};
            });
        }
    }

    static void waitFor(String url, String body, Process process, Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("process exited with " + process.exitValue() + " before " + url + " answered");
            }
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5));
                if (body != null) {
                    b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
                }
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && (body != null || r.body().contains("\"UP\""))) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(url + " did not answer within " + timeout);
    }

    static int port(String given) throws IOException {
        if (given != null) {
            int p = Integer.parseInt(given);
            try (java.net.ServerSocket s = new java.net.ServerSocket(p, 1, java.net.InetAddress.getLoopbackAddress())) {
                return p;
            } catch (IOException e) {
                throw new IllegalStateException("port " + p + " is in use", e);
            }
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * The head every results file of the load benchmarks starts with: its title, the date, the command that wrote it
     * ({@code bench/run.sh <what> <args>}) and the machine with its load before and after.
     */
    static String header(String title, String what, String args, String uptimeBefore, String uptimeAfter) {
        return "# " + title + "\n\n"
                + "- date: " + OffsetDateTime.now().withNano(0) + '\n'
                + "- command: `bench/run.sh " + what + (args.isBlank() ? "" : " " + args) + "`\n"
                + "- machine: " + Runtime.getRuntime().availableProcessors() + " cores, shared with other work. `uptime` before: `"
                + uptimeBefore + "`, after: `" + uptimeAfter + "`\n";
    }

    /** The machine's {@code uptime} line (load averages), for results files. */
    public static String uptime() {
        return command("uptime");
    }

    private static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GiB";
            }
        }
        return "?";
    }

    private static String npmVersion(String pkg) {
        try {
            String json = Files.readString(Path.of("bench/peer/node_modules/" + pkg + "/package.json"));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            return "?";
        }
    }

    static String command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return out;
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    private BenchMain() {
    }
}
