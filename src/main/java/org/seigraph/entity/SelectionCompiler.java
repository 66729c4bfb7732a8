package org.seigraph.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.seigraph.graph.EntityProjection;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.springframework.stereotype.Component;

/**
 * Compiles the selection set of a request's entity field into one Cypher map projection, the way the Neo4j
 * GraphQL Library compiles a request: only the selected properties, and each nested relation field of
 * {@link Relations} (and the responsibility fields) as a pattern comprehension inside it, to any depth.
 * A root query that returns entities with it answers the whole request in one round trip; the relation
 * fields then find their values already in the entity map ({@link #key}) and the DataLoaders of
 * {@link RelationLoaders} serve only what a root did not compile (e.g. below {@code search}).
 *
 * <p>Why comprehensions and not {@code COLLECT {}} subqueries with ORDER BY: measured on this graph, they plan
 * faster and run 3-6x faster once planned; the text order (edge position, rank, id) is restored in Java from
 * sort keys returned beside each value. Why a cap ({@link #MAX_COMPILED}): Neo4j plans each new query text once
 * (then caches it), at roughly 50-150 ms per nested field here, so a request with very many relation fields
 * compiles the first {@value #MAX_COMPILED} and leaves the rest to the DataLoaders.
 *
 * <p>Cypher text is built only from the schema's field names checked against the {@link Relations} table and
 * {@link #PROPERTIES}; aliases and arguments never reach it (values are keyed {@code _p0, _p1 …} in Cypher and
 * renamed to {@link #key} in Java).
 */
@Component
public class SelectionCompiler {

    /** Entity fields that are node properties of the same name. */
    static final Set<String> PROPERTIES = Set.of("name", "nameEn", "aliases", "title", "number", "path", "category",
            "placeholder", "metric", "value", "unit", "qualifier", "qualifiers", "approx", "valueNormalized", "unitNormalized",
            "year", "yearSource", "asWritten", "targetKind");
    /** The provenance properties {@code sources} is made of. */
    private static final List<String> SOURCE_PROPERTIES = List.of("doc", "section", "start", "end", "source", "derivation");
    /** Fields that list RESPONSIBLE_FOR edges as Responsibility objects: subject side and bureau side. */
    private static final Set<String> BY_SUBJECT = Relations.SUBJECTS_WITH_BUREAUS.stream().map(t -> t + ".bureaus")
            .collect(Collectors.toUnmodifiableSet());
    private static final String BY_BUREAU = "Bureau.responsibilities";
    /** Relation fields compiled into one query at most; beyond it fields fall back to the DataLoaders. */
    static final int MAX_COMPILED = 12;
    /** Order of list elements, as the loaders' ORDER BY: text position of the edge, its rank, then id; nulls last. */
    private static final java.util.Comparator<Object> KEY = (a, b) -> a == null ? (b == null ? 0 : 1) : b == null ? -1
            : a instanceof Number x && b instanceof Number y ? Double.compare(x.doubleValue(), y.doubleValue())
            : a.toString().compareTo(b.toString());

