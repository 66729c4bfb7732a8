package org.seigraph.ask;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

/**
 * Runs a GraphQL request of the public API inside the app, through the same engine, schema, limits and
 * fetchers as {@code POST /graphql}: an answer of {@code ask} is what its request gives, by construction. The
 * service is looked up lazily because the schema that holds {@code ask} is built from this package's controller.
 */
@Component
class InProcessGraphQl {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ObjectProvider<ExecutionGraphQlService> service;

    InProcessGraphQl(ObjectProvider<ExecutionGraphQlService> service) {
        this.service = service;
    }

    /** The request's {@code data}; an error of the request is raised with its code. */
    Map<String, Object> execute(String document, Map<String, Object> variables) {
        DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(document, null, variables, Map.of(),
                "ask", Locale.ROOT);
        ExecutionGraphQlResponse response = service.getObject().execute(request).block(TIMEOUT);
        if (response == null) {
            throw new ApiException(ErrorCode.TIMEOUT, "The answer's GraphQL request gave no response");
        }
        List<ResponseError> errors = response.getErrors();
        if (!errors.isEmpty()) {
            ResponseError first = errors.get(0);
            Object code = first.getExtensions().get("code");
            ErrorCode c = ErrorCode.INTERNAL;
            if (code != null) {
                try {
                    c = ErrorCode.valueOf(code.toString());
                } catch (IllegalArgumentException e) {
                    c = ErrorCode.INTERNAL;
                }
            }
            throw new ApiException(c, first.getMessage());
        }
        Map<String, Object> data = response.getData();
        return data == null ? Map.of() : data;
    }
}
