package org.seigraph.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.seigraph.graph.EntityReader;

/**
 * Reads back what {@link CypherBuilder} rendered for a plan: each relation field's elements put in text order
 * ({@link TextOrder}), entities met twice through a field's several relationships kept once, and stored in the
 * entity map under the field's {@link FieldPlan#mapKey}, where the DataFetchers of {@link RelationLoaders} find them.
 */
final class PlanReader {

    private final EntityReader entities;
    private final ResponsibilityQueries responsibilities;

    PlanReader(EntityReader entities, ResponsibilityQueries responsibilities) {
        this.entities = entities;
        this.responsibilities = responsibilities;
    }

    /** How to read the projected value of an entity planned as {@code plan}. */
    Function<Object, Map<String, Object>> reader(EntityPlan plan) {
        if (plan.fields().isEmpty()) {
            return entities::entity;
        }
        List<Function<Object, List<Map<String, Object>>>> fields = plan.fields().stream().map(this::elements).toList();
        return projected -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) projected);
            for (int i = 0; i < fields.size(); i++) {
                FieldPlan field = plan.fields().get(i);
                List<Map<String, Object>> list = fields.get(i).apply(map.remove(CypherBuilder.valueKey(i)));
                map.put(field.mapKey(), field.relation().single() ? (list.isEmpty() ? null : list.get(0)) : list);
            }
            return entities.entity(map);
        };
    }

    /** How to read one relation field's value (a list of {@code {k: sort keys, v: value}}) into its list, in text order. */
    Function<Object, List<Map<String, Object>>> elements(FieldPlan field) {
        Function<Object, Map<String, Object>> element = field instanceof FieldPlan.Nodes nodes
                ? reader(nodes.target()) : edge((FieldPlan.Edges) field);
        boolean dedupe = field instanceof FieldPlan.Nodes;
        return value -> {
            if (value == null) {
                return List.of();
            }
            List<Map<?, ?>> sorted = new ArrayList<>();
            ((List<?>) value).forEach(e -> sorted.add((Map<?, ?>) e));
            sorted.sort((a, b) -> TextOrder.COMPARATOR.compare((List<?>) a.get("k"), (List<?>) b.get("k")));
            List<Map<String, Object>> out = new ArrayList<>(sorted.size());
            Set<Object> seen = new HashSet<>();
            for (Map<?, ?> e : sorted) {
                Map<String, Object> read = element.apply(e.get("v"));
                if (!dedupe || seen.add(read.get("id"))) {
                    out.add(read);
                }
            }
            return out;
        };
    }

    private Function<Object, Map<String, Object>> edge(FieldPlan.Edges field) {
        Function<Object, Map<String, Object>> start = field.start() == null ? null : reader(field.start());
        Function<Object, Map<String, Object>> end = field.end() == null ? null : reader(field.end());
        return value -> {
            Map<?, ?> row = (Map<?, ?>) value;
            @SuppressWarnings("unchecked")
            Map<String, Object> edge = (Map<String, Object>) row.get("edge");
            return responsibilities.responsibility(edge,
                    start == null ? null : start.apply(row.get(EntitySchema.EDGE_START)),
                    end == null ? null : end.apply(row.get(EntitySchema.EDGE_END)));
        };
    }
}
