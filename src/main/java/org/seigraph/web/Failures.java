package org.seigraph.web;

import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.kernel.api.exceptions.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a code and a message fit for a client: no stack traces, no internals. */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    /** @param details structured details for the client (ApiException's), empty otherwise */
    public record Classified(ErrorCode code, String message, java.util.Map<String, Object> details) {
        public Classified(ErrorCode code, String message) {
            this(code, message, java.util.Map.of());
        }
    }

    public static Classified classify(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ApiException api) {
            return new Classified(api.code(), api.getMessage(), api.details());
        }
        if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
            return new Classified(ErrorCode.UNAVAILABLE, "The graph database is unavailable; try again shortly");
        }
        if (t instanceof ClientException client && client.code() != null
                && client.code().contains("TransactionTimedOut")) {
            return new Classified(ErrorCode.TIMEOUT, "The query ran past its time limit");
        }
        if (t instanceof TransientException transientFailure && transientFailure.code() != null
                && transientFailure.code().contains("Terminated")) {
            return new Classified(ErrorCode.TIMEOUT, "The query ran past its time limit");
        }
        if (t instanceof TransientException) {
            // e.g. Neo.TransientError.General.DatabaseUnavailable while a server shuts down or starts: retry later
            return new Classified(ErrorCode.UNAVAILABLE, "The graph database is unavailable; try again shortly");
        }
        // the in-process reader (CypherRunner with the embedded store): Neo4j's own exceptions, with a status code
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.neo4j.graphdb.DatabaseShutdownException) {
                return new Classified(ErrorCode.UNAVAILABLE, "The graph database is unavailable; try again shortly");
            }
            if (c instanceof Status.HasStatus hasStatus) {
                String code = hasStatus.status().code().serialize();
                if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
                    return new Classified(ErrorCode.TIMEOUT, "The query ran past its time limit");
                }
                if (code.contains("DatabaseUnavailable")) {
                    return new Classified(ErrorCode.UNAVAILABLE, "The graph database is unavailable; try again shortly");
                }
            }
        }
        if (t instanceof IllegalArgumentException) {
            return new Classified(ErrorCode.BAD_REQUEST, t.getMessage());
        }
        log.error("Unexpected failure", failure);
        return new Classified(ErrorCode.INTERNAL, "Internal error");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current
                && !(current instanceof ApiException) && !(current instanceof org.neo4j.driver.exceptions.Neo4jException)) {
            current = current.getCause();
        }
        return current;
    }

    private Failures() {
    }
}
