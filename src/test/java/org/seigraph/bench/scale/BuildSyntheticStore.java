package org.seigraph.bench.scale;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Builds a NEW embedded store holding the bundled graph plus N synthetic cities ({@link SyntheticCorpus}) and
 * reports the import rate. {@code --method import} (default): CSVs + Neo4j's offline importer ({@link OfflineImport}),
 * then constraints/lookup indexes and the full-text index on the new store. {@code --method transactional}:
 * constraints first, then {@link BulkLoader} batches.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/bench-cp.txt) org.seigraph.bench.scale.BuildSyntheticStore \
 *     --store target/bench/store-100 --cities 99 [--bundle file:import/graph/] [--page-cache 2g] [--seed 42]
 *     [--threads 2] [--max-off-heap 2g] [--csv-writers 2] [--id-type integer|string]
 *     [--import-args "--high-parallel-io=on ..."] [--verbose true] [--keep-csv true] [--indexes false]
 * </pre>
 * Prints one line of {@code key=value} pairs (also written to {@code --report FILE} when given). Rates are given
 * for the importer command alone ({@code relsPerSecond}, its whole wall time including its start-up) and for CSV
 * writing + importer together ({@code relsPerSecondWithCsv}); {@code buildSeconds} is the whole run including the
 * indexes.
 */
public final class BuildSyntheticStore {

