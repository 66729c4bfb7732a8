package org.seigraph.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct query text once: graphql-java's default re-parses and re-validates
 * every request, a large share of the CPU of a small lookup (bench/README.md has the profile).
 * Only documents that parsed and validated cleanly are kept (bounded, least recently used out), so a
 * query over the limits fails every time as before; execution-time limits run on every request anyway.
 * Mutations are not kept: a write costs far more than its parse, and a client that writes ids into the text
 * (one text per approval) would only push the reads' documents out and leave garbage for the old generation.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

    private static final int MAX_ENTRIES = 500;

    private final Map<String, PreparsedDocumentEntry> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (cache) {
            entry = cache.get(key);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && !mutation(entry.getDocument())) {
                synchronized (cache) {
                    cache.put(key, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    private static boolean mutation(graphql.language.Document document) {
        return document.getDefinitionsOfType(graphql.language.OperationDefinition.class).stream()
                .anyMatch(o -> o.getOperation() == graphql.language.OperationDefinition.Operation.MUTATION);
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
