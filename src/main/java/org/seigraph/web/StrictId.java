package org.seigraph.web;

import java.math.BigInteger;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code ID} scalar, strict about variables: graphql-java's own turns any JSON value into an id by its string
 * form (an object for {@code ID!} became the id "{a=1}" and answered {@code data: null}). Here a variable must be a
 * string or an integer, as the GraphQL spec says; anything else is a coercion error, answered BAD_REQUEST before
 * anything runs. Literals and output are graphql-java's.
 */
final class StrictId {

    static final GraphQLScalarType SCALAR = GraphQLScalarType.newScalar(Scalars.GraphQLID)
            .coercing(new StrictCoercing()).build();

    private static final class StrictCoercing implements Coercing<Object, Object> {

        @SuppressWarnings("unchecked")
        private final Coercing<Object, Object> standard = (Coercing<Object, Object>) Scalars.GraphQLID.getCoercing();

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            if (input instanceof String || input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
                return standard.parseValue(input, context, locale);
            }
            throw new CoercingParseValueException("Expected an id (a string or an integer) but was "
                    + (input instanceof java.util.Map<?, ?> ? "an object" : input instanceof java.util.List<?> ? "a list"
                    : input == null ? "null" : "a " + input.getClass().getSimpleName()));
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            return standard.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Object serialize(Object dataFetcherResult, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return standard.serialize(dataFetcherResult, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return standard.valueToLiteral(input, context, locale);
        }
    }

    private StrictId() {
    }
}