    public static void main(String[] args) throws Exception {
        long mainStarted = System.nanoTime();
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path store = Path.of(opts.getOrDefault("store", "target/bench/store"));
        int cities = Integer.parseInt(opts.getOrDefault("cities", "0"));
        String bundleLocation = opts.getOrDefault("bundle", "file:import/graph/");
        String pageCache = opts.getOrDefault("page-cache", "2g");
        long seed = Long.parseLong(opts.getOrDefault("seed", "42"));
        int batch = Integer.parseInt(opts.getOrDefault("batch", String.valueOf(BulkLoader.DEFAULT_BATCH)));
        Path schema = Path.of(opts.getOrDefault("schema", "cypher/schema.cypher"));
        String method = opts.getOrDefault("method", "import");

        deleteRecursively(store);
        GraphBundle bundle = GraphBundle.read(bundleLocation);
        SyntheticCorpus corpus = new SyntheticCorpus(bundle, seed);
        List<String> statements = org.seigraph.store.SchemaInitializer.parse(Files.readString(schema, StandardCharsets.UTF_8));
        OfflineImport.Counts offline = null;
        if (method.equals("import")) {
            OfflineImport.Settings defaults = OfflineImport.Settings.defaults();
            String extra = opts.getOrDefault("import-args", "").trim();
            OfflineImport.Settings settings = new OfflineImport.Settings(
                    Integer.parseInt(opts.getOrDefault("threads", String.valueOf(defaults.threads()))),
                    opts.getOrDefault("max-off-heap", defaults.maxOffHeap()),
                    Integer.parseInt(opts.getOrDefault("csv-writers", String.valueOf(defaults.writers()))),
                    OfflineImport.IdKind.valueOf(opts.getOrDefault("id-type", defaults.ids().name()).toUpperCase()),
                    extra.isEmpty() ? List.of() : List.of(extra.split("\\s+")),
                    Boolean.parseBoolean(opts.getOrDefault("verbose", "false")),
                    Boolean.parseBoolean(opts.getOrDefault("keep-csv", "false")));
            offline = OfflineImport.run(store.toAbsolutePath(), bundle, corpus, cities, settings,
                    done -> {
                        if (done % 250 == 0 || done == cities) {
                            System.err.printf("  CSV written for %d/%d cities%n", done, cities);
                        }
                    });
        } else if (!method.equals("transactional")) {
            throw new IllegalArgumentException("--method import|transactional, not " + method);
        }
        if (offline != null) {
            System.err.println("importer arguments: " + String.join(" ", offline.importArgs()));
            if (!Boolean.parseBoolean(opts.getOrDefault("indexes", "true"))) {
                // experiments on the importer alone: no DBMS start, no indexes
                report(opts, String.format(java.util.Locale.ROOT, "method=import cities=%d nodes=%d rels=%d %s",
                        cities + 1, offline.nodes(), offline.relationships(), rates(offline)));
                return;
            }
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store.toAbsolutePath())
                .setConfig(BoltConnector.enabled, false)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long nodes;
            long rels;
            long transactions;
            double importSeconds;
            double schemaSeconds = 0;
            if (offline == null) {
                // transactional: constraints first (relationships find their ends through them), then batches
                schemaSeconds = applyConstraints(db, statements);
                BulkLoader loader = new BulkLoader(db, batch);
                long started = System.nanoTime();
                loader.bundle(bundle);
                loader.forEachCity(corpus, 1, cities + 1, 25, done -> {
                    if (done % 250 == 0 || done == cities) {
                        System.err.printf("  %d/%d cities, %d nodes, %d rels, %.1f s%n", done, cities, loader.nodes(),
                                loader.relationships(), (System.nanoTime() - started) / 1e9);
                    }
                });
                importSeconds = (System.nanoTime() - started) / 1e9;
                nodes = loader.nodes();
                rels = loader.relationships();
                transactions = loader.transactions();
            } else {
                // offline import: the store is built; constraints and lookup indexes are created on it now
                importSeconds = offline.importSeconds();
                nodes = offline.nodes();
                rels = offline.relationships();
                transactions = 0;
                schemaSeconds = applyConstraints(db, statements);
            }

            long indexStarted = System.nanoTime();
            for (String statement : statements) {
                if (statement.toUpperCase().contains("FULLTEXT")) {
                    try (Transaction tx = db.beginTx()) {
                        tx.execute(statement).close();
                        tx.commit();
                    }
                }
            }
            await(db);
            double indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
            try (Transaction tx = db.beginTx()) {
                tx.execute("MERGE (m:GraphMeta {key: 'bundle'}) SET m.hash = $hash, m.nodes = $nodes, m.relationships = $rels, "
                                + "m.syntheticCities = $cities, m.loadedAt = datetime()",
                        Map.of("hash", bundle.hash(), "nodes", nodes, "rels", rels, "cities", cities))
                        .close();
                tx.commit();
            }
            double buildSeconds = (System.nanoTime() - mainStarted) / 1e9;
            String report = String.format(java.util.Locale.ROOT,
                    "method=%s cities=%d nodes=%d rels=%d transactions=%d %s constraintIndexSeconds=%.1f "
                            + "fulltextIndexSeconds=%.1f buildSeconds=%.1f",
                    method, cities + 1, nodes, rels, transactions,
                    offline != null ? rates(offline) : String.format(java.util.Locale.ROOT,
                            "importSeconds=%.1f nodesPerSecond=%.0f relsPerSecond=%.0f entitiesPerSecond=%.0f",
                            importSeconds, nodes / importSeconds, rels / importSeconds, (nodes + rels) / importSeconds),
                    schemaSeconds, indexSeconds, buildSeconds);
            report(opts, report);
        } finally {
            dbms.shutdown();
        }
    }

    /** Importer alone (its command's wall time) and CSV writing + importer together. */
    private static String rates(OfflineImport.Counts c) {
        long n = c.nodes();
        long r = c.relationships();
        return String.format(java.util.Locale.ROOT,
                "csvSeconds=%.1f importSeconds=%.1f loadSeconds=%.1f nodesPerSecond=%.0f relsPerSecond=%.0f "
                        + "entitiesPerSecond=%.0f relsPerSecondWithCsv=%.0f entitiesPerSecondWithCsv=%.0f",
                c.writeCsvSeconds(), c.importSeconds(), c.totalSeconds(), n / c.importSeconds(), r / c.importSeconds(),
                (n + r) / c.importSeconds(), r / c.totalSeconds(), (n + r) / c.totalSeconds());
    }

    private static void report(Map<String, String> opts, String report) throws IOException {
        System.out.println(report);
        if (opts.containsKey("report")) {
            Files.writeString(Path.of(opts.get("report")), report + "\n");
        }
    }

    /** Creates the constraints and lookup indexes (the full-text index comes later, timed on its own); seconds taken. */
    private static double applyConstraints(GraphDatabaseService db, List<String> statements) {
        long started = System.nanoTime();
        for (String statement : statements) {
            if (!statement.toUpperCase().contains("FULLTEXT")) {
                try (Transaction tx = db.beginTx()) {
                    tx.execute(statement).close();
                    tx.commit();
                }
            }
        }
        await(db);
        return (System.nanoTime() - started) / 1e9;
    }

    private static void await(GraphDatabaseService db) {
        try (Transaction tx = db.beginTx()) {
            tx.execute("CALL db.awaitIndexes(7200)").close();
            tx.commit();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BuildSyntheticStore() {
    }
}
