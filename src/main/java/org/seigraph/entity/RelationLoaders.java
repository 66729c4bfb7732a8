package org.seigraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import org.dataloader.DataLoader;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.store.CypherRunner;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import graphql.schema.idl.RuntimeWiring;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves every field of {@link Relations} and the responsibility fields: from the entity map when the root
 * query compiled them in ({@link SelectionCompiler}), otherwise through DataLoaders, where all entities of one
 * level of a request are looked up in a single Cypher query per field.
 */
@Component
class RelationLoaders implements RuntimeWiringConfigurer {

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final ResponsibilityQueries responsibilities;

    RelationLoaders(CypherRunner cypher, EntityReader entities, ResponsibilityQueries responsibilities,
                    BatchLoaderRegistry registry) {
        this.cypher = cypher;
        this.entities = entities;
        this.responsibilities = responsibilities;
        for (Relation relation : Relations.ALL) {
            String query = query(relation);
            registry.<String, List<Map<String, Object>>>forName(relation.loaderName())
                    .registerMappedBatchLoader((ids, env) -> onWorker(() -> load(query, ids)));
        }
        registry.<String, List<Map<String, Object>>>forName("Responsibility.bySubject")
                .registerMappedBatchLoader((ids, env) -> onWorker(() -> responsibilities.bySubjects(ids)));
        registry.<String, List<Map<String, Object>>>forName("Responsibility.byBureau")
                .registerMappedBatchLoader((ids, env) -> onWorker(() -> responsibilities.byBureaus(ids)));
    }

    /**
     * Runs a batch on a worker thread, so the loaders of one level of a request (sector, bureaus,
     * technologies …) query Neo4j side by side instead of one after another on the request thread.
     */
    private static <T> Mono<T> onWorker(java.util.concurrent.Callable<T> batch) {
        return Mono.fromCallable(batch).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (Relation relation : Relations.ALL) {
            wiring.type(relation.type(), type -> type.dataFetcher(relation.field(),
                    relation.single() ? single(relation.loaderName()) : list(relation.loaderName())));
        }
        for (String type : Relations.SUBJECTS_WITH_BUREAUS) {
            wiring.type(type, t -> t.dataFetcher("bureaus", env -> list("Responsibility.bySubject").get(env).thenApply(list ->
                    ResponsibilityQueries.asAsked(list, Boolean.TRUE.equals(env.getArgument("includePlaceholders"))))));
        }
        wiring.type("Bureau", t -> t.dataFetcher("responsibilities", env -> {
            boolean leadOnly = Boolean.TRUE.equals(env.getArgument("leadOnly"));
            return list("Responsibility.byBureau").get(env)
                    .thenApply(list -> leadOnly ? list.stream().filter(r -> Boolean.TRUE.equals(r.get("lead"))).toList() : list);
        }));
    }

    /** The field's value compiled into its entity by {@link SelectionCompiler}, else the field's DataLoader. */
    @SuppressWarnings("unchecked")
    private static DataFetcher<CompletableFuture<List<Map<String, Object>>>> list(String loader) {
        return env -> {
            Map<String, Object> source = env.getSource();
            String key = compiledKey(env);
            return source.containsKey(key) ? CompletableFuture.completedFuture((List<Map<String, Object>>) source.get(key))
                    : loader(env.getDataLoader(loader), source);
        };
    }

    @SuppressWarnings("unchecked")
    private static DataFetcher<CompletableFuture<Map<String, Object>>> single(String loader) {
        return env -> {
            Map<String, Object> source = env.getSource();
            String key = compiledKey(env);
            return source.containsKey(key) ? CompletableFuture.completedFuture((Map<String, Object>) source.get(key))
                    : loader(env.getDataLoader(loader), source).thenApply(list -> list.isEmpty() ? null : list.get(0));
        };
    }

    private static String compiledKey(DataFetchingEnvironment env) {
        return SelectionCompiler.key(env.getField().getResultKey(), ((GraphQLObjectType) env.getParentType()).getName());
    }

    private static CompletableFuture<List<Map<String, Object>>> loader(DataLoader<String, List<Map<String, Object>>> loader,
                                                                       Map<String, Object> source) {
        String id = (String) source.get("id");
        return loader.load(id).thenApply(list -> list == null ? List.of() : list);
    }

    private Map<String, List<Map<String, Object>>> load(String query, Set<String> ids) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Map<String, Object> row : cypher.read(query, Map.of("ids", List.copyOf(ids)))) {
            String id = (String) row.get("id");
            Map<String, Object> entity = entities.entity(row.get("n"));
            if (seen.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) entity.get("id"))) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(entity);
            }
        }
        return out;
    }

    /** Rel types and labels come from the {@link Relations} table (checked against the model), never from input. */
    static String query(Relation relation) {
        String branches = relation.steps().stream().map(step -> {
            GraphModel.relType(step.relType()).orElseThrow(() -> new IllegalStateException("Unknown type " + step.relType()));
            String target = step.targetLabel() == null ? GraphModel.ENTITY
                    : GraphModel.label(step.targetLabel()).orElseThrow().name();
            String pattern = step.dir() == Relation.Dir.OUT
                    ? "(s)-[r:" + step.relType() + "]->(n:" + target + ")"
                    : "(s)<-[r:" + step.relType() + "]-(n:" + target + ")";
            return "WITH s MATCH " + pattern + " RETURN r, n";
        }).collect(Collectors.joining(" UNION ALL "));
        return "UNWIND $ids AS id MATCH (s:Entity {id: id}) CALL { " + branches + " } "
                + "WITH id, r, n ORDER BY id, coalesce(r.end, 1000000), coalesce(r.rank, 1000000), n.id "
                + "RETURN id, " + EntityReader.PROJECTION + " AS n";
    }
}
