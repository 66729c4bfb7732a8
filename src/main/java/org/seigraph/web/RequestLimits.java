package org.seigraph.web;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.parser.ParserOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits every GraphQL request is held to (graphql-java's own instrumentation and parser guards, plus an
 * alias cap): breaches are answered with {@code LIMIT_EXCEEDED} before anything runs against the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestLimits.Settings.class)
public class RequestLimits {

    @ConfigurationProperties("seigraph.limits")
    public record Settings(Integer maxDepth, Integer maxComplexity, Integer maxAliases, Integer maxTokens,
                           Integer maxCharacters, Integer maxFirst, Integer maxTraversalDepth, Integer maxResultNodes) {
        public Settings {
            maxDepth = maxDepth == null ? 12 : maxDepth;
            maxComplexity = maxComplexity == null ? 5000 : maxComplexity;
            maxAliases = maxAliases == null ? 50 : maxAliases;
            maxTokens = maxTokens == null ? 5000 : maxTokens;
            maxCharacters = maxCharacters == null ? 100_000 : maxCharacters;
            maxFirst = maxFirst == null ? 200 : maxFirst;
            maxTraversalDepth = maxTraversalDepth == null ? 6 : maxTraversalDepth;
            maxResultNodes = maxResultNodes == null ? 5000 : maxResultNodes;
        }
    }

    RequestLimits(Settings settings) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(settings.maxTokens())
                .maxCharacters(settings.maxCharacters())
                .maxRuleDepth(200)));
        // graphql-java's "good faith" introspection check allows one __type per request and answers without a code;
        // QueryShapeLimits holds introspection to its own limits instead
        GoodFaithIntrospection.enabledJvmWide(false);
    }

    /** Depth of data and of introspection, told apart (GraphiQL's introspection query nests deeper than data may). */
    @Bean
    QueryShapeLimits queryShapeLimits(Settings settings) {
        return new QueryShapeLimits(settings.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxComplexityInstrumentation(Settings settings) {
        return new MaxQueryComplexityInstrumentation(settings.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new AbortExecutionException("Query complexity " + complexity + " exceeds the limit of " + maxComplexity);
            }
        };
    }

    @Bean
    AliasLimitInstrumentation aliasLimitInstrumentation(Settings settings) {
        return new AliasLimitInstrumentation(settings.maxAliases());
    }

    /** Checks a paging size or traversal depth argument against its cap. */
    public static int capped(Integer value, int fallback, int max, String name) {
        int v = value == null ? fallback : value;
        if (v < 0) {
            throw ApiException.badRequest("'" + name + "' must not be negative, was " + v);
        }
        if (v > max) {
            throw ApiException.limit("'" + name + "' is " + v + ", above the limit of " + max);
        }
        return v;
    }
}
