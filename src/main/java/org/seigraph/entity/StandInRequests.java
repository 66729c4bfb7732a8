package org.seigraph.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.seigraph.graph.GraphModel;

/**
 * The requests that walk the stand-in path once for every relation field: per entity type, {@code node(id:)} of one
 * of its entities with each of its relation fields, nothing compiled about them. Planning the DataLoaders' queries
 * is not all a first use costs: their first rows through Neo4j and the readers of each type are paid once too, and
 * a user's first new shape should not pay them ({@link StartupPlans} sends these after planning).
 */
final class StandInRequests {

    private StandInRequests() {
    }

    /** One document per entity type that has relation fields, keyed by the type, in schema order. */
    static Map<String, String> documents(EntitySchema schema) {
        Map<String, List<RelationField>> byType = schema.relations().stream()
                .collect(Collectors.groupingBy(RelationField::type, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> out = new LinkedHashMap<>();
        byType.forEach((type, fields) -> out.put(type, "query StandIn($id: ID!) { node(id: $id) { id ... on " + type + " { "
                + fields.stream().map(StandInRequests::selection).collect(Collectors.joining(" ")) + " } } }"));
        return out;
    }

    /** One entity id per type of {@code types} (a type with no entity is left out), in one query. */
    static String sampleIds(List<String> types) {
        return types.stream()
                .map(t -> "MATCH (n:`" + GraphModel.label(t).orElseThrow().name() + "`) RETURN '" + t + "' AS type, n.id AS id LIMIT 1")
                .collect(Collectors.joining(" UNION ALL "));
    }

    private static String selection(RelationField field) {
        if (field.edge()) {
            return field.field() + " { rank " + EntitySchema.EDGE_START + " { id } " + EntitySchema.EDGE_END + " { id } }";
        }
        return field.field() + " { id }";
    }
}
