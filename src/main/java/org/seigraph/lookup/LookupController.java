package org.seigraph.lookup;

import org.seigraph.entity.ResponsibilityQueries;
import org.seigraph.entity.SelectionCompiler;

import java.util.List;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.web.RequestLimits;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.seigraph.graph.EntityProjection;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphView;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The analysts' queries: search, lists, responsibilities, dependencies, paths and aggregates. Lists answer
 * their whole selection (nested relation fields included) in one Cypher query ({@link SelectionCompiler}).
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

    LookupController(SearchService search, ListQueries lists, ResponsibilityQueries responsibilities,
                     DependencyService dependencies, PathService paths, EntityReader entities,
                     RequestLimits.Settings limits, SelectionCompiler compiler) {
        this.search = search;
        this.lists = lists;
        this.responsibilities = responsibilities;
        this.dependencies = dependencies;
        this.paths = paths;
        this.entities = entities;
        this.limits = limits;
        this.compiler = compiler;
    }

    @QueryMapping
    List<Map<String, Object>> search(@Argument String text, @Argument List<String> kinds, @Argument Integer first) {
        int size = RequestLimits.capped(first, 10, limits.maxFirst(), "first");
        return search.search(text, kinds, size).stream().map(SearchService::asGraphQl).toList();
    }

    @QueryMapping
    List<Map<String, Object>> sectors(@Argument String domain, DataFetchingFieldSelectionSet selection) {
        return lists.sectors(known(domain, "domain"), compiler.compile(selection));
    }

    @QueryMapping
    List<Map<String, Object>> subsectors(@Argument String sector, @Argument String bureau, @Argument Boolean leadOnly,
                                         DataFetchingFieldSelectionSet selection) {
        return lists.subsectors(known(sector, "sector"), known(bureau, "bureau"), Boolean.TRUE.equals(leadOnly),
                compiler.compile(selection));
    }

    @QueryMapping
    List<Map<String, Object>> measures(@Argument String chapter, @Argument String bureau, DataFetchingFieldSelectionSet selection) {
        return lists.measures(chapter, known(bureau, "bureau"), compiler.compile(selection));
    }

    @QueryMapping
    Window<Map<String, Object>> bureaus(@Argument String category, @Argument String subject, @Argument Boolean includePlaceholders,
                                        ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        String s = known(subject, "subject");
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        boolean placeholders = Boolean.TRUE.equals(includePlaceholders);
        return Paging.page(subrange, 50, limits.maxFirst(), (skip, limit) -> lists.bureaus(category, s, placeholders, skip, limit, p));
    }

    @QueryMapping
    Window<Map<String, Object>> parks(@Argument String category, @Argument String district, @Argument String subsector,
                                      ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        String d = known(district, "district");
        String s = known(subsector, "subsector");
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        return Paging.page(subrange, 50, limits.maxFirst(), (skip, limit) -> lists.parks(category, d, s, skip, limit, p));
    }

    @QueryMapping
    Window<Map<String, Object>> targets(@Argument String owner, @Argument String targetKind, @Argument String metric,
                                        ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        String o = known(owner, "owner");
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        return Paging.page(subrange, 50, limits.maxFirst(), (skip, limit) -> lists.targets(o, targetKind, metric, skip, limit, p));
    }

    @QueryMapping
    Window<Map<String, Object>> technologies(@Argument String subsector, @Argument String mode, @Argument String category,
                                             ScrollSubrange subrange, DataFetchingFieldSelectionSet selection) {
        String s = known(subsector, "subsector");
        if (mode != null && !ListQueries.MODES.contains(mode)) {
            throw ApiException.badRequest("Unknown mode '" + mode + "'; known modes: " + ListQueries.MODES);
        }
        EntityProjection p = compiler.compile(selection, EDGE_NODE);
        return Paging.page(subrange, 50, limits.maxFirst(), (skip, limit) -> lists.technologies(s, mode, category, skip, limit, p));
    }

    @QueryMapping
    List<Map<String, Object>> responsibilities(@Argument String bureau, @Argument String subject, @Argument Boolean leadOnly,
                                               @Argument Boolean includePlaceholders) {
        return responsibilities.find(known(bureau, "bureau"), known(subject, "subject"), Boolean.TRUE.equals(leadOnly),
                Boolean.TRUE.equals(includePlaceholders));
    }

    @QueryMapping
    List<Map<String, Object>> coResponsibility(@Argument String bureau, @Argument Boolean includePlaceholders) {
        return responsibilities.coResponsible(known(bureau, "bureau"), Boolean.TRUE.equals(includePlaceholders));
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

    /** An id given as a filter must name an existing entity: a typo gets NOT_FOUND rather than an empty list. */
    private String known(String id, String what) {
        if (id != null && entities.byId(id).isEmpty()) {
            throw ApiException.notFound(what, id);
        }
        return id;
    }
}
