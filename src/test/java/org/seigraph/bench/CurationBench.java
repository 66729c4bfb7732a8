package org.seigraph.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.seigraph.ingest.CuratedChanges;
import org.seigraph.support.GraphQlHttp;

import tools.jackson.databind.JsonNode;

/**
 * Curation costs, measured against a baseline in the same run. Two apps start as their own processes (the packaged
 * jar) on their own fresh stores with the bundled graph: BASE keeps it as it is; CURATED gets 1,000 approved changes
 * (an alias on every node, the English name of several hundred nodes, and LOCATED_IN edges from parks to districts:
 * most nodes and many lists then carry curated facts). Measured:
 * <ul>
 *   <li>approval: each of the 1,000 approved one by one ({@code approveChange} over HTTP, the request's whole round
 *       trip: lock, checks, apply, save, commit, cache refresh), p50/p90/p99/max;</li>
 *   <li>reads: the same read mix on BASE and CURATED in alternating rounds (one closed-loop client), p50/p99 per
 *       query and app: entities with sources, a list with nested fields, responsibilities, a graph view, park fit;</li>
 *   <li>history: {@code node(asOf:)} on CURATED for a moment before all 1,000 changes (each taken back).</li>
 * </ul>
 * Not a test: {@code bench/run.sh curation [--seconds 10 --rounds 3 --warmup 40]}. Writes bench/results/DATE-curation.md.
 * With {@code --baseline JAR}: approvals only, this build ({@code --jar}) and the baseline build side by side
 * ({@link #compareApprovals}).
 */
public final class CurationBench {

    static final String CURATOR = "bench-curator-7d1e2f3a4b5c6d7e";
    static final String REVIEWER = "bench-reviewer-1a2b3c4d5e6f7a8b";

    static final Map<String, String> READS = new LinkedHashMap<>();

