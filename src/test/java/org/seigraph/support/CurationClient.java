package org.seigraph.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** GraphQL curation calls over real HTTP with a bearer token, for tests. */
public final class CurationClient {

    public static final String FIELDS = "id version status action target entity author reviewer applied inBundle "
            + "needsReview reviewReason before after summary subjects proposedAt reviewedAt";

    private final RawHttp http;
    private final int port;

    public CurationClient(int port) {
        this.http = new RawHttp(port);
        this.port = port;
    }

    public int port() {
        return port;
    }

    public RawHttp http() {
        return http;
    }

    /** The whole GraphQL answer (data and errors), sent with {@code token} (null: no Authorization header). */
    public JsonNode graphql(String query, Map<String, Object> variables, String token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String json = GraphQlHttp.JSON.writeValueAsString(body);
        RawHttp.Response r = token == null ? http.postJson("/graphql", json)
                : http.postJson("/graphql", json, "Authorization", "Bearer " + token);
        return r.json();
    }

    public JsonNode propose(Map<String, Object> input, String token) {
        return graphql("mutation($in: ChangeInput!) { proposeChange(input: $in) { " + FIELDS + " } }", Map.of("in", input), token);
    }

    public JsonNode approve(String id, long version, String token) {
        return graphql("mutation($id: ID!, $v: Int!) { approveChange(id: $id, version: $v, note: \"checked\") { " + FIELDS + " } }",
                Map.of("id", id, "v", version), token);
    }

    public JsonNode reject(String id, long version, String token) {
        return graphql("mutation($id: ID!, $v: Int!) { rejectChange(id: $id, version: $v, note: \"not supported by the source\") { "
                + FIELDS + " } }", Map.of("id", id, "v", version), token);
    }

    /** The data of an answer that must have no errors. */
    public static JsonNode data(JsonNode answer) {
        org.assertj.core.api.Assertions.assertThat(answer.get("errors")).as(answer.toString()).isNull();
        return answer.get("data");
    }

    /** The codes of an answer's errors. */
    public static List<String> codes(JsonNode answer) {
        List<String> out = new java.util.ArrayList<>();
        if (answer.has("errors")) {
            answer.get("errors").forEach(e -> out.add(e.at("/extensions/code").asString(null)));
        }
        return out;
    }

    public static Map<String, Object> input(Object... kv) {
        Map<String, Object> in = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            in.put((String) kv[i], kv[i + 1]);
        }
        in.putIfAbsent("reason", "Test: the plan's wording is ambiguous here");
        in.putIfAbsent("source", Map.of("kind", "URL", "ref", "https://www.tj.gov.cn/example"));
        return in;
    }
}
