package org.seigraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;
import org.seigraph.graph.GraphModel;
import org.seigraph.store.CypherRunner;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The {@code DateTime} scalar, and {@code changelog} on every entity type: one query per request level for all
 * entities of it (a DataLoader), however many there are.
 */
@Component
class CurationWiring implements RuntimeWiringConfigurer {

    private static final String LOADER = "Entity.changelog";

    private final CypherRunner cypher;

    CurationWiring(CypherRunner cypher, BatchLoaderRegistry registry) {
        this.cypher = cypher;
        registry.<String, List<Map<String, Object>>>forName(LOADER).registerMappedBatchLoader((ids, env) ->
                reactor.core.publisher.Mono.fromCallable(() -> load(ids)));
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        wiring.scalar(ExtendedScalars.DateTime);
        for (GraphModel.Label label : GraphModel.Label.values()) {
            wiring.type(label.name(), type -> type.dataFetcher("changelog", env -> {
                Map<String, Object> entity = env.getSource();
                org.dataloader.DataLoader<String, List<Map<String, Object>>> loader = env.getDataLoader(LOADER);
                CompletableFuture<List<Map<String, Object>>> list = loader.load((String) entity.get("id"));
                return list.thenApply(l -> l == null ? List.of() : l);
            }));
        }
    }

    private Map<String, List<Map<String, Object>>> load(Set<String> ids) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : cypher.read("UNWIND $ids AS id MATCH (c:ChangeRequest) WHERE id IN c.subjects "
                + "RETURN id, properties(c) AS c ORDER BY c.proposedAt, c.id", Map.of("ids", new ArrayList<>(ids)))) {
            @SuppressWarnings("unchecked")
            ChangeRequest c = ChangeRows.from((Map<String, Object>) row.get("c"));
            out.computeIfAbsent((String) row.get("id"), k -> new ArrayList<>()).add(ChangeView.of(c));
        }
        return out;
    }
}
