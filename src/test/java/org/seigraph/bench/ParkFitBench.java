package org.seigraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.seigraph.support.GraphQlHttp;

/**
 * Latency of {@code parkFit} for free-text needs at N concurrent HTTP clients (default 4), beside a baseline in
 * the same run: {@code search} alone for the same texts (the first step of every free-text need). Like
 * {@link BenchMain} it starts the packaged jar as its own process on its own store and ports, so the load
 * client's threads, allocation and GC are not inside the server's JVM. Each client has its own HTTP/1.1
 * connection, sends, waits, sends again, rotating over {@link #TEXTS}. Phases per round: search, parkFit,
 * parkFit + paths + parkFitResolution. Prints one table and writes it to bench/results/DATE-NAME.md.
 * Not a test; run it with {@code bench/run.sh parkfit} (bench/README.md, "Park fit"). Options
 * ({@code --key value}): seconds (20), warmup (60; the JIT needs it on 2 cores: after 30 s the first 20 s
 * round still cost twice the server CPU per request of the second), settle (0 = off; a percentage: after the fixed
 * warm-up, go on warming in 10 s slices until the app's JIT compiler threads take less than this share of its CPU,
 * the steady state a long-running server is in), warmup-max (300 s, with settle), clients (4), rounds (1), phases (search,fit,full), name
 * (parkfit), jar, heap (768m), page-cache (64m), store, jfr (a file: JFR profile of the measured phases of the last
 * round), results, app-args (more arguments for the app, e.g. {@code --seigraph.text.model-threads=1}). Phases
 * {@code fit-new} and {@code full-new} send a need never sent before with every request ({@link NewNeeds}); the model
 * runs for each only with {@code --app-args --seigraph.text.recent-vectors=0}, since the needs of one corpus case differ
 * in their origin words, which are not terms, and the model is given the terms.
 */
public final class ParkFitBench {

    static final List<String> TEXTS = List.of("海洋油气装备", "石墨烯", "animation studio", "锂离子动力电池", "新能源汽车",
            "European advanced manufacturing", "北京一家做新能源汽车动力电池的企业", "手机游戏 动漫");

    static final String SEARCH = "query($t: String!) { search(text: $t, first: 10) { entity { id name } score } }";
    public static final String FIT = """
            query($need: ParkNeedInput!) {
              parkFit(need: $need) { rank score park { id name }
                reasons { kind weight curated summary sources { section text curated } } }
            }""";
    static final String FIT_AND_RESOLUTION = """
            query($need: ParkNeedInput!) {
              parkFit(need: $need) { rank score park { id name }
                reasons { kind weight curated summary sources { section text curated } path { nodes { id } edges { id } } } }
              parkFitResolution(need: $need) { explanation needs { id } textMatches { entity { id } used why } }
            }""";

    /**
     * One phase: its name and the request body for text i; {@code baseline} = sent to the full-text-only app;
     * {@code unique} = every request takes the next body never sent before ({@link NewNeeds}), instead of rotating.
     */
    record Phase(String name, List<String> bodies, boolean baseline, boolean unique) {
        Phase(String name, List<String> bodies) {
            this(name, bodies, false, false);
        }

        Phase(String name, List<String> bodies, boolean baseline) {
            this(name, bodies, baseline, false);
        }
    }

    /** Bodies of needs never asked before, shared by all phases and rounds of a run: none is sent twice. */
    static final java.util.concurrent.atomic.AtomicInteger NEXT_NEW = new java.util.concurrent.atomic.AtomicInteger();

    /** The baseline app: the same jar with every retrieval stage but full text switched off (search as it was). */
    static final List<String> FULL_TEXT_ONLY = List.of("--seigraph.text.segmentation=false",
            "--seigraph.text.synonyms=false", "--seigraph.text.vectors=false");

    record Result(String phase, int round, int clients, long requests, long errors, double seconds, double p50, double p90,
                  double p99, double max, double cpuMsPerRequest, String firstError, Histogram histogram,
                  double jitPercent) {
    }

