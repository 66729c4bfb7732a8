package org.seigraph.web;

import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** REST errors as {@code {"error": {"code", "message"}}} with the matching status; never a stack trace. */
@RestControllerAdvice
class RestErrors {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(ErrorCode.BAD_REQUEST, "The request body is not valid JSON of the expected shape");
    }

    /** A query parameter whose percent-encoding does not decode (e.g. {@code %E6%99}, half a character): Tomcat's. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> undecodableParameter(InvalidParameterException e) {
        return body(ErrorCode.BAD_REQUEST, "A query parameter is not valid percent-encoded UTF-8");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badParameter(Exception e) {
        return body(ErrorCode.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(415).body(Map.of("error", Map.of("code", ErrorCode.BAD_REQUEST.name(),
                "message", "Unsupported content type; send application/json")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return ResponseEntity.status(405).body(Map.of("error", Map.of("code", ErrorCode.BAD_REQUEST.name(),
                "message", e.getMessage())));
    }

    /** A missing static file or WebJar (the map page's assets): 404, not an internal error. */
    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(org.springframework.web.servlet.resource.NoResourceFoundException e) {
        return body(ErrorCode.NOT_FOUND, "No resource at /" + e.getResourcePath());
    }

    /**
     * Spring's own client errors (no such resource or route, method not allowed, missing GraphQL document, body too
     * large …) keep their 4xx status and get the code that goes with it, instead of falling through to INTERNAL.
     */
    private static ResponseEntity<Map<String, Object>> springClientError(ErrorResponse e) {
        int status = e.getStatusCode().value();
        ErrorCode code = ErrorCode.forStatus(status);
        String detail = e.getBody().getDetail();
        return ResponseEntity.status(status).body(Map.of("error", Map.of("code", code.name(),
                "message", detail == null ? code.name() : detail)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> any(Exception e) {
        if (e instanceof ErrorResponse spring && spring.getStatusCode().is4xxClientError()) {
            return springClientError(spring);
        }
        if (e instanceof NullPointerException && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("org.springframework.graphql.server")) {
            // Spring for GraphQL 2.0 fails with an NPE on a JSON body of 'null' instead of rejecting it
            return body(ErrorCode.BAD_REQUEST, "The request body must be a JSON object with a 'query'");
        }
        Failures.Classified c = Failures.classify(e);
        return body(c.code(), c.message(), c.details());
    }

    static ResponseEntity<Map<String, Object>> body(ErrorCode code, String message) {
        return body(code, message, Map.of());
    }

    /** The error body: code and message, then any details (e.g. the candidates of an ambiguous name). */
    static ResponseEntity<Map<String, Object>> body(ErrorCode code, String message, Map<String, Object> details) {
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", String.valueOf(message));
        error.putAll(details);
        return ResponseEntity.status(code.httpStatus()).body(Map.of("error", error));
    }
}
