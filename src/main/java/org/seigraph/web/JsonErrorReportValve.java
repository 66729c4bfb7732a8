package org.seigraph.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's own error answers as the REST error JSON ({@link ErrorJson}) instead of its HTML page: the requests it
 * refuses before the application sees them (an encoded slash or a dot segment above the root in the path, raw
 * non-ASCII or characters HTTP does not allow in the request line, bad percent-encoding in the path, a malformed or
 * oversized header, an unknown HTTP version). Errors the application answered itself already have a body and are
 * left alone, as Tomcat's valve does.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is already broken: nothing can be written
        }
        ErrorCode code = ErrorCode.forStatus(status);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ErrorJson.of(code, message(status, response.getMessage())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing more to say
        }
    }

    /**
     * Tomcat's reason when it gives one (a fixed text about the request's form, e.g. "Invalid URI"), else what the
     * status means here. Never the throwable: that is the server's business, and it is logged by Tomcat.
     */
    static String message(int status, String tomcatMessage) {
        String what = switch (status) {
            case 400 -> "The request is malformed: its path, query string or a header has characters or encoding HTTP "
                    + "does not allow (an encoded slash %2F, a dot segment above the root, raw non-ASCII or spaces, "
                    + "bad percent-encoding) or a header is too large; percent-encode the path and query as UTF-8";
            case 505 -> "This HTTP version is not supported; use HTTP/1.1";
            default -> "The server refused this request (HTTP " + status + ")";
        };
        return tomcatMessage == null || tomcatMessage.isBlank() || status >= 500 ? what : what + " (" + tomcatMessage + ")";
    }
}
