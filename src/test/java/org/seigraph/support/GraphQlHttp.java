package org.seigraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the running app: real requests over a socket, JSON answers as trees. */
public final class GraphQlHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public GraphQlHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** POST /graphql; returns the whole response document (data and errors). */
    public JsonNode query(String query) {
        return query(query, Map.of());
    }

    /** POST /graphql, asserting the answer has no errors; returns its {@code data}. */
    public JsonNode data(String query) {
        return data(query, Map.of());
    }

    public JsonNode data(String query, Map<String, Object> variables) {
        JsonNode response = query(query, variables);
        org.assertj.core.api.Assertions.assertThat(response.get("errors")).as(response.toString()).isNull();
        return response.get("data");
    }

    public JsonNode query(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post("/graphql", JSON.writeValueAsString(body), "application/json").json();
    }

    public Response post(String path, String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
