package org.seigraph.entity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan, once the app is up, the fixed queries that answer a request shape the compiler has not seen yet:
 * entities by id with every property, and every DataLoader's query. A new shape is then answered without waiting for
 * a plan (see {@link SelectionCompiler}), while its compiled query is planned in the background. Then it answers,
 * inside the app, one request per entity type through that same path ({@link StandInRequests}), so that what else a
 * first use costs is paid here too. Runs on its own thread so that start-up does not wait for it; a request that
 * needs one of these queries before it is planned plans it itself, as it would without this. Off with
 * {@code seigraph.compiler.plan-ahead=false}.
 */
@Component
class StartupPlans {

    private static final Logger log = LoggerFactory.getLogger(StartupPlans.class);

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RelationLoaders loaders;
    private final EntitySchema schema;
    private final ObjectProvider<ExecutionGraphQlService> graphQl;
    private final boolean planAhead;
    private volatile boolean stopped;
    private final CountDownLatch done = new CountDownLatch(1);

    StartupPlans(CypherRunner cypher, EntityReader entities, RelationLoaders loaders, EntitySchema schema,
                 ObjectProvider<ExecutionGraphQlService> graphQl, SelectionCompiler.Settings settings) {
        this.cypher = cypher;
        this.entities = entities;
        this.loaders = loaders;
        this.schema = schema;
        this.graphQl = graphQl;
        this.planAhead = settings.planAhead();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // part of plan-ahead: without it every new shape waits for its own plan anyway
        if (!planAhead) {
            done.countDown();
            return;
        }
        Thread thread = new Thread(this::plan, "startup-plans");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Sends {@link StandInRequests} for every type that has an entity; how many answered without errors. */
    int walkStandIns() {
        Map<String, String> documents = StandInRequests.documents(schema);
        int answered = 0;
        for (var row : cypher.read(StandInRequests.sampleIds(List.copyOf(documents.keySet())), Map.of())) {
            if (stopped) {
                break;
            }
            String type = (String) row.get("type");
            ExecutionGraphQlResponse response = graphQl.getObject().execute(new DefaultExecutionGraphQlRequest(
                    documents.get(type), null, Map.of("id", row.get("id")), Map.of(), "stand-in-" + type, Locale.ROOT))
                    .block(Duration.ofMinutes(1));
            if (response != null && response.getErrors().isEmpty()) {
                answered++;
            } else {
                log.warn("The stand-in request of {} did not answer cleanly: {}", type, response == null ? "no response" : response.getErrors());
            }
        }
        return answered;
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    /** Waits until the planning and the walk at start-up are over (tests that count round trips); false on timeout. */
    boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void plan() {
        try {
            planAndWalk();
        } finally {
            done.countDown();
        }
    }

    private void planAndWalk() {
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
            long walked = System.nanoTime();
            int types = walkStandIns();
            log.info("Walked the stand-in path of {} entity types in {} ms", types, (System.nanoTime() - walked) / 1_000_000);
        } catch (RuntimeException e) {
            if (!stopped) {
                log.warn("Could not plan the entity queries ahead: {}", e.getMessage());
            }
        }
    }
}
