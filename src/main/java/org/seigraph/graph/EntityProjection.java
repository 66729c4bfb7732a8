package org.seigraph.graph;

import java.util.Map;
import java.util.function.Function;

/**
 * How a query returns the node bound to {@code n}: the Cypher map expression to put in its RETURN, and how to
 * read that value back into an entity map. {@link EntityReader#plain()} returns every property; a compiled
 * projection ({@code lookup.SelectionCompiler}) returns only what a GraphQL request selects, with its nested
 * relation fields in the same query.
 */
public record EntityProjection(String cypher, Function<Object, Map<String, Object>> reader) {

    public Map<String, Object> read(Object projected) {
        return reader.apply(projected);
    }
}
