package org.seigraph.lookup;

import org.seigraph.entity.EntityRefs;
import org.seigraph.entity.ResponsibilityQueries;
import org.seigraph.entity.SelectionCompiler;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.seigraph.web.RequestLimits;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.seigraph.graph.EntityProjection;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphHistory;
import org.seigraph.graph.GraphView;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The analysts' queries: search, lists, responsibilities, dependencies, paths and aggregates. Lists answer
 * their whole selection (nested relation fields included) in one Cypher query ({@link SelectionCompiler}). The
 * lists and responsibilities take {@code asOf}: the answer as the graph stood then ({@link GraphHistory}), its
 * {@code totalCount} included.
 */
@Controller
class LookupController {

    /** Where a connection's entities sit in its selection. */
    private static final String EDGE_NODE = "edges/node";

    private final SearchService search;
    private final ListQueries lists;
    private final ResponsibilityQueries responsibilities;
    private final DependencyService dependencies;
    private final PathService paths;
    private final EntityReader entities;
    private final RequestLimits.Settings limits;
    private final SelectionCompiler compiler;
    private final EntityRefs refs;
    private final GraphHistory history;

    LookupController(SearchService search, ListQueries lists, ResponsibilityQueries responsibilities,
                     DependencyService dependencies, PathService paths, EntityReader entities,
                     RequestLimits.Settings limits, SelectionCompiler compiler, EntityRefs refs, GraphHistory history) {
        this.search = search;
        this.lists = lists;
        this.responsibilities = responsibilities;
        this.dependencies = dependencies;
        this.paths = paths;
        this.entities = entities;
        this.limits = limits;
        this.compiler = compiler;
        this.refs = refs;
        this.history = history;
    }

    @QueryMapping
    List<Map<String, Object>> search(@Argument String text, @Argument List<String> kinds, @Argument Integer first) {
        int size = RequestLimits.capped(first, 10, limits.maxFirst(), "first");
        return search.search(text, kinds, size).stream().map(SearchService::asGraphQl).toList();
    }

    @QueryMapping
    List<Map<String, Object>> sectors(@Argument String domain, @Argument OffsetDateTime asOf,
                                      DataFetchingFieldSelectionSet selection) {
        return history.asOf(asOf, () -> lists.sectors(domain, compiler.compile(selection)));
    }

    @QueryMapping
    List<Map<String, Object>> subsectors(@Argument String sector, @Argument String bureau, @Argument Boolean leadOnly,
                                         @Argument OffsetDateTime asOf, DataFetchingFieldSelectionSet selection) {
        return history.asOf(asOf, () -> lists.subsectors(sector, bureau, Boolean.TRUE.equals(leadOnly),
                compiler.compile(selection)));
    }

    @QueryMapping
    List<Map<String, Object>> measures(@Argument String chapter, @Argument String bureau, @Argument OffsetDateTime asOf,
                                       DataFetchingFieldSelectionSet selection) {
        return history.asOf(asOf, () -> lists.measures(chapter, bureau, compiler.compile(selection)));
    }

    @QueryMapping
    DataFetcherResult<Window<Map<String, Object>>> bureaus(@Argument String category, @Argument String subject,
                                                           @Argument Boolean includePlaceholders, @Argument OffsetDateTime asOf,
                                                           ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        ListQueries.Filter f = lists.bureaus(category, subject, Boolean.TRUE.equals(includePlaceholders));
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        return history.asOf(asOf, () -> Paging.page(subrange, 50, limits.maxFirst(),
                (skip, limit) -> lists.bureaus(f, skip, limit, p), () -> history.asOf(asOf, () -> lists.count(f))));
    }

    @QueryMapping
    DataFetcherResult<Window<Map<String, Object>>> parks(@Argument String category, @Argument String district,
                                                         @Argument String subsector, @Argument OffsetDateTime asOf,
                                                         ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        return inTextOrder(lists.parks(category, district, subsector), asOf, subrange, selection);
    }

    @QueryMapping
    DataFetcherResult<Window<Map<String, Object>>> targets(@Argument String owner, @Argument String targetKind,
                                                           @Argument String metric, @Argument Integer year,
                                                           @Argument OffsetDateTime asOf, ScrollSubrange subrange,
                                                           DataFetchingFieldSelectionSet selection) {
        return inTextOrder(lists.targets(owner, targetKind, metric, year), asOf, subrange, selection);
    }

