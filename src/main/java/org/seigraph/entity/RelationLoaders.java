package org.seigraph.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.seigraph.graph.EntityReader;
import org.seigraph.store.CypherRunner;
import org.seigraph.web.ApiException;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Serves every relation field of {@link EntitySchema}: from the entity map when the root compiled it in
 * ({@link SelectionCompiler}), otherwise through the field's DataLoader, which looks up all entities of one level
 * of a request in one query. A loader's query is the compiler's own rendering of the field ({@link CypherBuilder#loader})
 * and is read back the same way, so both paths give the same lists in the same order.
 */
@Component
class RelationLoaders implements RuntimeWiringConfigurer {

    private final EntitySchema schema;
    private final Map<String, String> queries = new LinkedHashMap<>();

    RelationLoaders(EntitySchema schema, CypherRunner cypher, EntityReader entities, ResponsibilityQueries responsibilities,
                    BatchLoaderRegistry registry) {
        this.schema = schema;
        CypherBuilder builder = new CypherBuilder(schema);
        PlanReader reader = new PlanReader(entities, responsibilities);
        for (RelationField relation : schema.relations()) {
            String query = Renderer.getDefaultRenderer().render(builder.loader(relation));
            Function<Object, List<Map<String, Object>>> elements = reader.elements(builder.loaderField(relation));
            queries.put(relation.qualifiedName(), query);
            registry.<String, List<Map<String, Object>>>forName(relation.qualifiedName())
                    .registerMappedBatchLoader((ids, env) -> onWorker(() -> load(cypher, query, elements, ids)));
        }
    }

    /** Each loader's query, by field ({@code Type.field}); {@link StartupPlans} has Neo4j plan them before the first request. */
    Map<String, String> queries() {
        return queries;
    }

    /**
     * Runs a batch on a worker thread, so the loaders of one level of a request (sector, bureaus,
     * technologies …) query Neo4j side by side instead of one after another on the request thread.
     */
    private static <T> Mono<T> onWorker(Callable<T> batch) {
        return Mono.fromCallable(batch).subscribeOn(Schedulers.boundedElastic());
    }

    private static Map<String, List<Map<String, Object>>> load(CypherRunner cypher, String query,
                                                               Function<Object, List<Map<String, Object>>> elements,
                                                               Set<String> ids) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Map<String, Object> row : cypher.read(query, EntityReader.batch(ids))) {
            out.put((String) row.get("id"), elements.apply(row.get("v")));
        }
        return out;
    }

    @Override
    public void configure(RuntimeWiring.Builder wiring) {
        for (RelationField relation : schema.relations()) {
            String name = relation.qualifiedName();
            DataFetcher<?> fetcher = relation.edge() ? asAsked(list(name)) : relation.single() ? single(name) : list(name);
            wiring.type(relation.type(), type -> type.dataFetcher(relation.field(), fetcher));
        }
    }

    /**
     * An edge field's list as asked: with {@code leadOnly: true} ({@code Bureau.responsibilities}) only the edges whose
     * bureau is listed first; where the field takes {@code includePlaceholders} (a subject's bureaus), the placeholder
     * bureaus only when included, and then {@code listSize} counting every entry.
     */
    private static DataFetcher<CompletableFuture<List<Map<String, Object>>>> asAsked(
            DataFetcher<CompletableFuture<List<Map<String, Object>>>> all) {
        return env -> {
            boolean leadOnly = Boolean.TRUE.equals(env.getArgument("leadOnly"));
            boolean filtersPlaceholders = env.getFieldDefinition().getArgument("includePlaceholders") != null;
            boolean includePlaceholders = Boolean.TRUE.equals(env.getArgument("includePlaceholders"));
            return all.get(env).thenApply(list -> {
                List<Map<String, Object>> asked = leadOnly
                        ? list.stream().filter(r -> Boolean.TRUE.equals(r.get("lead"))).toList() : list;
                return filtersPlaceholders ? ResponsibilityQueries.asAsked(asked, includePlaceholders) : asked;
            });
        };
    }

    /** The field's value compiled into its entity by {@link SelectionCompiler}, else the field's DataLoader. */
    @SuppressWarnings("unchecked")
    private static DataFetcher<CompletableFuture<List<Map<String, Object>>>> list(String loader) {
        return env -> {
            Map<String, Object> source = env.getSource();
            String key = compiledKey(env);
            return source.containsKey(key) ? CompletableFuture.completedFuture((List<Map<String, Object>>) source.get(key))
                    : load(env.getDataLoader(loader), notAsOf(source, env));
        };
    }

    @SuppressWarnings("unchecked")
    private static DataFetcher<CompletableFuture<Map<String, Object>>> single(String loader) {
        return env -> {
            Map<String, Object> source = env.getSource();
            String key = compiledKey(env);
            return source.containsKey(key) ? CompletableFuture.completedFuture((Map<String, Object>) source.get(key))
                    : load(env.getDataLoader(loader), notAsOf(source, env)).thenApply(list -> list.isEmpty() ? null : list.get(0));
        };
    }

    /** A loader reads the graph now: an entity read as of the past gets only what its own query compiled. */
    private static Map<String, Object> notAsOf(Map<String, Object> source, DataFetchingEnvironment env) {
        if (source.containsKey(EntityReader.AS_OF)) {
            throw ApiException.badRequest("'" + env.getField().getName() + "' is beyond what one asOf "
                    + "request can answer (at most " + SelectionCompiler.MAX_COMPILED + " relation fields, below node, nodes "
                    + "and the lists); ask for it in a second request");
        }
        return source;
    }

    private static String compiledKey(DataFetchingEnvironment env) {
        return SelectionPlanner.mapKey(env.getField().getResultKey(), ((GraphQLObjectType) env.getParentType()).getName());
    }

    private static CompletableFuture<List<Map<String, Object>>> load(DataLoader<String, List<Map<String, Object>>> loader,
                                                                     Map<String, Object> source) {
        return loader.load((String) source.get("id")).thenApply(list -> list == null ? List.of() : list);
    }
}
