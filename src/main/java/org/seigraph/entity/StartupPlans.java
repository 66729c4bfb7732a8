package org.seigraph.entity;

import java.util.List;
import java.util.Map;

import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan, before the first request, the fixed queries that answer a request shape the compiler has not seen
 * yet: entities by id with every property, and every DataLoader's query. A new shape is then answered without
 * waiting for a plan (see {@link SelectionCompiler}), while its compiled query is planned in the background.
 */
@Component
class StartupPlans {

    private static final Logger log = LoggerFactory.getLogger(StartupPlans.class);

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final RelationLoaders loaders;

    StartupPlans(CypherRunner cypher, EntityReader entities, RelationLoaders loaders) {
        this.cypher = cypher;
        this.entities = entities;
        this.loaders = loaders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void plan() {
        long started = System.nanoTime();
        Map<String, Object> noIds = EntityReader.batch(List.of());
        try {
            entities.byIds(List.of());
            loaders.queries().values().forEach(query -> cypher.read(query, noIds));
            log.info("Planned the entity and {} DataLoader queries in {} ms", loaders.queries().size(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not plan the entity queries ahead: {}", e.getMessage());
        }
    }
}
