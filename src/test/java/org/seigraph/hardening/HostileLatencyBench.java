package org.seigraph.hardening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;

/**
 * How fast the hostile-input corpus ({@link HostileInputTest}) is answered: each case sent three times against an
 * app on the bundled graph, the best of the three kept (a case that is slow to handle is slow every time; a loaded
 * machine delays any single request). The goal is every case within 1 s. Not part of {@code mvn verify}.
 *
 * <pre>bench/run.sh hostile</pre>
 * Writes bench/results/DATE-hostile-latency.md.
 */
public final class HostileLatencyBench {

    public static void main(String[] args) throws Exception {
        String uptimeBefore = uptime();
        HostileInputTest.warmUp();
        List<HostileInputTest.Case> cases = HostileInputTest.corpus().map(a -> (HostileInputTest.Case) a.get()[0]).toList();
        List<String> slowest = new ArrayList<>();
        long[] best = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            long b = Long.MAX_VALUE;
            for (int attempt = 0; attempt < 3; attempt++) {
                RawHttp.Response r = cases.get(i).request().get();
                b = Math.min(b, r.millis());
            }
            best[i] = b;
        }
        Integer[] order = new Integer[cases.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(best[b], best[a]));
        for (int k = 0; k < Math.min(10, order.length); k++) {
            slowest.add(String.format(Locale.ROOT, "| %d ms | %s |", best[order[k]], cases.get(order[k]).toString().replace("|", "\\|")));
        }
        long[] sorted = best.clone();
        Arrays.sort(sorted);
        long over = Arrays.stream(best).filter(ms -> ms > 1000).count();
        String md = "# Hostile-input corpus: time to answer (" + LocalDate.now() + ")\n\n"
                + "Command: `bench/run.sh hostile`\n\nMachine: `" + uptime() + "` (after); `" + uptimeBefore + "` (before)\n\n"
                + cases.size() + " cases, best of 3 each: median " + sorted[sorted.length / 2] + " ms, p99 "
                + sorted[(int) Math.ceil(0.99 * sorted.length) - 1] + " ms, max " + sorted[sorted.length - 1] + " ms; "
                + over + " over the 1 s goal.\n\n| best of 3 | slowest cases |\n|---|---|\n" + String.join("\n", slowest) + "\n";
        System.out.println(md);
        Files.writeString(Path.of("bench/results/" + LocalDate.now() + "-hostile-latency.md"), md);
        SharedApp.context().close();
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    private HostileLatencyBench() {
    }
}
