package org.seigraph.ingest;

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
 * Builds a NEW embedded store holding the bundled graph plus N synthetic cities ({@link SyntheticCorpus}),
 * through {@link BulkLoader}, and reports the import rate. Constraints and lookup indexes are created first
 * (relationships find their ends through them); the full-text index is created after the data and its
 * population is timed separately.
 *
 * <pre>
 * java -cp target/classes:$(cat target/cp.txt) org.seigraph.ingest.BuildSyntheticStore \
 *     --store target/bench/store-100 --cities 99 [--bundle file:import/graph/] [--page-cache 2g] [--seed 42]
 * </pre>
 * Prints one line of {@code key=value} pairs (also written to {@code --report FILE} when given).
 */
public final class BuildSyntheticStore {

    public static void main(String[] args) throws Exception {
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
            offline = OfflineImport.run(store.toAbsolutePath(), bundle, corpus, cities,
                    Integer.parseInt(opts.getOrDefault("threads", "2")), opts.getOrDefault("max-off-heap", "2g"),
                    done -> {
                        if (done % 250 == 0 || done == cities) {
                            System.err.printf("  CSV written for %d/%d cities%n", done, cities);
                        }
                    });
        } else if (!method.equals("transactional")) {
            throw new IllegalArgumentException("--method import|transactional, not " + method);
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
            String report = String.format(java.util.Locale.ROOT,
                    "method=%s cities=%d nodes=%d rels=%d transactions=%d csvSeconds=%.1f importSeconds=%.1f "
                            + "nodesPerSecond=%.0f relsPerSecond=%.0f entitiesPerSecond=%.0f constraintIndexSeconds=%.1f "
                            + "fulltextIndexSeconds=%.1f",
                    method, cities + 1, nodes, rels, transactions, offline == null ? 0 : offline.writeCsvSeconds(),
                    importSeconds, nodes / importSeconds, rels / importSeconds, (nodes + rels) / importSeconds,
                    schemaSeconds, indexSeconds);
            System.out.println(report);
            if (opts.containsKey("report")) {
                Files.writeString(Path.of(opts.get("report")), report + "\n");
            }
        } finally {
            dbms.shutdown();
        }
    }

    /** Same rules as SchemaInitializer: statements end with ';', lines starting with '//' are comments. */
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
