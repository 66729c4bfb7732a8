package org.seigraph.bench;

import java.net.http.HttpClient;
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
import java.util.TreeMap;

import org.seigraph.bench.ParkFitBench.Phase;
import org.seigraph.bench.ParkFitBench.Result;
import org.seigraph.support.GraphQlHttp;

/**
 * Text retrieval at scale, side by side in one run: the packaged jar on each of several stores (by default the 1-city
 * and the 2,800-city synthetic stores of {@code bench/run.sh scale}), all running at once, each in its own JVM. Each app
 * computes its text vectors as the product does, at its first start (the text indexer, once health is UP); the bench
 * waits for that, records the app's own account of it (texts, distinct texts, texts embedded, model time) and, with
 * {@code --restart true}, starts the largest store's app a second time to show that a restart embeds nothing. Then
 * the same closed-loop phases run against each app in turn, cell by cell (phase × clients), so that every store sees
 * the same machine: {@code search} for one fixed text (the scale mix's 石墨烯), for the park-fit texts, and for texts
 * that only meaning finds (the vector stage runs); {@code parkFit} on request. Not a test: {@code bench/run.sh scale-text}
 * (bench/README.md, "Text retrieval at scale"). Options ({@code --key value}): stores (comma-separated store dirs,
 * each optionally {@code STORE@JAR} to compare two builds of the app, each on its own copy of a store), jar,
 * clients (1,4,8), seconds (8), warmup (30, per app), settle and warmup-max (as in {@link ParkFitBench}), heap (2g), page-cache (3g), restart (true), phases
 * (graphene,search,semantic; also fit), name (scale-text), results.
 */
public final class ScaleTextBench {

    /**
     * Texts no name or synonym of the plan matches word for word (no full-text hit of tier 3 or more, no synonym), so
     * that search runs its vector stage for them; on the bundled graph 无人驾驶 finds 无人机 by meaning, the others
     * have only near neighbours.
     */
    static final List<String> SEMANTIC = List.of("无人驾驶", "宠物食品", "碳纤维自行车", "self-driving cars", "pet food",
            "biotech startups");

    /** The search of {@link ParkFitBench} with how each hit was matched (the probe shows it). */
    static final String SEARCH = "query($t: String!) { search(text: $t, first: 10) { entity { id name } score matchedBy } }";

