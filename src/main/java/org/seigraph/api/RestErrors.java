package org.seigraph.api;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
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

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> any(Exception e) {
        Failures.Classified c = Failures.classify(e);
        return body(c.code(), c.message());
    }

    static ResponseEntity<Map<String, Object>> body(ErrorCode code, String message) {
        return ResponseEntity.status(code.httpStatus())
                .body(Map.of("error", Map.of("code", code.name(), "message", String.valueOf(message))));
    }
}
