package org.seigraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.seigraph.SeiGraphApplication;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.TempStores;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import org.seigraph.support.Alongside;

/** The app on its embedded Neo4j: start, schema, GraphQL over HTTP, restart on the same store. */
@Alongside
class EmbeddedStoreTest {

    private static ConfigurableApplicationContext start(Path store) {
        return new SpringApplicationBuilder(SeiGraphApplication.class)
                .run(TempStores.leanArgs(store, "classpath:bundles/valid/"));
    }

    private static GraphQlHttp http(ConfigurableApplicationContext ctx) {
        return new GraphQlHttp(((WebServerApplicationContext) ctx).getWebServer().getPort());
    }

    private static List<String> schemaNames(Driver driver) {
        try (var session = driver.session()) {
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").list(r -> r.get(0).asString());
            var indexes = session.run("SHOW INDEXES YIELD name RETURN name ORDER BY name").list(r -> r.get(0).asString());
            return java.util.stream.Stream.concat(constraints.stream(), indexes.stream()).toList();
        }
    }

    @Test
    void servesGraphQlOnAppliedSchemaAndKeepsDataAcrossRestart() {
        Path store = TempStores.newStoreDir();
        List<String> schemaBefore;
        String loadedAt;
        try (var ctx = start(store)) {
            Driver driver = ctx.getBean(Driver.class);
            schemaBefore = schemaNames(driver);
            assertThat(schemaBefore).contains("entity_id", "subsector_id", "bureau_id", "entity_names");
            assertThat(ctx.getBean(EmbeddedNeo4j.class).boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(ctx.getBean(EmbeddedNeo4j.class).boltUri().getPort()).as("port 0 picks a free port").isNotEqualTo(7687);
            assertThat(ctx.getBean(EmbeddedNeo4jProperties.class).storeDir()).isEqualTo(store);

            GraphQlHttp http = http(ctx);
            JsonNode unknown = http.query("{ node(id: \"subsector:不存在\") { id } }");
            assertThat(unknown.at("/data/node").isNull()).isTrue();
            assertThat(unknown.has("errors")).isFalse();
            JsonNode known = http.query("{ node(id: \"subsector:海洋工程装备\") { id kind name nameEn aliases sources { doc section start end text } } }");
            assertThat(known.at("/data/node/kind").asString()).isEqualTo("Subsector");
            assertThat(known.at("/data/node/name").asString()).isEqualTo("海洋工程装备");
            assertThat(known.at("/data/node/aliases/0").asString()).isEqualTo("海工装备");
            assertThat(known.at("/data/node/sources/0/text").asString()).isEqualTo("海洋工程装备。");

            try (var session = driver.session()) {
                session.run("CREATE (:Marker {note: 'written before restart'})").consume();
                loadedAt = session.run("MATCH (m:GraphMeta) RETURN toString(m.loadedAt)").single().get(0).asString();
            }
        }
        try (var ctx = start(store)) {
            Driver driver = ctx.getBean(Driver.class);
            assertThat(schemaNames(driver)).isEqualTo(schemaBefore);
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (m:Marker) RETURN count(m)").single().get(0).asLong()).isEqualTo(1);
                assertThat(session.run("MATCH (m:GraphMeta) RETURN toString(m.loadedAt)").single().get(0).asString())
                        .as("same bundle is not reloaded").isEqualTo(loadedAt);
                assertThat(session.run("MATCH (n:Entity) RETURN count(n)").single().get(0).asLong()).isEqualTo(4);
            }
            JsonNode health = http(ctx).get("/actuator/health").json();
            assertThat(health.at("/status").asString()).isEqualTo("UP");
            assertThat(health.at("/components/neo4j/status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void schemaScriptSplitsIntoStatementsAndSkipsComments() {
        List<String> statements = SchemaInitializer.parse(
                "// a comment; with a semicolon\nCREATE A;\n\nRETURN split(x, ';') AS y,\n  1 AS z;\nCREATE B\n  OPTIONS {x: 1};");
        assertThat(statements).containsExactly("CREATE A", "RETURN split(x, ';') AS y,\n  1 AS z", "CREATE B\n  OPTIONS {x: 1}");
    }
}
