package org.seigraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.SelectedField;

/**
 * Plans a request's selection below an entity field: which relation fields to compile, grouped by result key and
 * owning type (the same field asked twice under one alias is compiled once), to any depth. Only schema field names
 * that {@link EntitySchema} knows as relation fields make a plan; aliases and arguments stay out of it, apart from
 * the result key under which a value is stored. At most {@code budget} relation fields are planned per request; the
 * rest are left to the DataLoaders.
 */
final class SelectionPlanner {

    private final EntitySchema schema;

    SelectionPlanner(EntitySchema schema) {
        this.schema = schema;
    }

    /** The plan of the entities selected by {@code fields}, planning at most {@code maxFields} relation fields. */
    EntityPlan plan(List<SelectedField> fields, int maxFields) {
        return level(rootType(fields), fields, new int[] {maxFields});
    }

    /** {@code budget[0]}: relation fields that may still be planned in this request. */
    private EntityPlan level(String type, List<SelectedField> fields, int[] budget) {
        Map<List<String>, List<SelectedField>> groups = new LinkedHashMap<>();
        Map<List<String>, RelationField> relations = new LinkedHashMap<>();
        for (SelectedField field : fields) {
            for (String owner : field.getObjectTypeNames()) {
                schema.relation(owner, field.getName()).ifPresent(relation -> {
                    List<String> key = List.of(field.getResultKey(), owner, field.getName());
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(field);
                    relations.put(key, relation);
                });
            }
        }
        List<FieldPlan> planned = new ArrayList<>();
        for (Map.Entry<List<String>, List<SelectedField>> group : groups.entrySet()) {
            if (budget[0] <= 0) {
                break;
            }
            budget[0]--;
            RelationField relation = relations.get(group.getKey());
            String mapKey = mapKey(group.getKey().get(0), relation.type());
            boolean guarded = !relation.type().equals(type);
            List<SelectedField> children = group.getValue().stream()
                    .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
            if (relation.edge()) {
                EntityPlan start = end(children, EntitySchema.EDGE_START, budget);
                EntityPlan end = end(children, EntitySchema.EDGE_END, budget);
                planned.add(new FieldPlan.Edges(relation, mapKey, guarded, start, end));
            } else {
                planned.add(new FieldPlan.Nodes(relation, mapKey, guarded, level(relation.target(), children, budget)));
            }
        }
        return new EntityPlan(type, List.copyOf(planned));
    }

    /** The start or end node of an edge field, when selected. */
    private EntityPlan end(List<SelectedField> fields, String name, int[] budget) {
        List<SelectedField> selected = fields.stream().filter(f -> f.getName().equals(name)).toList();
        if (selected.isEmpty()) {
            return null;
        }
        List<SelectedField> children = selected.stream().flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
        return level(schema.edgeEnd(name), children, budget);
    }

    /**
     * The type of the top level: the one entity type its fields are selected on (a list of sectors), else the
     * Entity interface ({@code node}, {@code nodes}). Levels below have the type their field declares.
     */
    private String rootType(List<SelectedField> fields) {
        Set<String> types = new LinkedHashSet<>();
        fields.forEach(f -> types.addAll(f.getObjectTypeNames()));
        return types.size() == 1 && schema.objectTypes(EntitySchema.ENTITY).contains(types.iterator().next())
                ? types.iterator().next() : EntitySchema.ENTITY;
    }

    /** Where a compiled relation field's value sits in its entity map: by the field's result key and its owning type. */
    static String mapKey(String resultKey, String ownerType) {
        return "@" + resultKey + ":" + ownerType;
    }
}
