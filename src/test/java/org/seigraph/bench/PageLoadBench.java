package org.seigraph.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.seigraph.support.SharedApp;
import org.seigraph.support.TempDirs;

/**
 * Benchmark, not a test (left out of {@code mvn verify} by surefire's default includes). The map page's first load
 * in headless Chromium with the network throttled through DevTools to 4 Mbit/s down, 4 Mbit/s up, 20 ms round trip:
 * first paint, first contentful paint, the opening map ready ({@code seiMap.idle()}), and the bytes transferred
 * (Resource Timing's transferSize, so after compression) and decoded. Cold = empty cache; warm = a second visit with
 * the cache of the first. Run:
 * <pre>mvn -B -o test -Dtest=PageLoadBench -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.targets=before=http://127.0.0.1:8081/,after=]</pre>
 * A target with an empty URL is this build, started in-process (SharedApp). Writes {@code bench/results/DATE-page-load-TARGETS.md}.
 */
class PageLoadBench {

    static final int RUNS = Integer.getInteger("bench.runs", 5);
    static final long BYTES_PER_SECOND = 4_000_000 / 8;

    @Test
    void firstLoadAtFourMegabits() throws Exception {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String t : System.getProperty("bench.targets", "this build=").split(",")) {
            String[] kv = t.split("=", 2);
            targets.put(kv[0], kv.length > 1 && !kv[1].isBlank() ? kv[1] : "http://127.0.0.1:" + SharedApp.port() + "/");
        }
        StringBuilder table = new StringBuilder("| target | visit | runs | first paint ms (median) | first contentful paint ms | map ready ms | transferred KB | decoded KB | requests |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, String> target : targets.entrySet()) {
            for (boolean warm : new boolean[] {false, true}) {
                List<Map<String, Object>> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    runs.add(load(target.getValue(), warm));
                }
                table.append(String.format(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f |%n", target.getKey(),
                        warm ? "warm (second visit)" : "cold (empty cache)", RUNS, median(runs, "fp"), median(runs, "fcp"),
                        median(runs, "ready"), median(runs, "transferred") / 1024, median(runs, "decoded") / 1024, median(runs, "requests")));
            }
        }
        String uptime = Files.readString(Path.of("/proc/loadavg")).trim();
        String report = "# Map page first load at 4 Mbit/s (" + Instant.now() + ")\n\n"
                + "Command: `mvn -B -o test -Dtest=PageLoadBench -Dsurefire.failIfNoSpecifiedTests=false"
                + (System.getProperty("bench.targets") == null ? "" : " -Dbench.targets=" + System.getProperty("bench.targets")) + "`\n\n"
                + "Load average at the end (/proc/loadavg): " + uptime + "\n\n"
                + "Headless Chromium, viewport 1440×900, DevTools Network.emulateNetworkConditions: 4 Mbit/s down and up, 20 ms latency. "
                + "Medians of " + RUNS + " loads per row.\n\n" + table;
        System.out.println(report);
        Path out = Path.of("bench/results/" + java.time.LocalDate.now() + "-page-load-"
                + String.join("-", targets.keySet()).replaceAll("[^A-Za-z0-9-]+", "_") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static Map<String, Object> load(String url, boolean warm) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        Path profile = TempDirs.create("bench-chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1440,900", "--user-data-dir=" + profile);
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 20,
                    "downloadThroughput", BYTES_PER_SECOND, "uploadThroughput", BYTES_PER_SECOND));
            if (warm) {
                driver.get(url);
                waitReady(driver);
                driver.get("about:blank");
            }
            driver.get(url);
            waitReady(driver);
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                    const paint = Object.fromEntries(performance.getEntriesByType('paint').map(p => [p.name, p.startTime]));
                    const nav = performance.getEntriesByType('navigation')[0];
                    const res = performance.getEntriesByType('resource');
                    return { fp: paint['first-paint'], fcp: paint['first-contentful-paint'], ready: window.__ready,
                      transferred: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0),
                      decoded: nav.decodedBodySize + res.reduce((a, r) => a + r.decodedBodySize, 0), requests: res.length + 1 };""");
            return m;
        } finally {
            driver.quit();
        }
    }

    private static void waitReady(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(20)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("if (window.seiMap && window.seiMap.idle() && !window.__ready) window.__ready = performance.now();"
                        + " return !!window.__ready;")));
    }

    private static double median(List<Map<String, Object>> runs, String key) {
        double[] v = runs.stream().map(r -> r.get(key)).filter(x -> x instanceof Number).mapToDouble(x -> ((Number) x).doubleValue()).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }

}
