package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.seigraph.store.SchemaInitializer;
import org.seigraph.support.HarnessNeo4j;
import org.seigraph.support.Alongside;

/**
 * cypher/load.cypher is generated from the committed CSVs, and loading it with LOAD CSV gives exactly the
 * graph the app's own loader gives: same nodes, labels, properties and relationships.
 */
@Alongside
class LoadCypherTest {

    private static final Path GRAPH = Path.of("import", "graph").toAbsolutePath();

    @Test
    void committedLoadCypherMatchesTheCsvHeaders() throws Exception {
        String committed = Files.readString(Path.of("cypher", "load.cypher"), StandardCharsets.UTF_8);
        assertThat(new LoadCypherWriter().render(GRAPH))
                .as("cypher/load.cypher is stale: run GenerateGraphCsv (import/README.md)").isEqualTo(committed);
    }

    @Test
    void loadCsvAndTheAppLoaderBuildTheSameGraph() throws Exception {
        try (Neo4j neo4j = start(); Driver driver = GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none())) {
            runScript(driver, "cypher/schema.cypher");
            GraphBundle bundle = GraphBundle.read("file:" + GRAPH + "/");
            new GraphLoader(driver, event -> { }).load(bundle);
            List<String> viaLoader = GraphLoaderTest.snapshot(driver);
            try (var session = driver.session()) {
                session.run("MATCH (n) DETACH DELETE n").consume();
            }
            runScript(driver, "cypher/load.cypher");
            List<String> viaLoadCsv = GraphLoaderTest.snapshot(driver);
            assertThat(viaLoadCsv).hasSize(bundle.nodeCount() + bundle.relationshipCount());
            assertThat(viaLoadCsv).isEqualTo(viaLoader);
        }
    }

    private static Neo4j start() {
        return HarnessNeo4j.builder()
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, GRAPH)
                .build();
    }

    private static void runScript(Driver driver, String file) throws Exception {
        try (var session = driver.session()) {
            for (String statement : SchemaInitializer.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8))) {
                session.run(statement).consume();
            }
        }
    }
}