    record App(String label, Path store, String jar, Process process, String url, double upSeconds, double indexSeconds,
               String textLog, String restartLog) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String defaultJar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        // STORE or STORE@JAR: the same store layout under two builds of the app (each on its own copy of the store)
        List<String[]> specs = java.util.Arrays.stream(o.getOrDefault("stores",
                "target/bench/store-1cities,target/bench/store-2800cities").split(","))
                .map(spec -> spec.contains("@") ? spec.split("@", 2) : new String[] {spec, defaultJar}).toList();
        int[] clientCounts = java.util.Arrays.stream(o.getOrDefault("clients", "1,4,8").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "8"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "30"));
        double settle = Double.parseDouble(o.getOrDefault("settle", "0"));
        int warmupMax = Integer.parseInt(o.getOrDefault("warmup-max", "300"));
        String heap = o.getOrDefault("heap", "2g");
        String pageCache = o.getOrDefault("page-cache", "3g");
        boolean restart = Boolean.parseBoolean(o.getOrDefault("restart", "true"));
        String name = o.getOrDefault("name", "scale-text");
        Path results = Path.of(o.getOrDefault("results", "bench/results"));
        Files.createDirectories(results);
        Files.createDirectories(Path.of("target/bench"));

        Map<String, Phase> known = new LinkedHashMap<>();
        known.put("graphene", new Phase("search 石墨烯 (the scale mix's text)",
                ParkFitBench.bodies(SEARCH, List.of("石墨烯"), t -> Map.of("t", t))));
        known.put("search", new Phase("search, the park-fit texts",
                ParkFitBench.bodies(SEARCH, t -> Map.of("t", t))));
        known.put("semantic", new Phase("search, texts only meaning finds (vector stage runs)",
                ParkFitBench.bodies(SEARCH, SEMANTIC, t -> Map.of("t", t))));
        known.put("fit", new Phase("parkFit(need: {text}), the park-fit texts",
                ParkFitBench.bodies(ParkFitBench.FIT, t -> Map.of("need", Map.of("text", t)))));
        List<String> phaseKeys = List.of(o.getOrDefault("phases", "graphene,search,semantic").split(","));

        String uptimeBefore = BenchMain.uptime();
        List<App> apps = new ArrayList<>();
        try {
            for (int i = 0; i < specs.size(); i++) {
                Path store = Path.of(specs.get(i)[0]);
                String jar = specs.get(i)[1];
                String label = label(store, jar, specs);
                App app = start(label, store, jar, heap, pageCache, name + "-" + label.replace('/', '-'));
                if (restart && i == specs.size() - 1) {
                    // the product's path on a store that has its vectors: a restart embeds nothing
                    app.process().destroy();
                    app.process().waitFor();
                    App again = start(label, store, jar, heap, pageCache, name + "-" + label.replace('/', '-') + "-restart");
                    app = new App(label, store, jar, again.process(), again.url(), app.upSeconds(), app.indexSeconds(),
                            app.textLog(), String.format(Locale.ROOT, "health UP %.1f s, text index ready %.1f s after "
                                    + "process start; %s", again.upSeconds(), again.indexSeconds(), again.textLog()));
                }
                apps.add(app);
            }
            StringBuilder check = new StringBuilder();
            HttpClient probe = HttpClient.newHttpClient();
            for (String key : phaseKeys) {
                Phase p = known.get(key);
                List<String> texts = key.equals("graphene") ? List.of("石墨烯") : key.equals("semantic") ? SEMANTIC
                        : ParkFitBench.TEXTS;
                for (int t = 0; t < p.bodies().size(); t++) {
                    check.append("| ").append(key).append(" | ").append(texts.get(t));
                    for (App app : apps) {
                        String body = ParkFitBench.send(probe, app.url(), p.bodies().get(t));
                        check.append(" | ").append(body.getBytes(StandardCharsets.UTF_8).length).append(" B")
                                .append(key.equals("fit") ? "" : ", " + matchedBy(body));
                    }
                    check.append(" |\n");
                }
            }
            System.err.print(check);
            List<String> mix = new ArrayList<>();
            phaseKeys.forEach(k -> mix.addAll(known.get(k).bodies()));
            List<String> warmedUp = new ArrayList<>();
            for (App app : apps) {
                warmedUp.add(app.label() + " " + ParkFitBench.warmUp(new Phase("warm-up", mix), app.url(), 4, warmup,
                        settle, warmupMax, app.process().pid()));
            }
            Map<String, Result> rows = new LinkedHashMap<>();
            for (String key : phaseKeys) {
                for (int clients : clientCounts) {
                    for (App app : apps) {
                        Result r = ParkFitBench.run(known.get(key), 0, app.url(), clients, seconds, app.process().pid());
                        rows.put(key + "/" + clients + "/" + app.label(), r);
                        System.err.printf(Locale.ROOT, "%-9s c=%d %-11s n=%6d p50 %7.2f p99 %7.2f ms cpu %.2f ms/req err %d%s%n",
                                key, clients, app.label(), r.requests(), r.p50(), r.p99(), r.cpuMsPerRequest(), r.errors(),
                                r.firstError() == null ? "" : " " + r.firstError());
                    }
                }
            }
            String md = report(name, apps, known, phaseKeys, clientCounts, rows, check.toString(), uptimeBefore,
                    BenchMain.uptime(), seconds, String.join("; ", warmedUp), heap, pageCache, String.join(" ", args));
            System.out.println(md);
            Files.writeString(results.resolve(LocalDate.now() + "-" + name + ".md"), md);
        } finally {
            for (App app : apps) {
                app.process().destroy();
                app.process().waitFor();
            }
        }
    }

    /** target/bench/store-2800cities → 2800cities; with the jar's file name when the run has several jars */
    static String label(Path store, String jar, List<String[]> specs) {
        String label = store.getFileName().toString().replaceFirst("^store-", "").replaceFirst("-fresh$", "");
        boolean jars = specs.stream().map(s -> s[1]).distinct().count() > 1;
        return jars ? label + "/" + Path.of(jar).getFileName().toString().replaceFirst("\\.jar$", "") : label;
    }

    static App start(String label, Path store, String jar, String heap, String pageCache, String logName) throws Exception {
        int httpPort = BenchMain.port(null);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(List.of(BenchMain.OPENS.split(" ")));
        cmd.add("-Xmx" + heap);
        cmd.addAll(List.of("-jar", jar, "--seigraph.embedded.store-dir=" + store.toAbsolutePath(),
                "--seigraph.embedded.bolt-port=" + BenchMain.port(null), "--server.port=" + httpPort,
                "--seigraph.embedded.page-cache=" + pageCache, "--seigraph.store.load-on-start=false",
                "--seigraph.embedded.preallocate-transaction-logs=false"));
        System.err.println("starting SEI Graph on " + label + ": " + String.join(" ", cmd));
        Path log = Path.of("target/bench/app-" + logName + ".log");
        long started = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            String url = "http://127.0.0.1:" + httpPort + "/graphql";
            BenchMain.waitFor("http://127.0.0.1:" + httpPort + "/actuator/health", null, p, Duration.ofMinutes(15));
            double up = (System.nanoTime() - started) / 1e9;
            ParkFitBench.awaitTextIndex(url, Duration.ofMinutes(90));
            double index = (System.nanoTime() - started) / 1e9;
            System.err.printf(Locale.ROOT, "%s: health UP %.1f s, text index ready %.1f s after process start%n", label, up, index);
            return new App(label, store, jar, p, url, up, index, ParkFitBench.logLines(log), null);
        } catch (Exception e) {
            p.destroy();
            throw e;
        }
    }

    /** How the hits of a search answer were matched, e.g. "10 hits: exact 1, term 6, semantic 3". */
    static String matchedBy(String body) {
        Map<String, Integer> by = new TreeMap<>();
        int hits = 0;
        for (var hit : GraphQlHttp.JSON.readTree(body).path("data").path("search")) {
            hits++;
            by.merge(hit.path("matchedBy").asString(), 1, Integer::sum);
        }
        return hits + " hits" + (by.isEmpty() ? "" : ": " + by.toString().replaceAll("[{}]", "").replace("=", " "));
    }

    static String report(String name, List<App> apps, Map<String, Phase> known, List<String> phaseKeys, int[] clientCounts,
                         Map<String, Result> rows, String check, String uptimeBefore, String uptimeAfter, int seconds,
                         String warmedUp, String heap, String pageCache, String args) {
        StringBuilder md = new StringBuilder();
        md.append(BenchMain.header("Text retrieval at scale: " + name, "scale-text", args, uptimeBefore, uptimeAfter));
        md.append("- harness: `ScaleTextBench`: the jar on each store in its own JVM (-Xmx").append(heap)
                .append(", page cache ").append(pageCache).append("), all running at once; closed-loop HTTP/1.1 clients in a ")
                .append("further JVM; each app warmed on the whole mix at 4 clients (").append(warmedUp).append("), then per cell ")
                .append("(phase × clients × store, the stores one after the other) 1 s unmeasured + ").append(seconds)
                .append(" s measured\n");
        md.append("- search fields: `search(text, first: 10) { entity { id name } score matchedBy }`; semantic texts: ")
                .append(String.join(" · ", SEMANTIC)).append("; park-fit texts: ").append(String.join(" · ", ParkFitBench.TEXTS))
                .append("\n\n## The stores and their text vectors (first start of the app on a new store)\n\n");
        for (App app : apps) {
            md.append("- **").append(app.label()).append("** (`").append(app.store()).append("`, `").append(app.jar())
                    .append("`): ");
            Path report = app.store().resolveSibling("import-" + app.label().replaceFirst("/.*", "") + ".txt");
            try {
                if (Files.exists(report)) {
                    md.append("store build (`BuildSyntheticStore`): `").append(Files.readString(report).strip()
                            .replace("\n", "` · `")).append("`; ");
                }
            } catch (java.io.IOException e) {
                md.append("(import report unreadable) ");
            }
            md.append(String.format(Locale.ROOT, "first start: health UP %.1f s, text index ready %.1f s after process start; "
                    + "its log: %s", app.upSeconds(), app.indexSeconds(), app.textLog()));
            if (app.restartLog() != null) {
                md.append("\n  - restart on the same store: ").append(app.restartLog());
            }
            md.append('\n');
        }
        md.append("\n## Latency\n\nRatios: each app against the first app of the run with the same jar (the smallest store).\n\n")
                .append("| phase | clients | app | req/s | p50 ms | p99 ms | CPU ms/req | p50 ÷ base | **p99 ÷ base** |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String key : phaseKeys) {
            for (int clients : clientCounts) {
                for (App app : apps) {
                    App baseApp = apps.stream().filter(a -> a.jar().equals(app.jar())).findFirst().orElseThrow();
                    Result base = rows.get(key + "/" + clients + "/" + baseApp.label());
                    Result r = rows.get(key + "/" + clients + "/" + app.label());
                    md.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f | %.2f | %.2f | %.2f | %s | %s |%n",
                            known.get(key).name(), clients, app.label(), r.requests() / r.seconds(), r.p50(), r.p99(),
                            r.cpuMsPerRequest(), baseApp == app ? "–" : String.format(Locale.ROOT, "%.2f", r.p50() / base.p50()),
                            baseApp == app ? "–" : String.format(Locale.ROOT, "**%.2f**", r.p99() / base.p99())));
                }
            }
        }
        long errors = rows.values().stream().mapToLong(Result::errors).sum();
        md.append("\nErrors in all cells: ").append(errors).append("\n\nAnswer of each text before the load (bytes; for search, ")
                .append("how its hits were matched):\n\n| phase | text |");
        apps.forEach(a -> md.append(' ').append(a.label()).append(" |"));
        md.append("\n|---|---|").append("---|".repeat(apps.size())).append('\n').append(check);
        return md.toString();
    }

    private ScaleTextBench() {
    }
}
