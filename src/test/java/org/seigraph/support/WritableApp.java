package org.seigraph.support;

import java.nio.file.Path;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.seigraph.SeiGraphApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second app per test JVM, on its own temporary store with the real bundled graph, for tests that write to the graph
 * or reload it (a park added, the admin reload), so that {@link SharedApp}, which every reading test shares, is never
 * written to. Tests using it put back what they change. It runs lean ({@link TempStores#leanArgs}): no test on it depends
 * on text vectors or on planning ahead, and every write would otherwise re-run the vector refresh beside it. Park fit
 * warms up as in production: ParkFitGraphChangeTest watches its evidence index filled at start-up and after a change.
 */
public final class WritableApp {

    private static ConfigurableApplicationContext context;

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            Path store = TempStores.newStoreDir();
            context = new SpringApplicationBuilder(SeiGraphApplication.class)
                    .run(TempStores.leanArgs(store, "classpath:import/graph/", Map.of("seigraph.parks.warm-up", "true")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> context.close()));
        }
        return context;
    }

    public static int port() {
        return ((WebServerApplicationContext) context()).getWebServer().getPort();
    }

    public static Driver driver() {
        return context().getBean(Driver.class);
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    private WritableApp() {
    }
}