    private static final Map<String, Relation> RELATIONS = Relations.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Relation::loaderName, r -> r));

    private final EntityReader entities;
    private final ResponsibilityQueries responsibilities;

    SelectionCompiler(EntityReader entities, ResponsibilityQueries responsibilities) {
        this.entities = entities;
        this.responsibilities = responsibilities;
    }

    /** Where a compiled relation field's value sits in its entity map: by the field's result key and the entity's type. */
    static String key(String resultKey, String typeName) {
        return "@" + resultKey + ":" + typeName;
    }

    /** The projection of the entity (or entities) that the current field returns, with everything selected below it. */
    public EntityProjection compile(DataFetchingFieldSelectionSet selection) {
        return compile(selection.getImmediateFields());
    }

    /** The projection of the entities found at {@code path} below the current field, e.g. {@code edges/node} of a connection. */
    public EntityProjection compile(DataFetchingFieldSelectionSet selection, String path) {
        return compile(selection.getFields(path).stream().flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList());
    }

    private EntityProjection compile(List<SelectedField> fields) {
        Level level = level("n", 0, fields, new int[] {MAX_COMPILED});
        return new EntityProjection(level.cypher, level.reader);
    }

    /** A compiled entity projection of the node bound to {@code var}, and how to read its value back. */
    private record Level(String cypher, Function<Object, Map<String, Object>> reader) {
    }

    /** A nested field: its Cypher key in the projection, its key in the entity map, and how to read each element. */
    private record Nested(String cypherKey, String mapKey, boolean single, Function<Object, Map<String, Object>> element,
                          boolean dedupe) {
    }

    /** {@code budget[0]}: relation fields that may still be compiled into this request's query. */
    private Level level(String var, int depth, List<SelectedField> fields, int[] budget) {
        Set<String> properties = new LinkedHashSet<>(List.of("id"));
        // one group per result key and Type.field: the same field asked twice under one alias is compiled once
        Map<List<String>, List<SelectedField>> groups = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>();
        for (SelectedField field : fields) {
            types.addAll(field.getObjectTypeNames());
            String name = field.getName();
            if (PROPERTIES.contains(name)) {
                properties.add(name);
            } else if (name.equals("sources")) {
                properties.addAll(SOURCE_PROPERTIES);
            }
            for (String type : field.getObjectTypeNames()) {
                String qualified = type + "." + name;
                if (RELATIONS.containsKey(qualified) || BY_SUBJECT.contains(qualified) || BY_BUREAU.equals(qualified)) {
                    groups.computeIfAbsent(List.of(field.getResultKey(), type, name), k -> new ArrayList<>()).add(field);
                }
            }
        }
        StringBuilder cypher = new StringBuilder(var).append(" {");
        properties.forEach(p -> cypher.append('.').append(p).append(", "));
        cypher.append("kind: ").append(EntityReader.kind(var));
        List<Nested> nested = new ArrayList<>();
        for (Map.Entry<List<String>, List<SelectedField>> group : groups.entrySet()) {
            if (budget[0] <= 0) {
                break;
            }
            budget[0]--;
            String resultKey = group.getKey().get(0);
            String type = group.getKey().get(1);
            String qualified = type + "." + group.getKey().get(2);
            List<SelectedField> children = group.getValue().stream()
                    .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
            String cypherKey = "_p" + nested.size();
            String label = GraphModel.label(type).orElseThrow().name();
            // where entities of other types can reach this level, keep the field to its own type
            String guard = types.size() > 1 ? var + ":" + label : null;
            String comprehension;
            Nested n;
            if (RELATIONS.containsKey(qualified)) {
                Relation relation = RELATIONS.get(qualified);
                Level child = level("c" + (depth + 1), depth + 1, children, budget);
                comprehension = relation(relation, var, guard, depth + 1, child.cypher);
                n = new Nested(cypherKey, key(resultKey, type), relation.single(), child.reader, true);
            } else {
                boolean bySubject = BY_SUBJECT.contains(qualified);
                Responsibilities r = responsibilities(var, guard, depth + 1, bySubject, children, budget);
                comprehension = r.cypher;
                n = new Nested(cypherKey, key(resultKey, type), false, r.reader, false);
            }
            nested.add(n);
            cypher.append(", ").append(cypherKey).append(": ").append(comprehension);
        }
        cypher.append('}');
        return new Level(cypher.toString(), projected -> read(projected, nested));
    }

    /**
     * One relation field as pattern comprehensions (one per step, concatenated), each element with its sort keys:
     * {@code {k: [edge position, rank, id], v: projection}}.
     */
    private static String relation(Relation relation, String var, String guard, int depth, String childProjection) {
        String r = "r" + depth;
        String c = "c" + depth;
        return relation.steps().stream().map(step -> {
            GraphModel.relType(step.relType()).orElseThrow();
            String target = step.targetLabel() == null ? GraphModel.ENTITY : GraphModel.label(step.targetLabel()).orElseThrow().name();
            String pattern = step.dir() == Relation.Dir.OUT
                    ? "(" + var + ")-[" + r + ":" + step.relType() + "]->(" + c + ":" + target + ")"
                    : "(" + var + ")<-[" + r + ":" + step.relType() + "]-(" + c + ":" + target + ")";
            return "[" + pattern + (guard == null ? "" : " WHERE " + guard) + " | {k: [" + r + ".end, " + r + ".rank, "
                    + c + ".id], v: " + childProjection + "}]";
        }).collect(Collectors.joining(" + "));
    }

    private record Responsibilities(String cypher, Function<Object, Map<String, Object>> reader) {
    }

    /**
     * RESPONSIBLE_FOR edges as Responsibility objects: of the subject bound to {@code var} in rank order, or of
     * the bureau bound to {@code var} by subject. Their bureau and subject are compiled like any entity.
     */
    private Responsibilities responsibilities(String var, String guard, int depth, boolean bySubject, List<SelectedField> fields,
                                              int[] budget) {
        String r = "r" + depth;
        String other = "c" + depth;
        String bureauVar = bySubject ? other : var;
        String subjectVar = bySubject ? var : other;
        Level bureau = end(fields, "bureau", bureauVar, depth, budget);
        Level subject = end(fields, "subject", subjectVar, depth, budget);
        // the loaders' order: a subject's bureaus by rank; a bureau's subjects by section, then id
        String pattern = bySubject
                ? "(" + other + ":Bureau)-[" + r + ":RESPONSIBLE_FOR]->(" + var + ")"
                : "(" + var + ")-[" + r + ":RESPONSIBLE_FOR]->(" + other + ":Entity)";
        String keys = bySubject ? r + ".rank, " + other + ".id" : other + ".section, " + other + ".id";
        String cypher = "[" + pattern + (guard == null ? "" : " WHERE " + guard) + " | {k: [" + keys + "], v: {edge: properties(" + r + ")"
                + (bureau == null ? "" : ", bureau: " + bureau.cypher)
                + (subject == null ? "" : ", subject: " + subject.cypher) + "}}]";
        return new Responsibilities(cypher, value -> {
            Map<?, ?> row = (Map<?, ?>) value;
            @SuppressWarnings("unchecked")
            Map<String, Object> edge = (Map<String, Object>) row.get("edge");
            return responsibilities.responsibility(edge, bureau == null ? null : bureau.reader.apply(row.get("bureau")),
                    subject == null ? null : subject.reader.apply(row.get("subject")));
        });
    }

    /** The bureau or subject end of a Responsibility, when selected. */
    private Level end(List<SelectedField> fields, String name, String var, int depth, int[] budget) {
        List<SelectedField> selected = fields.stream().filter(f -> f.getName().equals(name))
                .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList();
        boolean asked = fields.stream().anyMatch(f -> f.getName().equals(name));
        // the end's own nested fields go one level deeper, so their variables never shadow this level's
        return asked ? level(var, depth + 1, selected, budget) : null;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(Object projected, List<Nested> nested) {
        Map<String, Object> map = new LinkedHashMap<>((Map<String, Object>) projected);
        for (Nested n : nested) {
            Object value = map.remove(n.cypherKey);
            if (value == null) {
                continue;
            }
            List<Map<?, ?>> elements = new ArrayList<>();
            ((List<?>) value).forEach(e -> elements.add((Map<?, ?>) e));
            elements.sort((a, b) -> compareKeys((List<?>) a.get("k"), (List<?>) b.get("k")));
            List<Map<String, Object>> list = new ArrayList<>();
            Set<Object> seen = new LinkedHashSet<>();
            for (Map<?, ?> element : elements) {
                Map<String, Object> read = n.element.apply(element.get("v"));
                if (!n.dedupe || seen.add(read.get("id"))) {
                    list.add(read);
                }
            }
            map.put(n.mapKey, n.single ? (list.isEmpty() ? null : list.get(0)) : list);
        }
        return entities.entity(map);
    }

    private static int compareKeys(List<?> a, List<?> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = KEY.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
