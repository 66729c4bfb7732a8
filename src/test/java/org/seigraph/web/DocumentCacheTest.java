package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import org.junit.jupiter.api.Test;

class DocumentCacheTest {

    private final DocumentCache cache = new DocumentCache();
    private final AtomicInteger parses = new AtomicInteger();

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        parses.incrementAndGet();
        if (input.getQuery().contains("bad")) {
            return new PreparsedDocumentEntry(ValidationError.newValidationError().description("bad").build());
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    @Test
    void parsesEachQueryTextOnce() {
        ExecutionInput q = ExecutionInput.newExecutionInput("{ a }").build();
        PreparsedDocumentEntry first = cache.getDocumentAsync(q, this::parse).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a }").build(), this::parse).join();
        assertThat(second).isSameAs(first);
        assertThat(parses).hasValue(1);
        cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ b }").build(), this::parse).join();
        assertThat(parses).hasValue(2);
    }

    @Test
    void neverKeepsMutations() {
        String write = "mutation { approveChange(id: \"cr-1\", version: 0) { applied } }";
        PreparsedDocumentEntry first = cache.getDocumentAsync(ExecutionInput.newExecutionInput(write).build(), this::parse).join();
        PreparsedDocumentEntry second = cache.getDocumentAsync(ExecutionInput.newExecutionInput(write).build(), this::parse).join();
        assertThat(first.hasErrors()).isFalse();
        assertThat(second).isNotSameAs(first);
        assertThat(parses).hasValue(2);
    }

    @Test
    void neverKeepsDocumentsWithErrors() {
        ExecutionInput bad = ExecutionInput.newExecutionInput("{ bad }").build();
        assertThat(cache.getDocumentAsync(bad, this::parse).join().hasErrors()).isTrue();
        assertThat(cache.getDocumentAsync(bad, this::parse).join().hasErrors()).isTrue();
        assertThat(parses).hasValue(2);
    }

    @Test
    void answersStayTheSameThroughGraphQl() {
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: Int }"),
                RuntimeWiring.newRuntimeWiring().type("Query", t -> t.dataFetcher("a", env -> 1)).build());
        GraphQL graphQl = GraphQL.newGraphQL(schema).preparsedDocumentProvider(cache).build();
        for (int i = 0; i < 3; i++) {
            assertThat(graphQl.execute("{ a }").<Object>getData().toString()).isEqualTo("{a=1}");
            assertThat(graphQl.execute("{ nope }").getErrors()).isNotEmpty();
        }
    }
}