    static {
        READS.put("node", "{ node(id: \"park:临港经济区\") { id name nameEn aliases sources { doc text curated change by at reason } } }");
        READS.put("nodes20", "{ nodes(ids: [\"park:临港经济区\", \"park:东疆保税港区\", \"subsector:海洋工程装备\", \"subsector:航空航天\", "
                + "\"bureau:市海洋局\", \"bureau:市科委\", \"technology:石墨烯\", \"district:滨海新区\", \"area:滨海新区\", \"industry:高端装备\", "
                + "\"subsector:智能制造\", \"subsector:新材料\", \"bureau:市工业和信息化委\", \"park:航空航天科技产业城\", \"park:临港经济区\", "
                + "\"subsector:生物医药\", \"subsector:新能源\", \"subsector:节能环保\", \"bureau:市发展改革委\", \"bureau:市商务委\"]) "
                + "{ id name nameEn aliases sources { curated change } } }");
        READS.put("subsectors19", "{ subsectors { id name nameEn aliases sources { curated change } sector { id nameEn } "
                + "bureaus { rank bureau { id nameEn } } technologies { id nameEn } parks { id nameEn } } }");
        READS.put("parks50", "{ parks(first: 50) { edges { node { id name nameEn aliases sources { curated change } "
                + "... on Park { locatedIn { id nameEn } } } } } }");
        // the same parks without their districts: tells the cost of the 200 curated LOCATED_IN edges in the answer
        // (more to read and write) from a cost of curation itself
        READS.put("parks50flat", "{ parks(first: 50) { edges { node { id name nameEn aliases sources { curated change } } } } }");
        READS.put("responsibilities", "{ responsibilities(subject: \"subsector:海洋工程装备\") { rank lead bureau { id nameEn aliases "
                + "sources { change } } sources { text } } }");
        READS.put("subgraph", "{ subgraph(ids: [\"park:临港经济区\"], hops: 2) { nodes { id sources { curated change } } "
                + "edges { id sources { curated change } } } }");
        READS.put("parkFit", "{ parkFit(need: {text: \"海洋油气装备\", limit: 10}) { rank score park { id nameEn } "
                + "reasons { kind curated sources { curated change } } } }");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "10"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "3"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "40"));
        int changes = Integer.parseInt(o.getOrDefault("changes", "1000"));
        String jar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        Path work = Path.of(o.getOrDefault("work", "target/bench/curation"));
        Path results = Path.of(o.getOrDefault("results", "bench/results"));
        String name = o.getOrDefault("name", "curation");
        // --jfr FILE: a flight recording of the CURATED app (profile settings), to see where an approval's time goes
        String jfr = o.get("jfr");
        // --reads false: approvals only (profiling); no read comparison, no history, no results file
        boolean reads = Boolean.parseBoolean(o.getOrDefault("reads", "true"));
        deleteTree(work);
        Files.createDirectories(work);
        Files.createDirectories(results);
        String uptimeBefore = BenchMain.uptime();
        StringBuilder report = new StringBuilder();
        // --baseline JAR: approvals only, on this build and on the baseline build side by side (alternating)
        String baseline = o.get("baseline");
        if (baseline != null) {
            compareApprovals(jar, baseline, changes, work, results, name, args, uptimeBefore);
            return;
        }

        try (Apps apps = Apps.inTurn(() -> App.start("base", jar, work, null), () -> App.start("curated", jar, work, jfr))) {
            App base = apps.first();
            App curated = apps.second();
            OffsetDateTime beforeChanges = OffsetDateTime.now();
            Thread.sleep(50);

            // 1,000 proposals through the import API, then approved one by one, each timed
            List<String> ids = curated.proposeAll(changes);
            Histogram approvals = new Histogram(3_600_000_000L, 3);
            long started = System.nanoTime();
            for (String id : ids) {
                long t0 = System.nanoTime();
                JsonNode answer = curated.graphql("mutation { approveChange(id: \"" + id + "\", version: 0) { applied } }", REVIEWER);
                approvals.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                if (!answer.at("/data/approveChange/applied").asBoolean()) {
                    throw new IllegalStateException("approval failed: " + answer);
                }
            }
            double approvalSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "Approved %d changes in %.1f s: p50 %.1f ms, p90 %.1f, p99 %.1f, max %.1f%n", ids.size(),
                    approvalSeconds, ms(approvals, 50), ms(approvals, 90), ms(approvals, 99), approvals.getMaxValue() / 1000.0);
            if (!reads) {
                return;
            }

            // the same reads on both apps: warm-up, then alternating rounds
            for (App app : List.of(base, curated)) {
                long until = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
                while (System.nanoTime() < until) {
                    for (String q : READS.values()) {
                        app.graphql(q, null);
                    }
                }
            }
            Map<String, Histogram> hist = new LinkedHashMap<>();
            Map<String, Integer> bytes = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (App app : List.of(base, curated)) {
                    for (Map.Entry<String, String> read : READS.entrySet()) {
                        Histogram h = hist.computeIfAbsent(app.name + "/" + read.getKey(), k -> new Histogram(3_600_000_000L, 3));
                        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos() / READS.size();
                        while (System.nanoTime() < until) {
                            long t0 = System.nanoTime();
                            JsonNode answer = app.graphql(read.getValue(), null);
                            h.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                            if (answer.has("errors")) {
                                throw new IllegalStateException(read.getKey() + " failed: " + answer);
                            }
                            bytes.putIfAbsent(app.name + "/" + read.getKey(), answer.toString().getBytes(StandardCharsets.UTF_8).length);
                        }
                    }
                }
            }
            Histogram asOf = new Histogram(3_600_000_000L, 3);
            String asOfQuery = "{ node(id: \"park:临港经济区\", asOf: \"" + beforeChanges + "\") { id nameEn aliases } }";
            for (int i = 0; i < 20; i++) {
                long t0 = System.nanoTime();
                JsonNode answer = curated.graphql(asOfQuery, null);
                asOf.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                if (answer.has("errors")) {
                    throw new IllegalStateException("asOf failed: " + answer);
                }
            }

            String uptimeAfter = BenchMain.uptime();
            report.append(BenchMain.header("Curation benchmark", "curation", String.join(" ", args), uptimeBefore.strip(),
                            uptimeAfter.strip())).append('\n')
                    .append("Two apps (packaged jar, own processes, own fresh stores, bundled graph, `-Xmx768m`): BASE as bundled, ")
                    .append("CURATED with ").append(ids.size()).append(" approved changes (aliases on every node, English names of ")
                    .append("hundreds of nodes, LOCATED_IN edges from parks to districts). One closed-loop HTTP client.\n\n")
                    .append("## Approval (`approveChange`, whole HTTP round trip, one at a time)\n\n")
                    .append("| approvals | p50 ms | p90 ms | p99 ms | max ms | total s |\n|---:|---:|---:|---:|---:|---:|\n")
                    .append(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n%n", ids.size(), ms(approvals, 50),
                            ms(approvals, 90), ms(approvals, 99), approvals.getMaxValue() / 1000.0, approvalSeconds))
                    .append("## Reads: BASE (no change) vs CURATED (").append(ids.size()).append(" approved changes), ")
                    .append(rounds).append(" alternating rounds of ").append(seconds).append(" s per app, after ")
                    .append(warmup).append(" s warm-up each\n\n")
                    .append("| query | base p50 ms | curated p50 ms | ratio p50 | base p99 ms | curated p99 ms | base n | curated n "
                            + "| base answer KB | curated answer KB |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String q : READS.keySet()) {
                Histogram b = hist.get("base/" + q);
                Histogram c = hist.get("curated/" + q);
                report.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.1f | %.1f |%n", q,
                        ms(b, 50), ms(c, 50), ms(c, 50) / ms(b, 50), ms(b, 99), ms(c, 99), b.getTotalCount(), c.getTotalCount(),
                        bytes.get("base/" + q) / 1024.0, bytes.get("curated/" + q) / 1024.0));
            }
            report.append(String.format(Locale.ROOT, "%n## History%n%n`node(asOf:)` before all %d changes (each taken back in a rolled-back "
                            + "transaction): p50 %.1f ms, max %.1f ms over %d requests.%n", ids.size(), ms(asOf, 50),
                    asOf.getMaxValue() / 1000.0, asOf.getTotalCount()));
            System.out.println(report);
            Files.writeString(results.resolve(LocalDate.now() + "-" + name + ".md"), report, StandardCharsets.UTF_8);
        }
    }

    /**
     * Two apps on fresh stores, one from {@code jar} and one from {@code baseline}, each given the same proposals; the
     * approvals alternate between them one by one (which goes first alternates too), so both meet the same machine.
     * Besides the HTTP round trip, each app's own log gives the time inside the transaction ("Approved and applied
     * ... in N ms": lock, checks, apply, save, commit).
     */
    private static void compareApprovals(String jar, String baseline, int changes, Path work, Path results, String name,
                                         String[] args, String uptimeBefore) throws Exception {
        try (Apps apps = Apps.inTurn(() -> App.start("baseline", baseline, work, null), () -> App.start("new", jar, work, null))) {
            App base = apps.first();
            App next = apps.second();
            List<String> baseIds = base.proposeAll(changes);
            List<String> nextIds = next.proposeAll(changes);
            Map<App, List<String>> ids = Map.of(base, baseIds, next, nextIds);
            Map<App, Histogram> hist = new LinkedHashMap<>();
            hist.put(base, new Histogram(3_600_000_000L, 3));
            hist.put(next, new Histogram(3_600_000_000L, 3));
            int n = Math.min(baseIds.size(), nextIds.size());
            for (int i = 0; i < n; i++) {
                for (App app : i % 2 == 0 ? List.of(base, next) : List.of(next, base)) {
                    long t0 = System.nanoTime();
                    JsonNode answer = app.graphql("mutation { approveChange(id: \"" + ids.get(app).get(i) + "\", version: 0) { applied } }",
                            REVIEWER);
                    hist.get(app).recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    if (!answer.at("/data/approveChange/applied").asBoolean()) {
                        throw new IllegalStateException(app.name + ": approval failed: " + answer);
                    }
                }
            }
            String uptimeAfter = BenchMain.uptime();
            StringBuilder report = new StringBuilder();
            report.append(BenchMain.header("Curation approvals, two builds side by side", "curation", String.join(" ", args),
                            uptimeBefore.strip(), uptimeAfter.strip())).append('\n')
                    .append("Two apps (packaged jars `").append(baseline).append("` and `").append(jar).append("`, own processes, ")
                    .append("own fresh stores, bundled graph, `-Xmx768m`), each given the same ").append(n).append(" proposals ")
                    .append("(aliases, English names, park → district LOCATED_IN edges), approved one by one over HTTP, alternating ")
                    .append("between the two apps. One closed-loop client.\n\n")
                    .append("| build | approvals | p50 ms | p90 ms | p99 ms | max ms | in the server (Tomcat access log): p50 / p90 / p99 / max ms "
                            + "| in the transaction (server log): p50 / p90 / p99 / max ms |\n")
                    .append("|---|---:|---:|---:|---:|---:|---|---|\n");
            for (App app : hist.keySet()) {
                Histogram h = hist.get(app);
                Histogram http = accessLogTimes(work, app.name + "-access");
                Histogram server = serverTimes(work.resolve(app.name + ".log"));
                report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f / %.1f / %.1f / %.1f | %d / %d / %d / %d |%n",
                        app == base ? "baseline" : "new", h.getTotalCount(), ms(h, 50), ms(h, 90), ms(h, 99), h.getMaxValue() / 1000.0,
                        ms(http, 50), ms(http, 90), ms(http, 99), http.getMaxValue() / 1000.0,
                        server.getValueAtPercentile(50), server.getValueAtPercentile(90), server.getValueAtPercentile(99),
                        server.getMaxValue()));
            }
            report.append("\nBetween the server's time and the client's: the request and the answer on the loopback and the client's own "
                    + "work (the JDK HTTP client hands each exchange between its threads). Between the transaction and the server's "
                    + "time: HTTP, security filters, GraphQL parse, validation and execution, the answer's JSON.\n");
            System.out.println(report);
            Files.writeString(results.resolve(LocalDate.now() + "-" + name + ".md"), report, StandardCharsets.UTF_8);
        }
    }

    /** The server's time of each approval ({@code POST /graphql}: only approvals go there), from its access log (µs). */
    private static Histogram accessLogTimes(Path work, String prefix) throws IOException {
        Histogram h = new Histogram(3_600_000_000L, 3);
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(work)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                lines.addAll(Files.readAllLines(log, StandardCharsets.UTF_8));
            }
        }
        for (String l : lines) {
            String[] f = l.split(" ");
            if (f.length == 4 && f[0].equals("POST") && f[1].equals("/graphql")) {
                h.recordValue(Math.max(1, Long.parseLong(f[3])));
            }
        }
        return h;
    }

    /** The apps' own "Approved and applied N change(s) by ... in M ms" lines, M in a histogram (ms). */
    private static Histogram serverTimes(Path log) throws IOException {
        Histogram h = new Histogram(3_600_000L, 3);
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("Approved and applied \\d+ change\\(s\\) by \\S+ in (\\d+) ms");
        for (String l : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher m = line.matcher(l);
            if (m.find()) {
                h.recordValue(Math.max(0, Long.parseLong(m.group(1))));
            }
        }
        return h;
    }

    private static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    /**
     * Two apps started one after the other (two JVMs starting at once on 2 cores take far longer than twice one);
     * closing the pair stops both.
     */
    private record Apps(App first, App second) implements AutoCloseable {

        interface Launch {
            App start() throws IOException;
        }

        static Apps inTurn(Launch first, Launch second) throws Exception {
            App a = first.start();
            App b = null;
            try {
                a.waitUp();
                b = second.start();
                b.waitUp();
                return new Apps(a, b);
            } catch (Exception | Error e) {
                a.stop();
                if (b != null) {
                    b.stop();
                }
                throw e;
            }
        }

        @Override
        public void close() throws InterruptedException {
            first.stop();
            second.stop();
        }
    }

    /** One app as its own process. */
    private static final class App {
        final String name;
        final Process process;
        final int port;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        private App(String name, Process process, int port) {
            this.name = name;
            this.process = process;
            this.port = port;
        }

        static App start(String name, String jar, Path work, String jfr) throws IOException {
            int port = BenchMain.port(null);
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(List.of(("--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
                    + "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED "
                    + "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED").split(" ")));
            if (jfr != null) {
                cmd.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            }
            cmd.addAll(List.of("-Xmx768m", "-jar", jar, "--server.port=" + port,
                    "--seigraph.embedded.store-dir=" + work.resolve("store-" + name), "--seigraph.embedded.bolt-port=0",
                    "--seigraph.embedded.preallocate-transaction-logs=false", "--seigraph.embedded.transaction-timeout=10m",
                    "--seigraph.curation.curator-tokens=curator:" + CURATOR, "--seigraph.curation.reviewer-tokens=reviewer:" + REVIEWER,
                    "--spring.main.banner-mode=off",
                    // one line per request, with the server's own time for it (request received to response sent, µs)
                    "--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + work.toAbsolutePath(),
                    "--server.tomcat.accesslog.prefix=" + name + "-access", "--server.tomcat.accesslog.suffix=.log",
                    "--server.tomcat.accesslog.rotate=false", "--server.tomcat.accesslog.buffered=false",
                    "--server.tomcat.accesslog.pattern=%m %U %s %D"));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile()).start();
            return new App(name, p, port);
        }

        void waitUp() throws Exception {
            BenchMain.waitFor("http://127.0.0.1:" + port + "/actuator/health", null, process, Duration.ofMinutes(20));
        }

        JsonNode graphql(String query, String token) {
            try {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(GraphQlHttp.JSON.writeValueAsString(Map.of("query", query))));
                if (token != null) {
                    b.header("Authorization", "Bearer " + token);
                }
                return GraphQlHttp.JSON.readTree(http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** {@code n} proposals in one import: aliases on every node, English names, park → district edges. */
        List<String> proposeAll(int n) throws Exception {
            List<String> nodes = new ArrayList<>();
            List<String> named = new ArrayList<>();
            List<String> parks = new ArrayList<>();
            List<String> districts = new ArrayList<>();
            JsonNode rows = GraphQlHttp.JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cypher"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Section "
                            + "RETURN n.id AS id, n.nameEn IS NOT NULL AS named, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, "
                            + "[(n)-[:LOCATED_IN]->(d) | d.id] AS located ORDER BY id\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("rows");
            Map<String, List<String>> located = new LinkedHashMap<>();
            for (JsonNode r : rows) {
                String id = r.get("id").asString();
                nodes.add(id);
                if (r.get("named").asBoolean()) {
                    named.add(id);
                }
                if (r.get("kind").asString().equals("Park")) {
                    parks.add(id);
                    List<String> l = new ArrayList<>();
                    r.get("located").forEach(d -> l.add(d.asString()));
                    located.put(id, l);
                } else if (r.get("kind").asString().equals("District")) {
                    districts.add(id);
                }
            }
            List<Map<String, String>> out = new ArrayList<>();
            for (String park : parks) {
                for (String district : districts) {
                    if (out.size() < n / 5 && !located.get(park).contains(district)) {
                        out.add(row("ADD", "RELATIONSHIP", Map.of("type", "LOCATED_IN", "from", park, "to", district)));
                    }
                }
            }
            for (int i = 0; out.size() < n; i++) {
                String node = nodes.get(i % nodes.size());
                if (i < named.size() && out.size() < n * 3 / 5) {
                    out.add(row("CHANGE", "PROPERTY", Map.of("entity", named.get(i), "key", "nameEn", "value", "\"Curated " + i + "\"")));
                } else {
                    out.add(row("ADD", "ALIAS", Map.of("entity", node, "alias", "bench-" + i)));
                }
            }
            StringWriter csv = new StringWriter();
            CuratedChanges.write(csv, out);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/curation/import"))
                    .header("Content-Type", "text/csv").header("Authorization", "Bearer " + CURATOR)
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode report = GraphQlHttp.JSON.readTree(r.body());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + r.body());
            }
            List<String> ids = new ArrayList<>();
            report.get("proposed").forEach(id -> ids.add(id.asString()));
            return ids;
        }

        private static Map<String, String> row(String action, String target, Map<String, String> fields) {
            Map<String, String> row = new LinkedHashMap<>(fields);
            row.put("action", action);
            row.put("target", target);
            row.put("reason", "benchmark");
            row.put("sourceKind", "LOCAL_KNOWLEDGE");
            return row;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
