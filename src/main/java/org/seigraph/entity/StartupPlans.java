package org.seigraph.entity;

import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan, once the app is up, the fixed queries that answer a request shape the compiler has not seen yet:
 * entities by id with every property, and every DataLoader's query. A new shape is then answered without waiting for
 * a plan (see {@link SelectionCompiler}), while its compiled query is planned in the background. Runs on its own
 * thread so that start-up does not wait for it; a request that needs one of these queries before it is planned plans
 * it itself, as it would without this. A load drops Neo4j's plans ({@code CypherRunner#replanAfterLoad}), so a load
 * while the app runs (an admin reload) has them planned again. Off with {@code seigraph.compiler.plan-ahead=false}.
 */
@Component
class StartupPlans {

    private static final Logger log = LoggerFactory.getLogger(StartupPlans.class);

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RelationLoaders loaders;
    private final boolean planAhead;
    private volatile boolean stopped;
    /** Set once the app is up: a load after it (not the one at start-up) plans the queries again. */
    private volatile boolean ready;

    StartupPlans(CypherRunner cypher, EntityReader entities, RelationLoaders loaders, SelectionCompiler.Settings settings) {
        this.cypher = cypher;
        this.entities = entities;
        this.loaders = loaders;
        this.planAhead = settings.planAhead();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // part of plan-ahead: without it every new shape waits for its own plan anyway
        if (!planAhead) {
            return;
        }
        ready = true;
        inBackground();
    }

    @EventListener(GraphLoadedEvent.class)
    void reloaded() {
        if (ready) {
            inBackground();
        }
    }

    private void inBackground() {
        Thread thread = new Thread(this::plan, "startup-plans");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    void plan() {
        long started = System.nanoTime();
        Map<String, Object> noIds = EntityReader.batch(List.of());
        try {
            entities.byIds(List.of());
            for (String query : loaders.queries().values()) {
                if (stopped) {
                    return;
                }
                cypher.read(query, noIds);
            }
            log.info("Planned the entity and {} DataLoader queries in {} ms", loaders.queries().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("Could not plan the entity queries ahead: {}", e.getMessage());
            }
        }
    }
}
