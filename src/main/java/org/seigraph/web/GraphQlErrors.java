package org.seigraph.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Every GraphQL error carries {@code extensions.code}: resolver failures through {@link Failures}, and
 * graphql-java's own (syntax, validation, aborted by a limit) by their classification.
 */
@Component
public class GraphQlErrors extends DataFetcherExceptionResolverAdapter implements WebGraphQlInterceptor {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        Failures.Classified c = Failures.classify(ex);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", c.code().name());
        extensions.putAll(c.details());
        return GraphqlErrorBuilder.newError(env)
                .message(c.message())
                .errorType(c.code().errorType())
                .extensions(extensions)
                .build();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().stream().allMatch(e -> e.getExtensions() != null && e.getExtensions().containsKey("code"))) {
                return response;
            }
            return response.transform(builder -> builder.errors(withCodes(response.getExecutionResult().getErrors())));
        });
    }

    private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
        List<GraphQLError> out = new ArrayList<>();
        for (GraphQLError error : errors) {
            if (error.getExtensions() != null && error.getExtensions().containsKey("code")) {
                out.add(error);
                continue;
            }
            Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
            extensions.put("code", codeOf(error).name());
            out.add(GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                    .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build());
        }
        return out;
    }

    /**
     * The code of an error graphql-java raised itself (syntax, validation, a limit's abort), or the one a resolver
     * put in its extensions. Also for in-process executions, which skip this interceptor.
     */
    public static ErrorCode codeOf(GraphQLError error) {
        if (error.getExtensions() != null && error.getExtensions().get("code") instanceof String code) {
            try {
                return ErrorCode.valueOf(code);
            } catch (IllegalArgumentException e) {
                return ErrorCode.INTERNAL;
            }
        }
        ErrorClassification type = error.getErrorType();
        String name = type == null ? "" : type.toString();
        ErrorCode code = switch (name) {
            case "InvalidSyntax", "ValidationError", "OperationNotSupported", "BAD_REQUEST" -> ErrorCode.BAD_REQUEST;
            case "ExecutionAborted" -> ErrorCode.LIMIT_EXCEEDED;
            case "NOT_FOUND" -> ErrorCode.NOT_FOUND;
            case "FORBIDDEN", "UNAUTHORIZED" -> ErrorCode.FORBIDDEN;
            default -> ErrorCode.INTERNAL;
        };
        if (code == ErrorCode.BAD_REQUEST && String.valueOf(error.getMessage()).contains("parsing has been cancelled")) {
            code = ErrorCode.LIMIT_EXCEEDED;
        }
        return code;
    }
}
