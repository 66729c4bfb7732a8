package org.seigraph.api;

import java.util.List;
import java.util.Map;

import org.seigraph.graph.EntityReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EntityController {

    private final EntityReader entities;

    EntityController(EntityReader entities) {
        this.entities = entities;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id) {
        return entities.byId(id).orElse(null);
    }

    @QueryMapping
    List<Map<String, Object>> nodes(@Argument List<String> ids) {
        return List.copyOf(entities.byIds(ids).values());
    }
}
