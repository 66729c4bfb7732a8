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

import org.HdrHistogram.Histogram;
import org.seigraph.support.GraphQlHttp;
import tools.jackson.databind.JsonNode;

/**
 * Latency of {@code ask(question)} at N concurrent HTTP clients (default 4), beside a baseline in the same run: the
 * GraphQL request each answer says it equals, sent directly (what an analyst who already knows the API would send),
 * so the difference is the cost of understanding the question. Like {@link ParkFitBench} (whose closed-loop client
 * it reuses) it starts the packaged jar as its own process on its own store and ports. Questions rotate over
 * {@link #QUESTIONS}: every intent, Chinese and English, and two that are not understood (their phase measures the
 * refusal and its suggestions). Writes bench/results/DATE-NAME.md. Run with {@code bench/run.sh ask}; options
 * ({@code --key value}): seconds (20), warmup (60), clients (4), rounds (1), name (ask), jar, heap (768m),
 * page-cache (64m), store, results.
 */
public final class AskBench {

    static final List<String> QUESTIONS = List.of("海洋工程装备由哪些部门负责？哪个牵头？", "市海洋局负责哪些产业？",
            "哪些子领域没有列市科委？", "石墨烯的下游是什么？", "滨海新区重点发展哪些产业？", "到2020年生物产业产值目标是多少？",
            "哪些园区适合海洋工程装备企业？", "市科委的工作量是多少？", "哪个部门负责的任务最多？", "市海洋局和临港经济区有什么关系？",
            "本意见引用了哪些文件？", "高端装备与新材料共要突破多少项关键技术？",
            "Which bureaus are responsible for marine engineering equipment?",
            "Which sub-sectors do not list the Municipal Science and Technology Commission?",
            "What is the 2020 output target of bio-industry?", "Which parks fit an aerospace company from Beijing?",
            "量子计算由哪些部门负责？", "What is the budget of the Municipal Science and Technology Commission?");

