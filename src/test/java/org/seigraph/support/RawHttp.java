package org.seigraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Any request at all, byte for byte (bodies that are not JSON or not UTF-8, any method and header), over HTTP/1.1,
 * timed. For hostile-input and security tests.
 */
public final class RawHttp {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public RawHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers, long millis) {
        public JsonNode json() {
            return GraphQlHttp.JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    public Response send(String method, String path, byte[] body, String... headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body),
                false, headers);
    }

    public Response send(String method, String path, HttpRequest.BodyPublisher body, boolean expectContinue, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .expectContinue(expectContinue).method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Like a client that does not wait for anything: sends the headers (with the full Content-Length) and then the body
     * in 64 KB pieces, stopping as soon as the server has answered or closed; returns the status line and body read.
     */
    public Response sendLargeBody(String path, long bytes) {
        long started = System.nanoTime();
        URI uri = URI.create(base + path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = socket.getInputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                for (long sent = 0; sent < bytes && in.available() == 0; sent += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, bytes - sent));
                }
                out.flush();
            } catch (IOException serverStoppedReading) {
                // the server answered and closed: read what it said
            }
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}}")) {
                        break;
                    }
                }
            } catch (IOException reset) {
                // connection reset after the answer
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new IllegalStateException("No HTTP answer to a " + bytes + "-byte body: '" + text + "'");
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int bodyStart = text.indexOf("\r\n\r\n");
            String body = bodyStart < 0 ? "" : text.substring(bodyStart + 4);
            return new Response(status, body, Map.of(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the request line byte for byte on a plain socket (so no client library checks or re-encodes the URL),
     * then Host, the given header lines and "Connection: close", and reads the answer to its end.
     */
    public Response sendRaw(byte[] requestLine, String... headerLines) {
        long started = System.nanoTime();
        URI uri = URI.create(base);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder("\r\nHost: ").append(uri.getHost()).append("\r\n");
            for (String line : headerLines) {
                head.append(line).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(requestLine);
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            byte[] answer;
            try {
                answer = socket.getInputStream().readAllBytes();
            } catch (java.net.SocketException reset) {
                throw new IllegalStateException("connection reset without an answer", reset);
            }
            String text = new String(answer, StandardCharsets.ISO_8859_1); // one char per byte, to find the body
            int headEnd = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
                throw new IllegalStateException("No HTTP answer: '" + text + "'");
            }
            Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            String[] lines = text.substring(0, headEnd).split("\r\n");
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip(), k -> new java.util.ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(answer, headEnd + 4, answer.length);
            if (headers.getOrDefault("Transfer-Encoding", java.util.List.of()).contains("chunked")) {
                body = dechunk(body);
            }
            return new Response(Integer.parseInt(text.substring(9, 12)), new String(body, StandardCharsets.UTF_8), headers,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] dechunk(byte[] chunked) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String text = new String(chunked, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    public Response postJson(String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), all);
    }
}
