package org.seigraph.web;

import java.util.Map;

/**
 * A failure the client should understand: its message is shown as is, with its code, and any details (e.g. the
 * candidates of an ambiguous name) go to the GraphQL error's {@code extensions} and the REST error body.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured details for clients, beside {@code code}; empty for most failures. */
    public Map<String, Object> details() {
        return details;
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(ErrorCode.NOT_FOUND, "No " + what + " with id '" + id + "'");
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException limit(String message) {
        return new ApiException(ErrorCode.LIMIT_EXCEEDED, message);
    }
}
