package org.seigraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

/**
 * Benchmark, not a test (surefire's default includes leave it out of {@code mvn verify}). Run:
 * <pre>mvn -B -o test -Dtest=MapsBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * On the running app with the seed graph, over real HTTP: the 2-hop neighbourhood of EVERY node through
 * GraphQL {@code subgraph}, and the whole-graph export in each format; beside them, in the same run, the same
 * neighbourhoods and the whole graph read as raw Cypher through the Neo4j driver (no HTTP, no JSON, no
 * evidence sentences): the floor any API over this store pays. Prints a table and writes it to
 * {@code target/bench/maps.md}. The budget is 200 ms per answer.
 */
class MapsBenchmark {

    static final int WARMUP = 30;
    static final int EXPORT_RUNS = 40;
    static final String NEIGHBOURHOOD = "query($id: ID!) { subgraph(ids: [$id], hops: 2) { "
            + "nodes { id kind name nameEn summary depth properties sources { doc section start end text curated } } "
            + "edges { id source target type properties sources { doc section start end text curated } } } }";
    static final String RAW_NEIGHBOURHOOD = "MATCH (a:Entity {id: $id}) "
            + "OPTIONAL MATCH (a)-[r*1..2]-(b:Entity) WHERE none(x IN r WHERE type(x) = 'MENTIONS') "
            + "WITH a, collect(DISTINCT b) AS bs WITH [a] + bs AS ns "
            + "UNWIND ns AS x OPTIONAL MATCH (x)-[r]->(y:Entity) WHERE y IN ns AND type(r) <> 'MENTIONS' "
            + "RETURN ns, collect(r) AS rels";
    static final String RAW_WHOLE = "MATCH (n:Entity) WITH collect(n) AS ns "
            + "UNWIND ns AS x OPTIONAL MATCH (x)-[r]->(y:Entity) WHERE type(r) <> 'MENTIONS' RETURN ns, collect(r) AS rels";

    @Test
    void run() throws IOException {
        GraphQlHttp http = SharedApp.http();
        Driver driver = SharedApp.driver();
        List<String> ids = new ArrayList<>();
        http.query("{ wholeGraph { nodes { id } } }").get("data").get("wholeGraph").get("nodes")
                .forEach(n -> ids.add(n.get("id").asString()));

        // warm up every path (JIT, page cache, query plans)
        for (int i = 0; i < WARMUP; i++) {
            String id = ids.get(i % ids.size());
            check(http.query(NEIGHBOURHOOD, Map.of("id", id)).get("errors") == null, id);
            raw(driver, RAW_NEIGHBOURHOOD, Map.of("id", id));
            for (String f : List.of("cytoscape", "echarts", "graphml", "gexf")) {
                check(http.get("/api/export?format=" + f).status() == 200, f);
            }
            raw(driver, RAW_WHOLE, Map.of());
        }

        List<String> rows = new ArrayList<>();
        rows.add(row("2-hop neighbourhood, every node (" + ids.size() + "), GraphQL over HTTP", time(ids.size(), i -> {
            check(http.query(NEIGHBOURHOOD, Map.of("id", ids.get(i))).get("errors") == null, ids.get(i));
        })));
        org.seigraph.maps.SubgraphService service = SharedApp.bean(org.seigraph.maps.SubgraphService.class);
        rows.add(row("  the same, SubgraphService in-process (no HTTP, no GraphQL)", time(ids.size(), i ->
                service.subgraph(new org.seigraph.maps.SubgraphService.Request(List.of(ids.get(i)), 2, null, null, null, null)))));
        rows.add(row("  baseline: same neighbourhood, raw Cypher via the driver", time(ids.size(), i -> raw(driver, RAW_NEIGHBOURHOOD, Map.of("id", ids.get(i))))));
        for (String f : List.of("cytoscape", "echarts", "graphml", "gexf")) {
            rows.add(row("whole-graph export, format=" + f + " (" + http.get("/api/export?format=" + f).body().length() + " chars)",
                    time(EXPORT_RUNS, i -> check(http.get("/api/export?format=" + f).status() == 200, f))));
        }
        rows.add(row("  baseline: whole graph, raw Cypher via the driver", time(EXPORT_RUNS, i -> raw(driver, RAW_WHOLE, Map.of()))));

        String table = String.join("\n",
                "| what | runs | p50 ms | p95 ms | max ms |",
                "|---|---:|---:|---:|---:|",
                String.join("\n", rows));
        String report = "Maps benchmark (" + java.time.LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + ", Java " + System.getProperty("java.version") + ")\n\n" + table + "\n";
        System.out.println("\n" + report);
        Path out = Path.of("target", "bench", "maps.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    interface Run {
        void run(int i);
    }

    static double[] time(int n, Run run) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            run.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static String row(String what, double[] sorted) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", what, sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    static void raw(Driver driver, String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            session.executeRead(tx -> tx.run(cypher, params).list());
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("failed: " + what);
        }
    }

}
