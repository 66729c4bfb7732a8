package org.seigraph.parks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.sun.management.OperatingSystemMXBean;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.Test;
import org.seigraph.bench.BenchMain;
import org.seigraph.bench.NewNeeds;
import org.seigraph.bench.ParkFitBench;
import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import org.seigraph.text.Embedder;
import org.seigraph.text.LuceneText;
import org.seigraph.text.Retriever;
import org.seigraph.text.Terms;
import org.seigraph.text.TextVectors;
import org.seigraph.text.Token;

/**
 * Where the CPU of a park-fit request with a need never seen before goes, stage by stage: one thread, on the shared
 * app, over the needs of {@code bench/run.sh parkfit --phases fit-new} ({@link NewNeeds}). Not a test (its name does
 * not end in Test, so {@code mvn verify} skips it) and not a latency benchmark (no concurrency): run it with
 * {@code mvn -o test -Dtest=ParkFitStageCosts -Dsurefire.failIfNoSpecifiedTests=false [-Dwarm=200 -Dn=400]}; it
 * prints the mean CPU, wall time and heap allocation per stage and writes them to target/text-understanding/stage-costs.md.
 */
class ParkFitStageCosts {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;
    private static final Set<String> KINDS = Set.of("Subsector", "Industry", "Technology", "Sector", "Park", "District");

