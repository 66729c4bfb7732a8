package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.seigraph.support.HarnessNeo4j;
import org.seigraph.support.Alongside;

/** Loading bundles into a real Neo4j through the driver: idempotent, and a bad file changes nothing. */
@Alongside
class GraphLoaderTest {

    static Neo4j neo4j;
    static Driver driver;
    static GraphLoader loader;

    @BeforeAll
    static void start() {
        neo4j = HarnessNeo4j.builder().build();
        driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none());
        loader = new GraphLoader(driver, event -> { });
    }

    @AfterAll
    static void stop() {
        driver.close();
        neo4j.close();
    }

    /** Every node and relationship with all labels and properties, in a fixed order. */
    static List<String> snapshot() {
        return snapshot(driver);
    }

    static List<String> snapshot(Driver driver) {
        try (var session = driver.session()) {
            var nodes = session.run("MATCH (n) WHERE NOT n:GraphMeta RETURN n.id AS id, labels(n) AS l, properties(n) AS p ORDER BY id")
                    .list(r -> r.get("id").asString() + " " + r.get("l").asList() + " " + new java.util.TreeMap<>(r.get("p").asMap()));
            var rels = session.run("MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p ORDER BY id")
                    .list(r -> r.get("id").asString() + " " + r.get("t").asString() + " " + r.get("a").asString() + "->"
                            + r.get("b").asString() + " " + new java.util.TreeMap<>(r.get("p").asMap()));
            return java.util.stream.Stream.concat(nodes.stream(), rels.stream()).toList();
        }
    }

    @Test
    void loadingTwiceChangesNothing() {
        GraphBundle bundle = GraphBundle.read("classpath:bundles/valid/");
        assertThat(bundle.nodeCount()).isEqualTo(4);
        assertThat(bundle.relationshipCount()).isEqualTo(2);
        loader.load(bundle);
        List<String> first = snapshot();
        loader.load(GraphBundle.read("classpath:bundles/valid/"));
        assertThat(snapshot()).isEqualTo(first);
        assertThat(first).hasSize(6);
        assertThat(first).anyMatch(line -> line.startsWith("bureau:市海洋局 [Entity, Bureau]") || line.startsWith("bureau:市海洋局 [Bureau, Entity]"));
        assertThat(first).anyMatch(line -> line.contains("RESPONSIBLE_FOR bureau:市海洋局->subsector:海洋工程装备")
                && line.contains("lead=false") && line.contains("rank=2") && line.contains("listSize=2"));
        assertThat(loader.loadedHash()).contains(bundle.hash());
    }

    @Test
    void removesWhatTheNewBundleNoLongerHas() {
        loader.load(GraphBundle.read("classpath:bundles/valid/"));
        try (var session = driver.session()) {
            session.run("CREATE (:Entity:Park {id: 'park:stale', name: 'stale'})").consume();
        }
        loader.load(GraphBundle.read("classpath:bundles/valid/"));
        assertThat(snapshot()).noneMatch(line -> line.startsWith("park:stale"));
    }

    @ParameterizedTest
    @CsvSource({
            "missing-column, nodes/Bureau.csv, 1, name, missing column",
            "bad-number, rels/RESPONSIBLE_FOR.csv, 3, rank, bad int value 'two'",
            "unknown-label, nodes/Agency.csv, 0, , unknown label 'Agency'",
            "dangling, rels/RESPONSIBLE_FOR.csv, 3, from, dangling relationship: no node 'bureau:市海事局'"})
    void brokenBundleLoadsNothingAndNamesTheProblem(String bundle, String file, long line, String column, String problem) {
        loader.load(GraphBundle.read("classpath:bundles/valid/"));
        List<String> before = snapshot();
        assertThatThrownBy(() -> loader.load(GraphBundle.read("classpath:bundles/" + bundle + "/")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.getMessage()).contains(file).contains(problem);
                });
        assertThat(snapshot()).isEqualTo(before);
    }
}
