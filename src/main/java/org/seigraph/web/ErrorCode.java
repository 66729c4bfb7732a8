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
}
