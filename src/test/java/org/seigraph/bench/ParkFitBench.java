package org.seigraph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/**
 * Latency of {@code parkFit} for free-text needs at 4 concurrent HTTP clients, beside a baseline in the same
 * run: {@code search} alone for the same texts (the first step of every free-text need). Not a test; run it
 * with the command in README ("Park fit" → "Latency"). Arguments: seconds per phase (default 20), clients (4).
 */
public final class ParkFitBench {

    static final List<String> TEXTS = List.of("海洋油气装备", "石墨烯", "animation studio", "锂离子动力电池", "新能源汽车",
            "European advanced manufacturing", "北京一家做新能源汽车动力电池的企业", "手机游戏 动漫");

    static final String SEARCH = "query($t: String!) { search(text: $t, first: 10) { entity { id name } score } }";
    static final String FIT = """
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

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        GraphQlHttp http = SharedApp.http();
        System.out.printf("app up; %d clients, %d s per phase, load average at start: %s%n", clients, seconds, load());

        IntFunction<Runnable> search = i -> () -> check(http.query(SEARCH, Map.of("t", TEXTS.get(i % TEXTS.size()))));
        IntFunction<Runnable> fit = i -> () -> check(http.query(FIT, Map.of("need", Map.of("text", TEXTS.get(i % TEXTS.size())))));
        IntFunction<Runnable> full = i -> () -> check(http.query(FIT_AND_RESOLUTION,
                Map.of("need", Map.of("text", TEXTS.get(i % TEXTS.size())))));

        run("warm-up (parkFit + search)", Math.max(5, seconds / 2), clients, i -> i % 2 == 0 ? fit.apply(i) : search.apply(i), false);
        run("baseline: search(text) alone", seconds, clients, search, true);
        run("parkFit(need: {text}) ranking + reasons", seconds, clients, fit, true);
        run("parkFit + paths + parkFitResolution", seconds, clients, full, true);
        System.out.printf("load average at end: %s%n", load());
        System.exit(0);
    }

    static void check(JsonNode response) {
        if (response.get("errors") != null) {
            throw new IllegalStateException(response.get("errors").toString());
        }
    }

    static void run(String name, int seconds, int clients, IntFunction<Runnable> requests, boolean report) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            futures.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = client; System.nanoTime() < end; i += clients) {
                    long t0 = System.nanoTime();
                    requests.apply(i).run();
                    nanos.add(System.nanoTime() - t0);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        if (!report) {
            return;
        }
        Collections.sort(all);
        System.out.printf("%-42s n=%6d  %6.1f req/s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", name,
                all.size(), all.size() / (double) seconds, pct(all, 50), pct(all, 90), pct(all, 99), all.get(all.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (Exception e) {
            return "n/a";
        }
    }

    private ParkFitBench() {
    }
}
