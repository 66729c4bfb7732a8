package org.seigraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Closed-loop load: N client threads, each sends a request, waits for the answer, and sends the next. */
final class Load {

    /** One client's way to make one call; throws or returns false on an error. */
    interface Call {
        boolean call() throws Exception;
    }

    record Result(int clients, long requests, long errors, double seconds, double throughput, double p50Ms,
                  double p99Ms, double maxMs, double serverCpuPct, long serverRssMb, String firstError) {
    }

    /** A GraphQL POST over HTTP/1.1; each client has its own HttpClient (its own connection). */
    static Supplier<Call> http(String url, String body) {
        return () -> {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return () -> {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                String b = response.body();
                if (response.statusCode() != 200 || b.contains("\"errors\"") || !b.startsWith("{\"data\"")) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + b.substring(0, Math.min(300, b.length())));
                }
                return true;
            };
        };
    }

    /** Hand-written Cypher in a read transaction through the Java driver, every record read into a map. */
    static Supplier<Call> cypher(Driver driver, String query, Map<String, Object> params) {
        return () -> () -> {
            try (Session session = driver.session()) {
                List<Map<String, Object>> rows = session.executeRead(tx -> tx.run(query, params).list(r -> r.asMap()));
                return !rows.isEmpty();
            }
        };
    }

    static Result run(Supplier<Call> target, int clients, Duration warmup, Duration measure, List<Long> serverPids)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong errors = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        StringBuilder firstError = new StringBuilder();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Call call = target.get();
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.call();
                    } catch (Exception e) {
                        ok = false;
                        synchronized (firstError) {
                            if (firstError.isEmpty()) {
                                firstError.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
                            }
                        }
                    }
                    long took = System.nanoTime() - start;
                    if (recording.get()) {
                        requests.incrementAndGet();
                        if (ok) {
                            recorder.recordValue(Math.max(1, took / 1000));
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                }
            }, "client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(warmup.toMillis());
        recorder.reset();
        long cpuBefore = serverPids.stream().mapToLong(ProcStats::cpuTicks).sum();
        long t0 = System.nanoTime();
        recording.set(true);
        long rssMax = 0;
        long until = t0 + measure.toNanos();
        while (System.nanoTime() < until) {
            Thread.sleep(Math.min(500, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            rssMax = Math.max(rssMax, serverPids.stream().mapToLong(ProcStats::rssKb).sum());
        }
        recording.set(false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpuAfter = serverPids.stream().mapToLong(ProcStats::cpuTicks).sum();
        Histogram h = recorder.getIntervalHistogram();
        stop.set(true);
        for (Thread t : threads) {
            t.join(35_000);
        }
        long ok = h.getTotalCount();
        return new Result(clients, requests.get(), errors.get(), seconds, ok / seconds,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0,
                100.0 * (cpuAfter - cpuBefore) / ProcStats.TICKS_PER_SECOND / seconds, rssMax / 1024,
                firstError.isEmpty() ? null : firstError.toString());
    }

    private Load() {
    }
}