    @QueryMapping
    DataFetcherResult<Window<Map<String, Object>>> technologies(@Argument String subsector, @Argument String mode,
                                                                @Argument String category, @Argument OffsetDateTime asOf,
                                                                ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        return inTextOrder(lists.technologies(subsector, mode, category), asOf, subrange, selection);
    }

    /** A page as of {@code asOf}; its total, counted only when asked (later, outside this read), as of then too. */
    private DataFetcherResult<Window<Map<String, Object>>> inTextOrder(ListQueries.Filter f, OffsetDateTime asOf,
                                                                      ScrollSubrange subrange,
                                                                      DataFetchingFieldSelectionSet selection) {
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        return history.asOf(asOf, () -> Paging.page(subrange, 50, limits.maxFirst(),
                (skip, limit) -> lists.inTextOrder(f, skip, limit, p), () -> history.asOf(asOf, () -> lists.count(f))));
    }

    @QueryMapping
    List<Map<String, Object>> responsibilities(@Argument String bureau, @Argument String subject, @Argument Boolean leadOnly,
                                               @Argument Boolean includePlaceholders, @Argument OffsetDateTime asOf) {
        return history.asOf(asOf, () -> responsibilities.find(bureau, subject, Boolean.TRUE.equals(leadOnly),
                Boolean.TRUE.equals(includePlaceholders)));
    }

    @QueryMapping
    List<Map<String, Object>> coResponsibility(@Argument String bureau, @Argument Boolean includePlaceholders) {
        return responsibilities.coResponsible(bureau, Boolean.TRUE.equals(includePlaceholders));
    }

    @QueryMapping
    List<Map<String, Object>> bureauWorkload(@Argument Boolean includePlaceholders) {
        return responsibilities.workload(Boolean.TRUE.equals(includePlaceholders));
    }

    @QueryMapping
    List<Map<String, Object>> sectorResearchGoals() {
        return lists.sectorGoals();
    }

    @QueryMapping
    GraphView dependencies(@Argument String id, @Argument String direction, @Argument Integer depth,
                           @Argument List<String> kinds, @Argument Boolean includePlaceholders) {
        return dependencies.closure(id, !"DOWNSTREAM".equals(direction), depth, kinds, Boolean.TRUE.equals(includePlaceholders));
    }

    @QueryMapping
    List<GraphView> paths(@Argument String from, @Argument String to, @Argument Integer maxHops, @Argument Boolean includePlaceholders) {
        return paths.shortestPaths(from, to, maxHops, Boolean.TRUE.equals(includePlaceholders));
    }

    @SchemaMapping(typeName = "Bureau", field = "coResponsible")
    List<Map<String, Object>> coResponsible(Map<String, Object> bureau, @Argument Boolean includePlaceholders) {
        return responsibilities.coResponsible((String) bureau.get("id"), Boolean.TRUE.equals(includePlaceholders));
    }

    /** The hit's kind beside its name, so that an Area and a District of one name are told apart at a glance. */
    @SchemaMapping(typeName = "SearchHit", field = "kind")
    String kind(Map<String, Object> hit) {
        return (String) ((Map<?, ?>) hit.get("entity")).get("kind");
    }

    /** Other entities of the same name as each hit's: one full-text round trip for all hits, one read of the entities. */
    @BatchMapping(typeName = "SearchHit", field = "sameName")
    Map<Map<String, Object>, List<Map<String, Object>>> sameName(List<Map<String, Object>> hits) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hitEntities = hits.stream().map(h -> (Map<String, Object>) h.get("entity")).toList();
        Map<String, List<EntityRefs.Candidate>> same = refs.sameName(hitEntities);
        List<String> ids = same.values().stream().flatMap(List::stream).map(EntityRefs.Candidate::id).distinct().toList();
        Map<String, Map<String, Object>> found = entities.byIds(ids);
        Map<Map<String, Object>, List<Map<String, Object>>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            out.put(hits.get(i), same.get((String) hitEntities.get(i).get("id")).stream()
                    .map(c -> found.get(c.id())).filter(java.util.Objects::nonNull).toList());
        }
        return out;
    }
}
