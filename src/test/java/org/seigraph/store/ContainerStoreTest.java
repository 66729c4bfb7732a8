package org.seigraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seigraph.SeiGraphApplication;
import org.seigraph.support.GraphQlHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The app against the official Neo4j image; runs wherever Docker exists, skipped elsewhere. Out of CI: CI has no
 * Docker, so this is the one test that is skipped there (README, "Tests").
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerStoreTest {

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword("seigraph-test");

    @Test
    void servesTheGraphFromTheOfficialImage() {
        try (var app = new SpringApplicationBuilder(SeiGraphApplication.class).run(
                "--seigraph.embedded.enabled=false",
                "--spring.neo4j.uri=" + NEO4J.getBoltUrl(),
                "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=seigraph-test",
                "--seigraph.store.bundle=classpath:bundles/valid/",
                "--server.port=0")) {
            var http = new GraphQlHttp(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(http.query("{ node(id: \"bureau:市海洋局\") { name } }").at("/data/node/name").asString())
                    .isEqualTo("市海洋局");
        }
    }
}