    @Test
    void stageCosts() throws Exception {
        ParkFitService fit = SharedApp.bean(ParkFitService.class);
        Retriever retriever = SharedApp.bean(Retriever.class);
        Embedder embedder = SharedApp.bean(Embedder.class);
        TextVectors vectors = SharedApp.bean(TextVectors.class);
        CypherRunner cypher = SharedApp.bean(CypherRunner.class);
        List<String> needs = NewNeeds.all();
        int warm = Integer.getInteger("warm", 200);
        int n = Integer.getInteger("n", 400);
        String[] names = {"parkFit, need new (the model runs)", "parkFit, the same need again (vector cached)",
                "segmentation", "model: the whole text (origin words out)", "model: the text's terms",
                "full-text query, 200 whole entities", "full-text query, 200 names only", "nearest 40 texts (TextVectors)",
                "retrieval, vector cached"};
        long[] cpu = new long[names.length];
        long[] wall = new long[names.length];
        long[] bytes = new long[names.length];
        for (int i = 0; i < warm + n; i++) {
            String text = needs.get(i);
            int index = i;
            String cleaned = FitRules.withoutOriginWords(text);
            long[][] t = new long[names.length][];
            t[0] = time(() -> fit.fit(new ParkNeedInput(text, null, null, null, 10)));
            t[1] = time(() -> fit.fit(new ParkNeedInput(text, null, null, null, 10)));
            List<Token> tokens = retriever.segment(cleaned, true);
            t[2] = time(() -> retriever.segment(cleaned, true));
            List<String> terms = Terms.of(tokens);
            // "#i" makes each text new to the recent-vector cache
            float[][] vector = new float[1][];
            t[3] = time(() -> vector[0] = embedder.embed("#" + index + " " + cleaned));
            t[4] = time(() -> embedder.embed(Retriever.meaning(cleaned, terms) + " #" + index));
            Map<String, Object> params = Map.of("query", LuceneText.escape(String.join(" ", terms)), "kinds", List.copyOf(KINDS),
                    "candidates", 200);
            // whole entities: how the full-text stage read its candidates before it ranked on names (for comparison)
            String whole = "CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node AS n, score "
                    + "WITH n, score, " + EntityReader.kind("n") + " AS kind WHERE kind IN $kinds RETURN "
                    + EntityReader.PROJECTION + " AS n, score";
            t[5] = time(() -> cypher.read(whole, params));
            t[6] = time(() -> cypher.read(Retriever.FULLTEXT, params));
            t[7] = time(() -> vectors.nearest(vector[0], 40));
            t[8] = time(() -> retriever.retrieve(cleaned, KINDS, 60, retriever.settings().stages(), Retriever.VectorUse.ALWAYS));
            if (i >= warm) {
                for (int k = 0; k < names.length; k++) {
                    cpu[k] += t[k][0];
                    wall[k] += t[k][1];
                    bytes[k] += t[k][2];
                }
            }
        }
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%d new needs after %d unmeasured (one thread; `uptime`: %s)%n%n| stage | CPU ms | wall ms | KB allocated |%n|---|---:|---:|---:|%n",
                n, warm, BenchMain.uptime()));
        for (int k = 0; k < names.length; k++) {
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.0f |%n", names[k], cpu[k] / 1e6 / n, wall[k] / 1e6 / n,
                    bytes[k] / 1024.0 / n));
        }
        System.out.println(md);
        Files.createDirectories(Path.of("target/text-understanding"));
        Files.writeString(Path.of("target/text-understanding/stage-costs.md"), md.toString());
    }

    /**
     * The same new needs as {@code parkFit} over HTTP and GraphQL (the query of {@code bench/run.sh parkfit --phases
     * fit-new}), one request at a time from this thread: the CPU of the whole JVM per request (server threads, GC,
     * JIT, Neo4j; this thread's share, the client's, is taken out) next to the CPU of {@code parkFit} called
     * in-process, so the difference is what HTTP, GraphQL and the JSON answer cost. {@code -Djfr=FILE} records a JFR
     * profile of the measured requests. With {@code -Dseigraph.text.recent-vectors=0} the model runs in every request.
     */
    @Test
    void overHttp() throws Exception {
        ParkFitService fit = SharedApp.bean(ParkFitService.class);
        GraphQlHttp http = SharedApp.http();
        List<String> needs = NewNeeds.all();
        int warm = Integer.getInteger("warm", 200);
        int n = Integer.getInteger("n", 400);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String jfr = System.getProperty("jfr");
        Recording recording = null;
        long inProcess = 0;
        long[] overHttp = new long[3];
        for (int i = 0; i < warm + n; i++) {
            if (i == warm && jfr != null) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            // different needs for the two paths, so that neither finds the other's vector among the recent ones
            String a = needs.get(2 * i);
            String b = needs.get(2 * i + 1);
            long[] t = time(() -> fit.fit(new ParkNeedInput(a, null, null, null, 10)));
            long process = os.getProcessCpuTime();
            long mine = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            var answer = http.query(ParkFitBench.FIT, Map.of("need", Map.of("text", b)));
            if (answer.has("errors")) {
                throw new IllegalStateException(answer.toString());
            }
            long server = os.getProcessCpuTime() - process - (THREADS.getCurrentThreadCpuTime() - mine);
            if (i >= warm) {
                inProcess += t[0];
                overHttp[0] += server;
                overHttp[1] += System.nanoTime() - wall;
                overHttp[2] += THREADS.getCurrentThreadCpuTime() - mine;
            }
        }
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
        }
        String md = String.format(Locale.ROOT, "%d new needs after %d unmeasured, one request at a time (`uptime`: %s)%n%n"
                        + "| path | CPU ms | wall ms |%n|---|---:|---:|%n"
                        + "| parkFit in-process (this thread) | %.2f | |%n"
                        + "| parkFit over HTTP + GraphQL (the JVM but this thread) | %.2f | %.2f |%n"
                        + "| the client (this thread: request, JSON) | %.2f | |%n",
                n, warm, BenchMain.uptime(), inProcess / 1e6 / n, overHttp[0] / 1e6 / n, overHttp[1] / 1e6 / n,
                overHttp[2] / 1e6 / n);
        System.out.println(md);
        Files.createDirectories(Path.of("target/text-understanding"));
        Files.writeString(Path.of("target/text-understanding/http-costs.md"), md);
    }

    /**
     * This thread's CPU time and the wall time of one call, in ns, and the bytes it allocated on the Java heap (what
     * young collections have to clear; ONNX Runtime's native buffers are not in it).
     */
    private static long[] time(Runnable stage) {
        long allocated = ALLOCATION.getCurrentThreadAllocatedBytes();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        stage.run();
        long[] out = {THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall, 0};
        out[2] = ALLOCATION.getCurrentThreadAllocatedBytes() - allocated;
        return out;
    }
}
