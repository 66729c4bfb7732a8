package org.seigraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;

/**
 * Requests Tomcat refuses before the application sees them, sent byte for byte on a socket: each gets the REST error
 * JSON with a code, not Tomcat's HTML page, and nothing about the server.
 */
class JsonErrorReportValveTest {

    private final RawHttp http = new RawHttp(SharedApp.port());

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("an encoded slash in the path", get("/api/tables/..%2F..%2Fetc%2Fpasswd"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("a dot segment above the root", get("/%2e%2e/%2e%2e/etc/passwd"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("an encoded NUL in the path", get("/api/cypher/queries/%00"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("bad percent-encoding in the path", get("/api/st%zzats"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("raw UTF-8 in the query string", line("GET /api/tables/parks?district=", "滨海新区".getBytes(StandardCharsets.UTF_8),
                        " HTTP/1.1"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("raw GBK in the query string", line("GET /api/tables/parks?district=", "滨海".getBytes(java.nio.charset.Charset.forName("GBK")),
                        " HTTP/1.1"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("'<' and '{' in the query string", get("/api/stats?q=<script>{}"), new String[0], 400, "BAD_REQUEST"),
                Arguments.of("a header name with a space", get("/api/stats"), new String[]{"Bad Header: x"}, 400, "BAD_REQUEST"),
                Arguments.of("a 32 KB header", get("/api/stats"), new String[]{"X-Junk: " + "x".repeat(32 * 1024)}, 400, "BAD_REQUEST"),
                Arguments.of("HTTP/9.9", "GET /api/stats HTTP/9.9".getBytes(StandardCharsets.US_ASCII), new String[0], 505, "BAD_REQUEST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedRequestGetsCodedJson(String what, byte[] requestLine, String[] headers, int status, String code) {
        RawHttp.Response r = http.sendRaw(requestLine, headers);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().at("/error/code").asString()).as(r.body()).isEqualTo(code);
        assertThat(r.json().at("/error/message").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Apache Tomcat").doesNotContain("<html").doesNotContain("\tat ")
                .doesNotContain("Exception");
    }

    @Test
    void answersTheApplicationGaveAreLeftAlone() {
        RawHttp.Response unknown = http.sendRaw(get("/api/nothing-here"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().at("/error/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.json().at("/error/message").asString()).contains("nothing-here");
        RawHttp.Response stats = http.sendRaw(get("/api/stats"));
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().has("error")).isFalse();
    }

    @Test
    void messageAddsTomcatsReasonForClientErrorsOnly() {
        assertThat(JsonErrorReportValve.message(400, "Invalid URI")).contains("malformed").endsWith("(Invalid URI)");
        assertThat(JsonErrorReportValve.message(400, null)).contains("percent-encode");
        assertThat(JsonErrorReportValve.message(500, "java.lang.IllegalStateException: x")).doesNotContain("Exception");
    }

    private static byte[] get(String target) {
        return ("GET " + target + " HTTP/1.1").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] line(String before, byte[] raw, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(raw);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