    static final String ASK = """
            query($q: String!) {
              ask(question: $q) {
                understood intent interpretation text suggestions
                items { entity { id kind name } value unit qualifier year rank lead label note path { id name } }
                evidence { section text curated }
                query { document variables select }
              }
            }""";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "60"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "4"));
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "1"));
        String name = o.getOrDefault("name", "ask");
        String jar = o.getOrDefault("jar", "target/sei-graph-0.1.0-SNAPSHOT.jar");
        String heap = o.getOrDefault("heap", "768m");
        String pageCache = o.getOrDefault("page-cache", "64m");
        Path store = Path.of(o.getOrDefault("store", "target/bench/store-ask"));
        Path results = Path.of(o.getOrDefault("results", "bench/results"));
        Files.createDirectories(results);
        Path logs = Path.of("target/bench");
        Files.createDirectories(logs);

        String uptimeBefore = BenchMain.uptime();
        int httpPort = BenchMain.port(null);
        int boltPort = BenchMain.port(null);
        List<String> appCmd = new ArrayList<>(List.of("java"));
        appCmd.addAll(List.of(BenchMain.OPENS.split(" ")));
        appCmd.add("-Xmx" + heap);
        appCmd.addAll(List.of("-jar", jar, "--seigraph.embedded.store-dir=" + store.toAbsolutePath(),
                "--seigraph.embedded.bolt-port=" + boltPort, "--server.port=" + httpPort,
                "--seigraph.embedded.page-cache=" + pageCache, "--seigraph.store.load-on-start=true",
                "--seigraph.embedded.preallocate-transaction-logs=false",
                // loading the bundle on a loaded machine can pass the 60 s default; loading is not what is measured
                "--seigraph.embedded.transaction-timeout=10m"));
        System.err.println("starting SEI Graph: " + String.join(" ", appCmd));
        Process app = new ProcessBuilder(appCmd).redirectErrorStream(true)
                .redirectOutput(logs.resolve("app-" + name + ".log").toFile()).start();
        try {
            String url = "http://127.0.0.1:" + httpPort + "/graphql";
            BenchMain.waitFor("http://127.0.0.1:" + httpPort + "/actuator/health", null, app, Duration.ofMinutes(10));
            // one probe per question: the ask body, and the request its answer equals (the baseline)
            HttpClient probe = HttpClient.newHttpClient();
            List<String> askBodies = new ArrayList<>();
            List<String> directBodies = new ArrayList<>();
            StringBuilder check = new StringBuilder();
            for (String q : QUESTIONS) {
                String askBody = GraphQlHttp.JSON.writeValueAsString(Map.of("query", ASK, "variables", Map.of("q", q)));
                String answer = ParkFitBench.send(probe, url, askBody);
                JsonNode a = GraphQlHttp.JSON.readTree(answer).at("/data/ask");
                askBodies.add(askBody);
                String direct = null;
                if (a.get("understood").asBoolean()) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("query", a.at("/query/document").asString());
                    body.put("variables", GraphQlHttp.JSON.convertValue(a.at("/query/variables"), Map.class));
                    direct = GraphQlHttp.JSON.writeValueAsString(body);
                    directBodies.add(direct);
                }
                check.append("| ").append(q).append(" | ").append(a.get("understood").asBoolean() ? a.get("intent").asString()
                        : "not understood").append(" | ").append(answer.getBytes(StandardCharsets.UTF_8).length).append(" B | ")
                        .append(direct == null ? "–" : ParkFitBench.send(probe, url, direct).getBytes(StandardCharsets.UTF_8).length + " B")
                        .append(" |\n");
            }
            List<ParkFitBench.Phase> phases = List.of(
                    new ParkFitBench.Phase("baseline: the equal GraphQL request sent directly", directBodies),
                    new ParkFitBench.Phase("ask(question), every question", askBodies));
            System.err.printf("app up (pid %d); %d clients, %d s per phase, %d round(s); load: %s%n", app.pid(), clients,
                    seconds, rounds, uptimeBefore);
            ParkFitBench.run(new ParkFitBench.Phase("warm-up", ParkFitBench.interleave(askBodies.subList(0, directBodies.size()),
                    directBodies)), 0, url, clients, warmup, app.pid());
            List<ParkFitBench.Result> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (ParkFitBench.Phase p : phases) {
                    ParkFitBench.Result r = ParkFitBench.run(p, round, url, clients, seconds, app.pid());
                    rows.add(r);
                    System.err.printf(Locale.ROOT, "round %d %-50s n=%6d p50 %6.2f p90 %6.2f p99 %6.2f max %7.2f ms cpu %.2f ms/req err %d%s%n",
                            round, p.name(), r.requests(), r.p50(), r.p90(), r.p99(), r.max(), r.cpuMsPerRequest(), r.errors(),
                            r.firstError() == null ? "" : " first error: " + r.firstError());
                }
            }
            String md = report(name, clients, seconds, warmup, rounds, heap, pageCache, phases, rows, check.toString(),
                    uptimeBefore, BenchMain.uptime(), String.join(" ", args));
            System.out.println(md);
            Files.writeString(results.resolve(LocalDate.now() + "-" + name + ".md"), md);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    static String report(String name, int clients, int seconds, int warmup, int rounds, String heap, String pageCache,
                         List<ParkFitBench.Phase> phases, List<ParkFitBench.Result> rows, String check, String uptimeBefore,
                         String uptimeAfter, String args) {
        StringBuilder md = new StringBuilder();
        md.append(BenchMain.header("ask latency: " + name, "ask", args, uptimeBefore, uptimeAfter));
        md.append("- harness: `AskBench`: the jar in its own JVM (-Xmx").append(heap).append(", page cache ").append(pageCache)
                .append("), seed graph, ").append(clients).append(" closed-loop HTTP/1.1 clients in a second JVM (Java ")
                .append(System.getProperty("java.version")).append("); warm-up ").append(warmup)
                .append(" s, then per round and phase 1 s unmeasured + ").append(seconds).append(" s measured; ")
                .append(rounds).append(" round(s)\n");
        md.append("- ask: ").append(QUESTIONS.size()).append(" questions rotating (below); baseline: the GraphQL request each "
                + "understood answer gives in `query`, sent as is\n");
        md.append("- CPU ms/req = the app JVM's CPU time over the measured window ÷ requests\n\n");
        md.append("| round | phase | clients | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | CPU ms/req | errors |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ParkFitBench.Result r : rows) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                    r.round(), r.phase(), r.clients(), r.requests(), r.requests() / r.seconds(), r.p50(), r.p90(), r.p99(),
                    r.max(), r.cpuMsPerRequest(), r.errors()));
        }
        if (rounds > 1) {
            md.append("\nAll rounds together (histograms merged):\n\n| phase | requests | p50 ms | p90 ms | p99 ms | max ms |\n")
                    .append("|---|---:|---:|---:|---:|---:|\n");
            for (ParkFitBench.Phase p : phases) {
                Histogram all = new Histogram(3);
                rows.stream().filter(r -> r.phase().equals(p.name())).forEach(r -> all.add(r.histogram()));
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", p.name(), all.getTotalCount(),
                        ParkFitBench.ms(all, 50), ParkFitBench.ms(all, 90), ParkFitBench.ms(all, 99), all.getMaxValue() / 1000.0));
            }
        }
        md.append("\nQuestions (answer sizes: the ask answer, and the equal request's answer):\n\n| question | reading | ask | request |\n")
                .append("|---|---|---:|---:|\n").append(check);
        return md.toString();
    }

    private AskBench() {
    }
}
