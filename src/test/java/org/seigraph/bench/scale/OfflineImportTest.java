package org.seigraph.bench.scale;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.seigraph.graph.GraphModel;
import org.seigraph.support.Alongside;

/**
 * The offline import (CSV writing in parallel parts + Neo4j's importer) stores exactly the bundled graph plus the
 * synthetic cities: every node with its labels and typed properties (quotes, commas, the multi-line plan text,
 * arrays, numbers, booleans), every relationship with its ends and properties — with string and with integer
 * importer ids, one or several CSV writers.
 */
@Alongside
class OfflineImportTest {

    static GraphBundle bundle;
    static SyntheticCorpus corpus;
    static final int CITIES = 3;

    @BeforeAll
    static void read() {
        bundle = GraphBundle.read("file:import/graph/");
        corpus = new SyntheticCorpus(bundle, 42);
    }

    @ParameterizedTest
    @CsvSource({"INTEGER, 2", "STRING, 1", "INTEGER, 5"})
    void storesTheCorpusExactly(OfflineImport.IdKind ids, int writers, @TempDir Path home) throws Exception {
        var settings = new OfflineImport.Settings(2, "256m", writers, ids, List.of(), false, false);
        TreeSet<Integer> progress = new TreeSet<>();
        OfflineImport.Counts counts = OfflineImport.run(home, bundle, corpus, CITIES, settings, i -> {
            synchronized (progress) {
                progress.add(i);
            }
        });

        List<String> expectedNodes = new ArrayList<>();
        List<String> expectedRels = new ArrayList<>();
        bundle.nodeFiles().forEach(f -> f.rows().forEach(r -> expectedNodes.add(node(f.label().name(), r))));
        bundle.relFiles().forEach(f -> f.rows().forEach(r -> expectedRels.add(rel(f.type().name(), r.from(), r.to(), withId(r)))));
        for (int i = 1; i <= CITIES; i++) {
            var city = corpus.city(i);
            city.nodes().forEach((label, rows) -> rows.forEach(r -> expectedNodes.add(node(label.name(), r))));
            city.rels().forEach((type, rows) -> rows.forEach(r -> expectedRels.add(rel(type.name(), r.from(), r.to(), withId(r)))));
        }
        assertThat(counts.nodes()).isEqualTo(expectedNodes.size());
        assertThat(counts.relationships()).isEqualTo(expectedRels.size());
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(Files.exists(home.resolve("import-csv"))).isFalse();
        // only the plan document's text spans lines: every other file is parsed in parallel chunks
        assertThat(counts.importArgs()).contains("--multiline-fields-format=v2", "--id-type=" + ids.name().toLowerCase());
        assertThat(counts.importArgs().stream().filter(a -> a.startsWith("--multiline-fields=")).findFirst().orElseThrow())
                .contains("nodes-Document.0.csv").doesNotContain("Section").doesNotContain("rels-");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L << 20)
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            List<String> nodes = new ArrayList<>();
            List<String> rels = new ArrayList<>();
            try (Transaction tx = db.beginTx()) {
                for (Node n : tx.getAllNodes()) {
                    TreeSet<String> labels = new TreeSet<>();
                    n.getLabels().forEach(l -> labels.add(l.name()));
                    assertThat(labels).contains(GraphModel.ENTITY).hasSize(2);
                    labels.remove(GraphModel.ENTITY);
                    nodes.add(node(labels.first(), props(n)));
                }
                for (Relationship r : tx.getAllRelationships()) {
                    rels.add(rel(r.getType().name(), (String) r.getStartNode().getProperty("id"),
                            (String) r.getEndNode().getProperty("id"), props(r)));
                }
            }
            assertThat(nodes).containsExactlyInAnyOrderElementsOf(expectedNodes);
            assertThat(rels).containsExactlyInAnyOrderElementsOf(expectedRels);
        } finally {
            dbms.shutdown();
        }
    }

    private static Map<String, Object> withId(GraphBundle.RelRow r) {
        Map<String, Object> p = new TreeMap<>(r.props());
        p.put("id", r.id());
        return p;
    }

    private static Map<String, Object> props(Entity e) {
        Map<String, Object> p = new TreeMap<>();
        e.getAllProperties().forEach((k, v) -> p.put(k, v instanceof String[] a ? Arrays.asList(a) : v));
        return p;
    }

    private static String node(String label, Map<String, Object> props) {
        return label + " " + new TreeMap<>(props);
    }

    private static String rel(String type, String from, String to, Map<String, Object> props) {
        return type + " " + from + "->" + to + " " + new TreeMap<>(props);
    }
}
