package org.seigraph.web;

import org.springframework.graphql.execution.ErrorType;

/** The codes clients see in {@code extensions.code} of every GraphQL error and in REST error bodies. */
public enum ErrorCode {
    BAD_REQUEST(ErrorType.BAD_REQUEST, 400),
    NOT_FOUND(ErrorType.NOT_FOUND, 404),
    LIMIT_EXCEEDED(ErrorType.BAD_REQUEST, 400),
    UNAUTHORIZED(ErrorType.UNAUTHORIZED, 401),
    FORBIDDEN(ErrorType.FORBIDDEN, 403),
    CONFLICT(ErrorType.BAD_REQUEST, 409),
    TIMEOUT(ErrorType.INTERNAL_ERROR, 504),
    UNAVAILABLE(ErrorType.INTERNAL_ERROR, 503),
    INTERNAL(ErrorType.INTERNAL_ERROR, 500);

    private final ErrorType errorType;
    private final int httpStatus;

    ErrorCode(ErrorType errorType, int httpStatus) {
        this.errorType = errorType;
        this.httpStatus = httpStatus;
    }

    public ErrorType errorType() {
        return errorType;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The code for an HTTP error status that Spring or Tomcat chose, not we (an unknown route, a request Tomcat
     * refuses): a 4xx is the client's, and so is 505 (an HTTP version the server does not speak).
     */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 413 -> LIMIT_EXCEEDED;
            case 503 -> UNAVAILABLE;
            case 504 -> TIMEOUT;
            case 505 -> BAD_REQUEST;
            default -> status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL;
        };
    }
}