    /** The arguments of this run, for the report. */
    private static List<String> runArgs = List.of();

    public static void main(String[] args) throws Exception {
        runArgs = List.of(args);
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "60"));
        double settle = Double.parseDouble(o.getOrDefault("settle", "0"));
        int warmupMax = Integer.parseInt(o.getOrDefault("warmup-max", "300"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "1"));
        String name = o.getOrDefault("name", "parkfit");
        String jar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        String heap = o.getOrDefault("heap", "768m");
        String pageCache = o.getOrDefault("page-cache", "64m");
        Path store = Path.of(o.getOrDefault("store", "target/bench/store-parkfit"));
        Path results = Path.of(o.getOrDefault("results", "bench/results"));
        String jfr = o.get("jfr");
        Files.createDirectories(results);
        Path logs = Path.of("target/bench");
        Files.createDirectories(logs);

        Map<String, Phase> known = new LinkedHashMap<>();
        known.put("search-ft", new Phase("search, full text only (baseline app)", bodies(SEARCH, t -> Map.of("t", t)), true));
        known.put("search", new Phase("search(text) alone", bodies(SEARCH, t -> Map.of("t", t))));
        known.put("fit", new Phase("parkFit(need: {text})", bodies(FIT, t -> Map.of("need", Map.of("text", t)))));
        known.put("full", new Phase("parkFit + paths + parkFitResolution",
                bodies(FIT_AND_RESOLUTION, t -> Map.of("need", Map.of("text", t)))));
        // needs never seen before: every request embeds its need (no recent-vector cache hit)
        List<String> newNeeds = NewNeeds.all();
        known.put("fit-new", new Phase("parkFit(need: {text}), every need new", bodies(FIT, newNeeds,
                t -> Map.of("need", Map.of("text", t))), false, true));
        known.put("full-new", new Phase("parkFit + paths + parkFitResolution, every need new", bodies(FIT_AND_RESOLUTION,
                newNeeds, t -> Map.of("need", Map.of("text", t))), false, true));
        List<Phase> phases = java.util.Arrays.stream(o.getOrDefault("phases", "search-ft,search,fit,full").split(","))
                .map(k -> java.util.Objects.requireNonNull(known.get(k),
                        "phase " + k + " (search-ft, search, fit, full, fit-new, full-new)")).toList();
        boolean baseline = phases.stream().anyMatch(Phase::baseline);

        String uptimeBefore = BenchMain.uptime();
        int httpPort = BenchMain.port(null);
        int boltPort = BenchMain.port(null);
        List<String> appCmd = new ArrayList<>(List.of("java"));
        appCmd.addAll(List.of(BenchMain.OPENS.split(" ")));
        appCmd.add("-Xmx" + heap);
        appCmd.addAll(List.of("-jar", jar, "--seigraph.embedded.store-dir=" + store.toAbsolutePath(),
                "--seigraph.embedded.bolt-port=" + boltPort, "--server.port=" + httpPort,
                "--seigraph.embedded.page-cache=" + pageCache, "--seigraph.store.load-on-start=true",
                "--seigraph.embedded.preallocate-transaction-logs=false"));
        String appArgs = o.getOrDefault("app-args", "").strip();
        if (!appArgs.isEmpty()) {
            appCmd.addAll(List.of(appArgs.split("\\s+")));
        }
        System.err.println("starting SEI Graph: " + String.join(" ", appCmd));
        long appStarted = System.nanoTime();
        Process app = new ProcessBuilder(appCmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("app-" + name + ".log").toFile()).start();
        Process base = null;
        try {
            String url = "http://127.0.0.1:" + httpPort + "/graphql";
            BenchMain.waitFor("http://127.0.0.1:" + httpPort + "/actuator/health", null, app, Duration.ofMinutes(10));
            double appUpSeconds = (System.nanoTime() - appStarted) / 1e9;
            // the text index (dictionary, vectors) is built in the background after start-up: measure once it is there
            double indexSeconds = awaitTextIndex(url, Duration.ofMinutes(15));
            double indexReadySeconds = (System.nanoTime() - appStarted) / 1e9;
            String baseUrl = null;
            double baseUpSeconds = 0;
            if (baseline) {
                int baseHttp = BenchMain.port(null);
                List<String> baseCmd = new ArrayList<>(appCmd.subList(0, appCmd.indexOf("-jar") + 2));
                baseCmd.addAll(List.of("--seigraph.embedded.store-dir=" + store.toAbsolutePath() + "-fulltext",
                        "--seigraph.embedded.bolt-port=" + BenchMain.port(null), "--server.port=" + baseHttp,
                        "--seigraph.embedded.page-cache=" + pageCache, "--seigraph.store.load-on-start=true",
                        "--seigraph.embedded.preallocate-transaction-logs=false"));
                baseCmd.addAll(FULL_TEXT_ONLY);
                System.err.println("starting the full-text-only baseline: " + String.join(" ", baseCmd));
                long baseStarted = System.nanoTime();
                base = new ProcessBuilder(baseCmd).redirectErrorStream(true)
                        .redirectOutput(logs.resolve("app-" + name + "-fulltext.log").toFile()).start();
                BenchMain.waitFor("http://127.0.0.1:" + baseHttp + "/actuator/health", null, base, Duration.ofMinutes(10));
                baseUpSeconds = (System.nanoTime() - baseStarted) / 1e9;
                baseUrl = "http://127.0.0.1:" + baseHttp + "/graphql";
            }
            String startup = String.format(Locale.ROOT, "- start-up (process start to health UP, the machine as it was): this "
                    + "app %.1f s%s; its text index (segmenter dictionary, embedding model, vectors of %s) ready %.1f s "
                    + "after start, %.1f s after health UP; from its log: %s%n", appUpSeconds, baseline
                    ? String.format(Locale.ROOT, ", the full-text-only baseline %.1f s (started while this one idled)", baseUpSeconds) : "",
                    "every distinct text", indexReadySeconds, indexSeconds, logLines(logs.resolve("app-" + name + ".log")));
            StringBuilder check = new StringBuilder();
            HttpClient probe = HttpClient.newHttpClient();
            for (int i = 0; i < TEXTS.size(); i++) {
                check.append("| ").append(TEXTS.get(i));
                for (Phase p : phases) {
                    String body = send(probe, p.baseline() ? baseUrl : url,
                            p.unique() ? p.bodies().get(p.bodies().size() - 1 - i) : p.bodies().get(i));
                    check.append(" | ").append(body.getBytes(StandardCharsets.UTF_8).length).append(" B");
                }
                check.append(" |\n");
            }
            System.err.printf("app up (pid %d); %d clients, %d s per phase, %d round(s); load: %s%n", app.pid(), clients,
                    seconds, rounds, uptimeBefore);
            // warm-up, not measured
            Phase warm = new Phase("warm-up", warmUpBodies(known));
            String warmedUp = warmUp(warm, url, clients, warmup, settle, warmupMax, app.pid());
            if (baseline) {
                warmedUp += "; the full-text-only baseline app: " + warmUp(known.get("search-ft"), baseUrl, clients,
                        Math.max(10, warmup / 3), settle, warmupMax, base.pid());
            }
            List<Result> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                boolean profile = jfr != null && round == rounds;
                if (profile) {
                    System.err.println(BenchMain.command("jcmd", String.valueOf(app.pid()), "JFR.start", "name=parkfit",
                            "settings=profile", "filename=" + Path.of(jfr).toAbsolutePath()));
                }
                for (Phase p : phases) {
                    System.err.println("phase " + p.name() + " starts " + java.time.LocalTime.now());
                    Result r = run(p, round, p.baseline() ? baseUrl : url, clients, seconds, p.baseline() ? base.pid() : app.pid());
                    rows.add(r);
                    System.err.printf(Locale.ROOT, "round %d %-38s n=%6d %6.1f req/s p50 %6.2f p90 %6.2f p99 %6.2f max %7.2f ms "
                                    + "cpu %.2f ms/req jit %.1f %% err %d%s%n", round, p.name(), r.requests(),
                            r.requests() / r.seconds(), r.p50(), r.p90(), r.p99(), r.max(), r.cpuMsPerRequest(),
                            r.jitPercent(), r.errors(),
                            r.firstError() == null ? "" : " first error: " + r.firstError());
                }
                if (profile) {
                    System.err.println(BenchMain.command("jcmd", String.valueOf(app.pid()), "JFR.stop", "name=parkfit"));
                }
            }
            String uptimeAfter = BenchMain.uptime();
            String md = report(name, clients, seconds, warmedUp, rounds, heap, pageCache, phases, rows, check.toString(),
                    uptimeBefore, uptimeAfter) + "\n" + startup;
            System.out.println(md);
            Files.writeString(results.resolve(LocalDate.now() + "-" + name + ".md"), md);
        } finally {
            if (base != null) {
                base.destroy();
                base.waitFor();
            }
            app.destroy();
            app.waitFor();
        }
    }

    /** Seconds until parkFitResolution says the text vectors are ready. */
    static double awaitTextIndex(String url, Duration timeout) throws Exception {
        long started = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        String body = GraphQlHttp.JSON.writeValueAsString(Map.of("query",
                "{ parkFitResolution(need: {text: \"锂电池\"}) { vectorsReady } }"));
        while (System.nanoTime() - started < timeout.toNanos()) {
            try {
                if (send(http, url, body).contains("\"vectorsReady\":true")) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IllegalStateException e) {
                // an error answer while the index is built (on a large store the question can run past the query
                // time limit while the indexer reads every entity): ask again
                System.err.println("text index not ready yet: " + e.getMessage().substring(0, Math.min(160, e.getMessage().length())));
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("text index not ready after " + timeout);
    }

    /** The app's own timings of the text index (segmenter dictionary, model load, vectors). */
    static String logLines(Path log) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (line.contains("Segmenter (jieba) dictionary read") || line.contains("Embedding model")
                    || line.contains("Text vectors:") || line.contains("Started SeiGraphApplication")) {
                out.add("`" + line.replaceFirst("^.*?: ", "") + "`");
            }
        }
        return String.join("; ", out);
    }

    static List<String> bodies(String query, java.util.function.Function<String, Map<String, Object>> variables) {
        return bodies(query, TEXTS, variables);
    }

    static List<String> bodies(String query, List<String> texts,
                               java.util.function.Function<String, Map<String, Object>> variables) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", variables.apply(t));
            out.add(GraphQlHttp.JSON.writeValueAsString(body));
        }
        return out;
    }

    /**
     * Needs at the end of the new-needs list that only the warm-up sends ({@link #warmUpBodies}); the phases that send each
     * need once stop before them.
     */
    static final int WARM_NEEDS = 4000;

    /**
     * What the warm-up sends, in turn: parkFit and search for the fixed texts, and parkFit and parkFit + paths +
     * parkFitResolution for the warm-up needs, so that the code the new-need phases run is compiled before they are
     * measured (a warm-up of the fixed texts alone leaves the JIT compiling through those phases).
     */
    static List<String> warmUpBodies(Map<String, Phase> known) {
        List<String> fit = known.get("fit").bodies();
        List<String> search = known.get("search").bodies();
        List<String> fitNew = known.get("fit-new").bodies();
        List<String> fullNew = known.get("full-new").bodies();
        int from = fitNew.size() - TEXTS.size() - WARM_NEEDS;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WARM_NEEDS; i++) {
            out.add(fit.get(i % fit.size()));
            out.add(search.get(i % search.size()));
            out.add(fitNew.get(from + i));
            out.add(fullNew.get(from + i));
        }
        return out;
    }

    static List<String> interleave(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i));
            out.add(b.get(i));
        }
        return out;
    }

    static String send(HttpClient client, String url, String body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String b = r.body();
        if (r.statusCode() != 200 || b.contains("\"errors\"") || !b.startsWith("{\"data\"")) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + b.substring(0, Math.min(300, b.length())));
        }
        return b;
    }

    /** Closed loop: each client sends body i, waits, sends body i + clients, ...; only the measured window counts. */
    static Result run(Phase phase, int round, String url, int clients, int seconds, long serverPid) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        List<Thread> threads = new ArrayList<>();
        int n = phase.bodies().size();
        // a unique phase never reaches the bodies the warm-up and the probe send (the last ones)
        int uniqueEnd = n - TEXTS.size() - WARM_NEEDS;
        for (int c = 0; c < clients; c++) {
            final int client = c;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            Thread t = new Thread(() -> {
                for (int i = client; !stop.get(); i += clients) {
                    String body;
                    if (phase.unique()) {
                        int next = NEXT_NEW.getAndIncrement();
                        if (next >= uniqueEnd) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError.isEmpty()) {
                                    firstError.append("ran out of new needs after ").append(next).append(" requests");
                                }
                            }
                            return;
                        }
                        body = phase.bodies().get(next);
                    } else {
                        body = phase.bodies().get(i % n);
                    }
                    long start = System.nanoTime();
                    try {
                        send(http, url, body);
                        recorder.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                            if (firstError.isEmpty()) {
                                firstError.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
                            }
                        }
                    }
                }
            }, "client-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        // the first second of every phase is not measured (connections, switching from the previous phase)
        threads.forEach(Thread::start);
        Thread.sleep(1000);
        recorder.reset();
        errors.set(0);
        long cpuBefore = ProcStats.cpuTicks(serverPid);
        long jitBefore = ProcStats.compilerTicks(serverPid);
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        Histogram h = recorder.getIntervalHistogram();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long cpuAfter = ProcStats.cpuTicks(serverPid);
        long jitAfter = ProcStats.compilerTicks(serverPid);
        stop.set(true);
        for (Thread t : threads) {
            t.join(35_000);
        }
        long count = h.getTotalCount();
        return new Result(phase.name(), round, clients, count, errors.get(), elapsed, ms(h, 50), ms(h, 90), ms(h, 99),
                h.getMaxValue() / 1000.0, count == 0 ? 0 : 1000.0 * (cpuAfter - cpuBefore) / ProcStats.TICKS_PER_SECOND / count,
                firstError.isEmpty() ? null : firstError.toString(), h,
                cpuAfter > cpuBefore ? 100.0 * (jitAfter - jitBefore) / (cpuAfter - cpuBefore) : 0);
    }

    /**
     * Warms an app up with a phase's requests for {@code fixed} seconds and then, when {@code settle} is above 0, in
     * {@link #SETTLE_SLICE} slices until its JIT compiler threads took less than {@code settle} percent of its CPU in
     * a slice (on 2 cores C2 still compiles long after a minute of load), at most {@code max} seconds in all.
     * Returns how the warm-up went, for the report.
     */
    static String warmUp(Phase warm, String url, int clients, int fixed, double settle, int max, long pid) throws Exception {
        Result warmed = run(warm, 0, url, clients, fixed, pid);
        int seconds = fixed;
        while (settle > 0 && warmed.jitPercent() >= settle && seconds + SETTLE_SLICE <= max) {
            warmed = run(warm, 0, url, clients, SETTLE_SLICE, pid);
            seconds += SETTLE_SLICE + 1; // each run has an unmeasured first second
            System.err.printf(Locale.ROOT, "warm-up %d s: JIT %.1f %% of the app's CPU, %.2f ms CPU/req%n",
                    seconds, warmed.jitPercent(), warmed.cpuMsPerRequest());
        }
        return settle <= 0 ? fixed + " s" : String.format(Locale.ROOT, "%d s (%d s fixed, then in %d s slices until the "
                        + "JIT compiler threads used less than %.0f %% of the app's CPU in a slice, at most %d s; last slice "
                        + "%.1f %%%s)", seconds, fixed, SETTLE_SLICE, settle, max, warmed.jitPercent(),
                warmed.jitPercent() >= settle ? ", not settled" : "");
    }

    /** Seconds of one warm-up slice while waiting for the JIT to settle. */
    static final int SETTLE_SLICE = 10;

    static double ms(Histogram h, double percentile) {
        return h.getValueAtPercentile(percentile) / 1000.0;
    }

    static String report(String name, int clients, int seconds, String warmedUp, int rounds, String heap, String pageCache,
                         List<Phase> phases, List<Result> rows, String check, String uptimeBefore, String uptimeAfter) {
        StringBuilder md = new StringBuilder();
        md.append(BenchMain.header("Park fit latency: " + name, "parkfit", String.join(" ", runArgs), uptimeBefore, uptimeAfter));
        md.append("- harness: `ParkFitBench` (`bench/run.sh parkfit`): the jar in its own JVM (-Xmx").append(heap)
                .append(", page cache ").append(pageCache).append("), seed graph, ").append(clients)
                .append(" closed-loop HTTP/1.1 clients in a second JVM (Java ").append(System.getProperty("java.version"))
                .append("), both on this machine; warm-up ").append(warmedUp).append(", then per round and phase 1 s unmeasured + ")
                .append(seconds).append(" s measured; ").append(rounds).append(" round(s)\n");
        md.append("- texts (rotating, client c starts at text c): ").append(String.join(" · ", TEXTS)).append('\n');
        if (phases.stream().anyMatch(Phase::unique)) {
            md.append("- \"every need new\" phases: each request takes the next of ").append(NewNeeds.all().size())
                    .append(" needs none of which is sent twice in a run (").append(NewNeeds.describe())
                    .append("); ").append(NEXT_NEW.get()).append(" were used, and the warm-up sent ").append(WARM_NEEDS)
                    .append(" others, the same ones again and again. The model is given a need's terms, and origin "
                            + "words are not terms, so the origins of one need and request share one vector: unless the "
                            + "app runs with `--seigraph.text.recent-vectors=0` (in the command's app-args), a need whose "
                            + "terms were embedded before in the run comes from the recent-vector cache\n");
        }
        md.append("- CPU ms/req = the app JVM's CPU time (Neo4j inside) over the measured window ÷ requests; JIT % = the "
                + "share of that CPU time spent by its JIT compiler threads (still warming up when it is high)\n\n");
        md.append("| round | phase | clients | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | CPU ms/req | JIT % | errors |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %d |%n",
                    r.round(), r.phase(), r.clients(), r.requests(), r.requests() / r.seconds(), r.p50(), r.p90(), r.p99(),
                    r.max(), r.cpuMsPerRequest(), r.jitPercent(), r.errors()));
        }
        if (rounds > 1) {
            md.append("\nAll rounds together (histograms merged):\n\n| phase | requests | p50 ms | p90 ms | p99 ms | max ms |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            for (Phase p : phases) {
                Histogram all = new Histogram(3);
                rows.stream().filter(r -> r.phase().equals(p.name())).forEach(r -> all.add(r.histogram()));
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", p.name(), all.getTotalCount(),
                        ms(all, 50), ms(all, 90), ms(all, 99), all.getMaxValue() / 1000.0));
            }
        }
        md.append("\nAnswer size per text (bytes of the HTTP body; checked for errors before the load):\n\n| text | ")
                .append(String.join(" | ", phases.stream().map(Phase::name).toList())).append(" |\n|---|")
                .append("---:|".repeat(phases.size())).append('\n').append(check);
        return md.toString();
    }

    private ParkFitBench() {
    }
}
