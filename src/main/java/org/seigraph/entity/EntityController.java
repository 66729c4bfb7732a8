package org.seigraph.entity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphHistory;
import org.seigraph.entity.SelectionCompiler;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Entities by id; the request's whole selection below them is answered by the same Cypher query, as the graph
 * stands now or, with {@code asOf}, as it stood then ({@link GraphHistory}).
 */
@Controller
class EntityController {

    private final EntityReader entities;
    private final SelectionCompiler compiler;
    private final GraphHistory history;

    EntityController(EntityReader entities, SelectionCompiler compiler, GraphHistory history) {
        this.entities = entities;
        this.compiler = compiler;
        this.history = history;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id, @Argument OffsetDateTime asOf, DataFetchingFieldSelectionSet selection) {
        return history.asOf(asOf, () -> entities.byIds(List.of(id), compiler.compile(selection)).get(id));
    }

    @QueryMapping
    List<Map<String, Object>> nodes(@Argument List<String> ids, @Argument OffsetDateTime asOf,
                                    DataFetchingFieldSelectionSet selection) {
        return history.asOf(asOf, () -> List.copyOf(entities.byIds(ids, compiler.compile(selection)).values()));
    }
}
