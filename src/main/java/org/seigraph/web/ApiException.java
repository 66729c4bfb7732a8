package org.seigraph.web;

/** A failure the client should understand: its message is shown as is, with its code. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
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
