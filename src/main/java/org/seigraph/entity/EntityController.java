package org.seigraph.entity;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.seigraph.graph.EntityReader;
import org.seigraph.entity.SelectionCompiler;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Entities by id; the request's whole selection below them is answered by the same Cypher query. */
@Controller
class EntityController {

    private final EntityReader entities;
    private final SelectionCompiler compiler;

    EntityController(EntityReader entities, SelectionCompiler compiler) {
        this.entities = entities;
        this.compiler = compiler;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id, DataFetchingFieldSelectionSet selection) {
        return entities.byIds(List.of(id), compiler.compile(selection)).get(id);
    }

    @QueryMapping
    List<Map<String, Object>> nodes(@Argument List<String> ids, DataFetchingFieldSelectionSet selection) {
        return List.copyOf(entities.byIds(ids, compiler.compile(selection)).values());
    }
}
