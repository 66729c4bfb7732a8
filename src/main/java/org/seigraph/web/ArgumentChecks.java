package org.seigraph.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import org.springframework.stereotype.Component;

/**
 * Argument checks on every field, before anything reaches the database.
 * <p>
 * Sizes: an {@code Int} argument named first, last, limit, depth, hops or maxHops must not be negative (some
 * fields treat a negative count as "no count"; a client that sends one gets BAD_REQUEST instead).
 * <p>
 * Ids: every {@code ID} a client passes (as an argument, in a list, or in an input object, on any field) must look
 * like an id before anything reaches the database: not blank, no surrounding spaces, no control characters (NUL
 * included) or replacement characters from broken UTF-8, at most {@value #MAX_LENGTH} characters. A well-formed id
 * that names nothing is still the field's business (null for {@code node}, NOT_FOUND for lookups).
 */
@Component
class ArgumentChecks extends SimplePerformantInstrumentation {

    static final int MAX_LENGTH = 512;

    private final Map<GraphQLFieldDefinition, Boolean> takesIds = new ConcurrentHashMap<>();

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            // a property of an answer (a trivial fetcher reads no argument): nothing to check, and no fetching environment is
            // built for it (graphql-java builds one only when asked, and an answer has hundreds of such fields)
            return dataFetcher;
        }
        GraphQLFieldDefinition field = parameters.getEnvironment().getFieldDefinition();
        if (field.getArguments().isEmpty() || !takesIds.computeIfAbsent(field, ArgumentChecks::needsCheck)) {
            return dataFetcher;
        }
        return env -> {
            check(env);
            return dataFetcher.get(env);
        };
    }

    private static final java.util.Set<String> SIZES = java.util.Set.of("first", "last", "limit", "depth", "hops", "maxHops");

    private static void check(DataFetchingEnvironment env) {
        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
            Object value = env.getArguments().get(argument.getName());
            if (SIZES.contains(argument.getName()) && value instanceof Number n && n.longValue() < 0) {
                throw ApiException.badRequest("'" + argument.getName() + "' must not be negative, was " + n);
            }
            check(argument.getName(), argument.getType(), value);
        }
    }

    private static void check(String name, GraphQLType type, Object value) {
        if (value == null) {
            return;
        }
        GraphQLType t = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        if (t instanceof GraphQLList list && value instanceof List<?> values) {
            for (Object v : values) {
                check(name, list.getWrappedType(), v);
            }
        } else if (t instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> map) {
            for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
                check(name + "." + f.getName(), f.getType(), map.get(f.getName()));
            }
        } else if (t instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName())) {
            if (!(value instanceof String id)) {
                throw ApiException.badRequest("'" + name + "' must be an id (a string), was " + kindOf(value));
            }
            validate(name, id);
        } else if (t instanceof GraphQLList || t instanceof GraphQLInputObjectType) {
            throw ApiException.badRequest("'" + name + "' has the wrong shape (" + kindOf(value) + ")");
        }
    }

    static void validate(String name, String id) {
        if (id.length() > MAX_LENGTH) {
            throw ApiException.limit("'" + name + "' is " + id.length() + " characters, above the limit of " + MAX_LENGTH);
        }
        if (id.isBlank()) {
            throw ApiException.badRequest("'" + name + "' must not be empty");
        }
        if (!id.equals(id.strip())) {
            throw ApiException.badRequest("'" + name + "' must not start or end with spaces");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || (Character.isSurrogate(c) && !validPair(id, i))) {
                throw ApiException.badRequest("'" + name + "' contains a character no id has (U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static String kindOf(Object value) {
        return value instanceof List<?> ? "a list" : value instanceof Map<?, ?> ? "an object" : value.getClass().getSimpleName();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }

    private static boolean needsCheck(GraphQLFieldDefinition field) {
        return field.getArguments().stream().anyMatch(a -> SIZES.contains(a.getName()) || mentionsId(a.getType(), 0));
    }

    private static boolean mentionsId(GraphQLType type, int depth) {
        if (depth > 5) {
            return false;
        }
        if (type instanceof GraphQLNonNull nonNull) {
            return mentionsId(nonNull.getWrappedType(), depth);
        }
        if (type instanceof GraphQLList list) {
            return mentionsId(list.getWrappedType(), depth);
        }
        if (type instanceof GraphQLInputObjectType input) {
            return input.getFieldDefinitions().stream().anyMatch(f -> mentionsId(f.getType(), depth + 1));
        }
        return type instanceof GraphQLScalarType scalar && "ID".equals(scalar.getName());
    }
}
