package org.seigraph.support;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.driver.Driver;
import org.seigraph.SeiGraphApplication;
import org.seigraph.text.TextIndexer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One running app per test JVM on a temporary embedded store with the real bundled graph, shared by
 * every test class that only reads (starting Neo4j once keeps the suite fast). Tests that change the
 * graph or the app's configuration start their own.
 */
public final class SharedApp {

    private static ConfigurableApplicationContext context;

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            Path store = TempStores.newStoreDir();
            context = new SpringApplicationBuilder(SeiGraphApplication.class)
                    .run(TempStores.embeddedArgs(store, "classpath:import/graph/"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close()));
            // the text vectors are written in the background after start-up: wait, so that tests see a settled store
            if (!context.getBean(TextIndexer.class).awaitReady(Duration.ofMinutes(5))) {
                throw new IllegalStateException("text index not ready after 5 minutes");
            }
        }
        return context;
    }

    public static GraphQlHttp http() {
        return new GraphQlHttp(port());
    }

    public static int port() {
        return ((WebServerApplicationContext) context()).getWebServer().getPort();
    }

    /** Spring for GraphQL's tester over real HTTP to the shared app (30 s per answer, as GraphQlHttp). */
    public static org.springframework.graphql.test.tester.HttpGraphQlTester graphQlTester() {
        return org.springframework.graphql.test.tester.HttpGraphQlTester.create(
                        org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                                .baseUrl("http://127.0.0.1:" + port() + "/graphql")
                                .responseTimeout(java.time.Duration.ofSeconds(30)).build())
                .mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    public static Driver driver() {
        return context().getBean(Driver.class);
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private SharedApp() {
    }
}
