package org.seigraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Soak test client (run by bench/soak.sh against a running app): N closed-loop clients send the benchmark mix (node,
 * search, responsibilities, dependencies depth 3, all sub-sectors with nested relations) for a duration, in windows.
 * Per window: requests, errors, p50/p99. Heap: used after a full GC (jcmd GC.run + GC.heap_info on the app's pid)
 * after the warm-up and again at the end, plus the live data size after each window (actuator metric
 * jvm.gc.live.data.size). Passes when there are zero errors, the heap after full GC at the end is within
 * max(20 %, 32 MB) of the start, and the last window's p99 is at most 1.5x the first window's.
 * <p>
 * Options: --url http://127.0.0.1:8080 --clients 16 --duration 600 (s) --window 60 (s) --warmup 30 (s) --pid PID
 * --out bench/results/soak.csv
 */
public final class Soak {

    static final String SUBSECTOR = "subsector:海洋工程装备";
    static final String BUREAU = "bureau:市工业和信息化委";
    static final String NESTED = "id name sector { name } bureaus { rank lead bureau { name } } technologies { name } "
            + "parks { name } targets { asWritten }";

    /** The benchmark mix (the same queries as the benchmark harness's SEI Graph side). */
    static final Map<String, String> MIX = new java.util.LinkedHashMap<>();

    static {
        MIX.put("node", "{ node(id: \"" + SUBSECTOR + "\") { id kind name nameEn } }");
        MIX.put("search", "{ search(text: \"石墨烯\", first: 10) { score entity { id kind name } } }");
        MIX.put("responsibilities", "{ responsibilities(bureau: \"" + BUREAU + "\") { rank lead listSize subject { id name } } }");
        MIX.put("dependencies3", "{ dependencies(id: \"" + SUBSECTOR + "\", direction: UPSTREAM, depth: 3) { "
                + "nodes { id kind name depth } edges { source target type } } }");
        MIX.put("subsectors19", "{ subsectors { " + NESTED + " } }");
    }

    record Sample(long nanos, boolean error) {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> o = options(argv);
        String url = o.getOrDefault("url", "http://127.0.0.1:8080");
        int clients = Integer.parseInt(o.getOrDefault("clients", "16"));
        Duration duration = Duration.ofSeconds(Long.parseLong(o.getOrDefault("duration", "600")));
        Duration window = Duration.ofSeconds(Long.parseLong(o.getOrDefault("window", "60")));
        Duration warmup = Duration.ofSeconds(Long.parseLong(o.getOrDefault("warmup", "30")));
        String pid = o.get("pid");
        Path out = Path.of(o.getOrDefault("out", "bench/results/soak.csv"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> bodies = MIX.values().stream().map(q -> "{\"query\":\"" + q.replace("\"", "\\\"") + "\"}").toList();
        for (String body : bodies) {
            String answer = send(http, url, body).body();
            if (answer.contains("\"errors\"")) {
                throw new IllegalStateException("The mix does not run cleanly: " + answer);
            }
        }

        AtomicReference<ConcurrentLinkedQueue<Sample>> current = new AtomicReference<>(new ConcurrentLinkedQueue<>());
        AtomicLong firstError = new AtomicLong();
        AtomicReference<String> errorExample = new AtomicReference<>();
        java.util.concurrent.ConcurrentHashMap<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        long end = System.nanoTime() + warmup.plus(duration).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String body = bodies.get(i++ % bodies.size());
                    long started = System.nanoTime();
                    boolean error;
                    String detail = null;
                    try {
                        HttpResponse<String> r = send(http, url, body);
                        error = r.statusCode() != 200 || r.body().contains("\"errors\"");
                        detail = error ? r.statusCode() + " " + r.body() : null;
                    } catch (Exception e) {
                        error = true;
                        detail = e.toString();
                    }
                    current.get().add(new Sample(System.nanoTime() - started, error));
                    if (error) {
                        String kind = detail.length() > 160 ? detail.substring(0, 160) : detail;
                        errorKinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
                        if (firstError.compareAndSet(0, 1)) {
                            errorExample.set(detail);
                        }
                    }
                }
            }, "soak-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }

        System.out.printf("Soak: %d clients, %s warm-up, %s measured in %s windows, against %s%n", clients, warmup, duration,
                window, url);
        Thread.sleep(warmup.toMillis());
        current.set(new ConcurrentLinkedQueue<>());
        long heapStart = pid == null ? -1 : heapAfterFullGc(pid);
        current.set(new ConcurrentLinkedQueue<>());
        System.out.printf("Heap after full GC at the start: %s%n", mb(heapStart));

        List<String> csv = new ArrayList<>(List.of("window,end,requests,errors,rps,p50_ms,p99_ms,max_ms,live_data_mb"));
        List<double[]> windows = new ArrayList<>();
        long totalErrors = 0;
        long totalRequests = 0;
        long windows_n = Math.max(1, duration.toMillis() / window.toMillis());
        for (int w = 1; w <= windows_n; w++) {
            Thread.sleep(window.toMillis());
            List<Sample> samples = new ArrayList<>(current.getAndSet(new ConcurrentLinkedQueue<>()));
            long[] nanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
            long errors = samples.stream().filter(Sample::error).count();
            double p50 = pct(nanos, 0.50), p99 = pct(nanos, 0.99), max = nanos.length == 0 ? 0 : nanos[nanos.length - 1] / 1e6;
            double live = liveDataMb(http, url);
            windows.add(new double[]{p50, p99});
            totalErrors += errors;
            totalRequests += samples.size();
            String line = String.format(Locale.ROOT, "%d,%s,%d,%d,%.1f,%.1f,%.1f,%.1f,%.1f", w, Instant.now(), samples.size(), errors,
                    samples.size() / (double) window.toSeconds(), p50, p99, max, live);
            csv.add(line);
            System.out.println(line);
            if (errors > 0) {
                errorKinds.forEach((kind, n) -> System.out.println("  errors: " + n + " x " + kind));
                errorKinds.clear();
            }
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        long heapEnd = pid == null ? -1 : heapAfterFullGc(pid);

        double p99First = windows.get(0)[1];
        double p99Last = windows.get(windows.size() - 1)[1];
        boolean heapFlat = heapStart < 0 || heapEnd <= heapStart + Math.max(heapStart / 5, 32L * 1024 * 1024);
        boolean latencyFlat = p99Last <= 1.5 * p99First;
        String summary = String.format(Locale.ROOT, "requests=%d errors=%d p99_first=%.1fms p99_last=%.1fms ratio=%.2f "
                        + "heap_after_full_gc_start=%s heap_after_full_gc_end=%s clients=%d duration=%ds%s",
                totalRequests, totalErrors, p99First, p99Last, p99Last / p99First, mb(heapStart), mb(heapEnd), clients,
                duration.toSeconds(), errorExample.get() == null ? "" : " first_error=" + errorExample.get());
        csv.add("# " + summary);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, csv, StandardCharsets.UTF_8);
        System.out.println(summary);
        System.out.printf("zero errors: %s, heap flat: %s, p99 end <= 1.5x start: %s (results in %s)%n",
                totalErrors == 0, heapFlat, latencyFlat, out);
        System.exit(totalErrors == 0 && heapFlat && latencyFlat ? 0 : 1);
    }

    private static HttpResponse<String> send(HttpClient http, String url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Used heap right after a full GC of the app, in bytes (jcmd). */
    static long heapAfterFullGc(String pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("Cannot read the heap from: " + info);
        }
        return Long.parseLong(m.group(1)) * 1024;
    }

    private static String jcmd(String pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return output;
    }

    private static double liveDataMb(HttpClient http, String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/jvm.gc.live.data.size"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+]+)").matcher(r.body());
            return r.statusCode() == 200 && m.find() ? Double.parseDouble(m.group(1)) / (1024 * 1024) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1fMB", bytes / (1024.0 * 1024));
    }

    private static Map<String, String> options(String[] argv) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < argv.length; i += 2) {
            if (!argv[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected --key value, got " + Arrays.toString(argv));
            }
            o.put(argv[i].substring(2), argv[i + 1]);
        }
        return o;
    }

    private Soak() {
    }
}
