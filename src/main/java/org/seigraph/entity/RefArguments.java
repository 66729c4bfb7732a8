package org.seigraph.entity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import org.seigraph.graph.GraphHistory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every {@code ID} a GraphQL field takes (an argument, in a list, in an input object) may be a name or alias: before
 * the field's fetcher runs, each is replaced by the id it stands for ({@link EntityRefs}), so every fetcher sees ids
 * only and an unknown or ambiguous name is answered with NOT_FOUND / BAD_REQUEST before anything else is read.
 * The schema says what an argument takes with {@code @ref(kinds: [...], keepUnknownIds: …)}; an ID without it takes
 * any kind; an ID marked {@code @plainId} (a change request's id) is no entity's and is left as it is. A field asked
 * {@code asOf} a past moment resolves its ids and names in the graph as it stood then ({@link GraphHistory}), so an
 * entity retired since is still found. Ordered before {@code web.ArgumentChecks} in the instrumentation chain, so
 * that its syntax checks (blank, control characters, length) wrap this and run first.
 */
@Component
@Order(0)
class RefArguments extends SimplePerformantInstrumentation {

    static final String DIRECTIVE = "ref";
    static final String PLAIN = "plainId";
    static final String AS_OF = "asOf";

    /** How an argument's value holds ids: one, a list of, or an input object's fields. */
    sealed interface Shape permits Id, ListOf, InputOf {
    }

    record Id(EntityRefs.Target target) implements Shape {
    }

    record ListOf(Shape element) implements Shape {
    }

    record InputOf(Map<String, Shape> fields) implements Shape {
    }

    private final EntityRefs refs;
    private final GraphHistory history;
    private final Map<GraphQLFieldDefinition, Map<String, Shape>> plans = new ConcurrentHashMap<>();

    RefArguments(EntityRefs refs, GraphHistory history) {
        this.refs = refs;
        this.history = history;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            // a property of an answer (a trivial fetcher reads no argument): no id to resolve, and no fetching environment is
            // built for it (graphql-java builds one only when asked, and an answer has hundreds of such fields)
            return dataFetcher;
        }
        GraphQLFieldDefinition field = parameters.getEnvironment().getFieldDefinition();
        if (field.getArguments().isEmpty()) {
            return dataFetcher;
        }
        Map<String, Shape> plan = plans.computeIfAbsent(field, RefArguments::plan);
        if (plan.isEmpty()) {
            return dataFetcher;
        }
        return env -> dataFetcher.get(env.getArgument(AS_OF) instanceof OffsetDateTime at
                ? history.asOf(at, () -> resolved(env, plan)) : resolved(env, plan));
    }

    private DataFetchingEnvironment resolved(DataFetchingEnvironment env, Map<String, Shape> plan) {
        Map<String, Object> arguments = new LinkedHashMap<>(env.getArguments());
        boolean changed = false;
        for (Map.Entry<String, Shape> entry : plan.entrySet()) {
            Object value = arguments.get(entry.getKey());
            Object resolved = resolve(value, entry.getValue());
            if (resolved != value) {
                arguments.put(entry.getKey(), resolved);
                changed = true;
            }
        }
        return changed ? DataFetchingEnvironmentImpl.newDataFetchingEnvironment(env).arguments(arguments).build() : env;
    }

    /** The value with every id of the shape resolved; the same object when nothing changed. */
    private Object resolve(Object value, Shape shape) {
        if (value == null) {
            return null;
        }
        if (shape instanceof Id id && value instanceof String s) {
            String r = refs.resolve(s, id.target());
            return r.equals(s) ? value : r;
        }
        if (shape instanceof ListOf list && value instanceof List<?> values) {
            if (list.element() instanceof Id id && values.stream().allMatch(v -> v == null || v instanceof String)) {
                List<String> strings = values.stream().map(v -> (String) v).filter(v -> v != null).toList();
                if (strings.size() == values.size()) {
                    List<String> r = refs.resolveAll(strings, id.target());
                    return r.equals(strings) ? value : r;
                }
            }
            List<Object> out = new ArrayList<>(values.size());
            boolean changed = false;
            for (Object v : values) {
                Object r = resolve(v, list.element());
                changed |= r != v;
                out.add(r);
            }
            return changed ? out : value;
        }
        if (shape instanceof InputOf input && value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>(map);
            boolean changed = false;
            for (Map.Entry<String, Shape> f : input.fields().entrySet()) {
                Object v = map.get(f.getKey());
                Object r = resolve(v, f.getValue());
                if (r != v) {
                    out.put(f.getKey(), r);
                    changed = true;
                }
            }
            return changed ? out : value;
        }
        return value; // a shape graphql-java's coercion or ArgumentChecks refuses anyway
    }

    /** The arguments of a field that hold ids, and how. */
    static Map<String, Shape> plan(GraphQLFieldDefinition field) {
        Map<String, Shape> plan = new LinkedHashMap<>();
        for (GraphQLArgument argument : field.getArguments()) {
            shape(argument.getName(), argument.getType(), argument, 0).ifPresent(s -> plan.put(argument.getName(), s));
        }
        return Map.copyOf(plan);
    }

    private static Optional<Shape> shape(String name, GraphQLType type, GraphQLDirectiveContainer declared, int depth) {
        if (depth > 5) {
            return Optional.empty();
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return shape(name, nonNull.getWrappedType(), declared, depth);
        }
        if (type instanceof GraphQLList list) {
            return shape(name, list.getWrappedType(), declared, depth).map(ListOf::new);
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Shape> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
                shape(name + "." + f.getName(), f.getType(), f, depth + 1).ifPresent(s -> fields.put(f.getName(), s));
            }
            return fields.isEmpty() ? Optional.empty() : Optional.of(new InputOf(Map.copyOf(fields)));
        }
        if (type instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName())
                && declared.getAppliedDirective(PLAIN) == null) {
            return Optional.of(new Id(target(name, declared)));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static EntityRefs.Target target(String name, GraphQLDirectiveContainer declared) {
        GraphQLAppliedDirective ref = declared.getAppliedDirective(DIRECTIVE);
        if (ref == null) {
            return EntityRefs.Target.any(name);
        }
        GraphQLAppliedDirectiveArgument kinds = ref.getArgument("kinds");
        GraphQLAppliedDirectiveArgument keep = ref.getArgument("keepUnknownIds");
        List<String> kindList = kinds == null || kinds.getValue() == null ? List.of() : (List<String>) kinds.getValue();
        return new EntityRefs.Target(name, kindList, keep != null && Boolean.TRUE.equals(keep.getValue()));
    }
}
