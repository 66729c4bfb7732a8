package org.seigraph.hardening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.seigraph.hardening.HostileInputTest.Case;
import org.seigraph.hardening.HostileInputTest.Outcome;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.RawHttp;
import org.seigraph.support.TempStores;

import tools.jackson.databind.JsonNode;

/**
 * The hostile-input corpus of the mutations (curation). Every mutation the schema has (found by introspection) is
 * sent without a token, with a wrong one and with the other role's token; proposals are sent with the curator's
 * token and hostile content of every kind (for real, not as a dry run: if one got through it would be stored, and
 * the graph fingerprint check of {@link HostileInputTest} would catch it); the decisions with ids, versions and notes
 * that must be refused; and Cypher injection into every String, ID and JSON argument and input field of every
 * mutation (proposals as {@code validateOnly}, where accepting a payload as text is a correct answer). Like the rest
 * of the corpus, every case states its outcome: the injection cases from {@link #INJECTION}.
 */
final class MutationCorpus {

    private static final String CURATOR = TempStores.CURATOR_TOKEN;
    private static final String REVIEWER = TempStores.REVIEWER_TOKEN;
    private static final String SUBSECTOR = "subsector:海洋工程装备";
    private static final String PAYLOAD = "x' OR 1=1 WITH 1 AS x MATCH (m) DETACH DELETE m //\"}) MATCH (m) DETACH DELETE m "
            + "RETURN 1 AS x //` MATCH (h) SET h:Hack /* */ CALL db.createLabel('Hack')";
    private static final String PROPOSE = "mutation($in: ChangeInput!, $dry: Boolean) { proposeChange(input: $in, validateOnly: $dry) { id } }";

    private static final Outcome UNAUTHORIZED = Outcome.graphql("UNAUTHORIZED");
    private static final Outcome FORBIDDEN = Outcome.graphql("FORBIDDEN");
    private static final Outcome BAD_REQUEST = Outcome.graphql("BAD_REQUEST");
    private static final Outcome NOT_FOUND = Outcome.graphql("NOT_FOUND");
    private static final Outcome LIMIT_EXCEEDED = Outcome.graphql("LIMIT_EXCEEDED");
    private static final Outcome ANSWER = Outcome.answer();

    /** Outcomes of the injection payload per mutation and argument (input fields by their path). */
    static final Map<String, Outcome> INJECTION = new LinkedHashMap<>();

    static {
        // proposals are dry runs of a valid CHANGE PROPERTY of nameEn: as its text, a payload is a correct value
        INJECTION.put("proposeChange(input.value)", ANSWER);
        INJECTION.put("proposeChange(input.reason)", ANSWER);
        // ids and names of entities name nothing
        for (String path : List.of("entity", "from", "to")) {
            INJECTION.put("proposeChange(input." + path + ")", NOT_FOUND);
            INJECTION.put("reviseChange(input." + path + ")", NOT_FOUND);
        }
        // a closed vocabulary, a URL, or a field that change does not use
        for (String path : List.of("key", "source.ref", "label", "name", "properties", "alias", "newAlias", "type")) {
            INJECTION.put("proposeChange(input." + path + ")", BAD_REQUEST);
        }
        // decisions about a request that does not exist (the payload as its id, or anywhere else)
        for (String path : List.of("id", "input.label", "input.name", "input.key", "input.value", "input.properties",
                "input.alias", "input.newAlias", "input.type", "input.reason", "input.source.ref")) {
            INJECTION.put("reviseChange(" + path + ")", NOT_FOUND);
        }
        for (String key : List.of("approveChange(id)", "approveChange(note)", "approveChanges(changes.id)",
                "approveChanges(note)", "rejectChange(id)", "rejectChange(note)")) {
            INJECTION.put(key, NOT_FOUND);
        }
    }

    private final RawHttp http;
    private final List<Case> cases;

    private MutationCorpus(RawHttp http, List<Case> cases) {
        this.http = http;
        this.cases = cases;
    }

    static void add(RawHttp http, List<Case> cases, JsonNode schema) {
        MutationCorpus corpus = new MutationCorpus(http, cases);
        corpus.access(schema);
        corpus.proposals();
        corpus.decisions();
        corpus.injection(schema);
    }

    /** A valid proposal: what the hostile cases below spoil one field of. */
    static Map<String, Object> valid() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("action", "CHANGE");
        in.put("target", "PROPERTY");
        in.put("entity", SUBSECTOR);
        in.put("key", "nameEn");
        in.put("value", "Marine engineering equipment (hostile test)");
        in.put("reason", "The hostile-input corpus");
        in.put("source", Map.of("kind", "URL", "ref", "https://example.org/source"));
        return in;
    }

    private void access(JsonNode schema) {
        for (JsonNode field : schema.at("/mutationType/fields")) {
            String name = field.get("name").asString();
            boolean proposes = name.startsWith("propose") || name.startsWith("revise");
            String wrongRole = proposes ? REVIEWER : CURATOR;
            String request = request(name);
            Map<String, Object> variables = variables(name);
            for (String[] auth : new String[][] {{"no token", null}, {"a wrong token", "Bearer not-a-token"},
                    {"the token plus a character", "Bearer " + (proposes ? CURATOR : REVIEWER) + "x"},
                    {"the other role's token", "Bearer " + wrongRole}, {"Basic auth", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString(("alice:" + CURATOR).getBytes())}}) {
                // a known token of the other role is FORBIDDEN; no token, or none we know, is UNAUTHORIZED
                Outcome outcome = auth[1] != null && auth[1].equals("Bearer " + wrongRole) ? FORBIDDEN : UNAUTHORIZED;
                add(name + " with " + auth[0], outcome, () -> send(request, variables, auth[1]));
            }
        }
    }

    private String request(String mutation) {
        return switch (mutation) {
            case "proposeChange" -> PROPOSE;
            case "reviseChange" -> "mutation($in: ChangeInput!) { reviseChange(id: \"cr-none\", version: 0, input: $in) { id } }";
            case "approveChange" -> "mutation { approveChange(id: \"cr-none\", version: 0) { id } }";
            case "approveChanges" -> "mutation { approveChanges(changes: [{id: \"cr-none\", version: 0}]) { id } }";
            case "rejectChange" -> "mutation { rejectChange(id: \"cr-none\", version: 0, note: \"no\") { id } }";
            default -> "mutation { " + mutation + " }";
        };
    }

    private static Map<String, Object> variables(String mutation) {
        return mutation.equals("proposeChange") || mutation.equals("reviseChange") ? Map.of("in", valid()) : Map.of();
    }

    private void proposals() {
        spoil(BAD_REQUEST, "unknown action", "action", "DESTROY");
        spoil(BAD_REQUEST, "no target", "target", null);
        spoil(BAD_REQUEST, "label Entity for a node", nodeAdd("label", "Entity", "name", "x"));
        spoil(BAD_REQUEST, "label Document (not curated)", nodeAdd("label", "Document", "name", "x"));
        spoil(BAD_REQUEST, "label with Cypher in it", nodeAdd("label", "Park:Hack", "name", "x"));
        spoil(BAD_REQUEST, "a name with NUL", nodeAdd("label", "Park", "name", "测试\u0000园"));
        spoil(LIMIT_EXCEEDED, "a name of 10,000 characters", nodeAdd("label", "Park", "name", "园".repeat(10_000)));
        spoil(BAD_REQUEST, "a blank name", nodeAdd("label", "Park", "name", "   "));
        spoil(BAD_REQUEST, "a name with surrounding spaces", nodeAdd("label", "Park", "name", " 测试园 "));
        spoil(BAD_REQUEST, "a name with U+FFFD", nodeAdd("label", "Park", "name", "测试\uFFFD园"));
        spoil(BAD_REQUEST, "a node that exists already", nodeAdd("label", "Subsector", "name", "海洋工程装备"));
        for (String key : List.of("id", "doc", "start", "source", "curation", "text", "__proto__", "nameEn` = 1 //", "kind")) {
            spoil(BAD_REQUEST, "key " + key, "key", key);
        }
        spoil(BAD_REQUEST, "value an object", "value", map("$ne", 1));
        spoil(BAD_REQUEST, "value a list", "value", List.of("a", "b"));
        spoil(BAD_REQUEST, "value a number for a text property", "value", 5);
        spoil(BAD_REQUEST, "value with a control character", "value", "Marine\u0007");
        spoil(LIMIT_EXCEEDED, "value of 10,000 characters", "value", "m".repeat(10_000));
        spoil(BAD_REQUEST, "value equal to the current one", "value", "Marine engineering equipment");
        spoil(BAD_REQUEST, "year given text", map("key", "year", "value", "2020"));
        spoil(BAD_REQUEST, "year given 1e40", map("key", "year", "value", 1e40));
        spoil(BAD_REQUEST, "year given 2020.5", map("key", "year", "value", 2020.5));
        spoil(BAD_REQUEST, "approx given yes", map("key", "approx", "value", "yes"));
        spoil(BAD_REQUEST, "retiring the name", map("action", "RETIRE", "key", "name", "value", null));
        spoil(BAD_REQUEST, "a field the change does not use", "label", "Park");
        spoil(BAD_REQUEST, "properties given to a property change", "properties", map("nameEn", "x"));
        spoil(NOT_FOUND, "entity unknown", "entity", "subsector:不存在");
        spoil(NOT_FOUND, "entity a path", "entity", "../../etc/passwd");
        spoil(LIMIT_EXCEEDED, "entity of 600 characters", "entity", "subsector:" + "海".repeat(600));
        spoil(BAD_REQUEST, "entity with NUL", "entity", "subsector:海洋\u0000工程装备");
        spoil(BAD_REQUEST, "entity blank", "entity", " ");
        Map<String, Object> node = map("action", "CHANGE", "target", "NODE", "key", null, "value", null);
        spoil(BAD_REQUEST, "properties an array", with(node, "properties", List.of(1, 2)));
        spoil(BAD_REQUEST, "properties with an unknown key", with(node, "properties", map("hacked", true)));
        spoil(BAD_REQUEST, "properties nested", with(node, "properties", map("nameEn", map("a", 1))));
        Map<String, Object> many = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            many.put("k" + i, "v");
        }
        spoil(LIMIT_EXCEEDED, "properties with 30 entries", with(node, "properties", many));
        spoil(BAD_REQUEST, "properties empty", with(node, "properties", map()));
        spoil(BAD_REQUEST, "removing the name", with(node, "properties", nullValue("name")));
        Map<String, Object> rel = map("action", "ADD", "target", "RELATIONSHIP", "entity", null, "key", null, "value", null,
                "from", "park:临港经济区", "to", "district:和平区");
        spoil(BAD_REQUEST, "relationship type MENTIONS", with(rel, "type", "MENTIONS"));
        spoil(BAD_REQUEST, "relationship type DELETE", with(rel, "type", "DELETE"));
        spoil(BAD_REQUEST, "relationship type with Cypher", with(rel, "type", "LOCATED_IN]->() DETACH DELETE (m) //"));
        spoil(NOT_FOUND, "relationship to an unknown node", with(with(rel, "type", "LOCATED_IN"), "to", "district:" + PAYLOAD.substring(0, 40)));
        spoil(BAD_REQUEST, "relationship property lead given 1", with(with(rel, "type", "LOCATED_IN"), "properties", map("lead", 1)));
        spoil(NOT_FOUND, "retiring a relationship that is not there", map("action", "RETIRE", "target", "RELATIONSHIP", "entity", null,
                "key", null, "value", null, "type", "LOCATED_IN", "from", "park:临港经济区", "to", "district:和平区"));
        Map<String, Object> alias = map("target", "ALIAS", "key", null, "value", null);
        spoil(BAD_REQUEST, "alias with a newline", with(with(alias, "action", "ADD"), "alias", "海洋\n工程"));
        spoil(BAD_REQUEST, "alias change to itself", with(with(with(alias, "action", "CHANGE"), "alias", "x"), "newAlias", "x"));
        spoil(NOT_FOUND, "retiring an alias that is not there", with(with(alias, "action", "RETIRE"), "alias", "不存在的别名"));
        spoil(BAD_REQUEST, "no reason", "reason", null);
        spoil(BAD_REQUEST, "a blank reason", "reason", "\n\t ");
        spoil(LIMIT_EXCEEDED, "a reason of 3,000 characters", "reason", "r".repeat(3000));
        spoil(BAD_REQUEST, "a reason with NUL", "reason", "because\u0000");
        spoil(BAD_REQUEST, "no source", "source", null);
        spoil(BAD_REQUEST, "source kind unknown", "source", map("kind", "RUMOUR", "ref", "x"));
        spoil(BAD_REQUEST, "source URL javascript:", "source", map("kind", "URL", "ref", "javascript:alert(1)"));
        spoil(BAD_REQUEST, "source URL file:", "source", map("kind", "URL", "ref", "file:///etc/passwd"));
        spoil(BAD_REQUEST, "source URL without a host", "source", map("kind", "URL", "ref", "https://"));
        spoil(BAD_REQUEST, "source URL missing", "source", map("kind", "URL"));
        spoil(BAD_REQUEST, "source document missing", "source", map("kind", "DOCUMENT"));
        spoil(LIMIT_EXCEEDED, "source ref of 5,000 characters", "source", map("kind", "DOCUMENT", "ref", "d".repeat(5000)));
        spoil(BAD_REQUEST, "source ref an object", "source", map("kind", "DOCUMENT", "ref", map("a", 1)));
        add("proposal with 10,000 input fields", BAD_REQUEST, () -> {
            Map<String, Object> in = new LinkedHashMap<>(valid());
            for (int i = 0; i < 10_000; i++) {
                in.put("f" + i, i);
            }
            return send(PROPOSE, map("in", in), "Bearer " + CURATOR);
        });
        add("proposal with the input inline and an injected label", BAD_REQUEST, () -> send("mutation { proposeChange(input: "
                + "{action: ADD, target: NODE, label: \"Park) DETACH DELETE (n\", name: \"x\", reason: \"r\", source: {kind: LOCAL_KNOWLEDGE}}) { id } }",
                map(), "Bearer " + CURATOR));
    }

    private void decisions() {
        String approve = "mutation($id: ID!, $v: Int!, $note: String) { approveChange(id: $id, version: $v, note: $note) { id } }";
        String reject = "mutation($id: ID!, $v: Int!, $note: String!) { rejectChange(id: $id, version: $v, note: $note) { id } }";
        String many = "mutation($c: [ChangeRef!]!) { approveChanges(changes: $c) { id } }";
        String r = "Bearer " + REVIEWER;
        add("approve an unknown id", NOT_FOUND, () -> send(approve, Map.of("id", "cr-unknown", "v", 0), r));
        add("approve an injected id", NOT_FOUND, () -> send(approve, Map.of("id", PAYLOAD, "v", 0), r));
        add("approve version -1", BAD_REQUEST, () -> send(approve, Map.of("id", "cr-unknown", "v", -1), r));
        add("approve version 2^40", BAD_REQUEST, () -> send(approve, Map.of("id", "cr-unknown", "v", 1L << 40), r));
        add("approve version as text", BAD_REQUEST, () -> send(approve, Map.of("id", "cr-unknown", "v", "1"), r));
        add("approve with a note of 3,000 characters", LIMIT_EXCEEDED,
                () -> send(approve, Map.of("id", "cr-unknown", "v", 0, "note", "n".repeat(3000)), r));
        add("approve with a note with NUL", BAD_REQUEST,
                () -> send(approve, Map.of("id", "cr-unknown", "v", 0, "note", "ok\u0000"), r));
        add("reject without a note", BAD_REQUEST, () -> send(reject, Map.of("id", "cr-unknown", "v", 0, "note", ""), r));
        add("reject an unknown id", NOT_FOUND, () -> send(reject, Map.of("id", "cr-unknown", "v", 0, "note", "no"), r));
        add("approve an empty list", BAD_REQUEST, () -> send(many, Map.of("c", List.of()), r));
        add("approve 6,000 requests", LIMIT_EXCEEDED, () -> {
            List<Map<String, Object>> refs = new ArrayList<>();
            for (int i = 0; i < 6000; i++) {
                refs.add(Map.of("id", "cr-" + i, "v", 0, "version", 0));
            }
            return send(many, Map.of("c", refs.stream().map(m -> Map.of("id", m.get("id"), "version", 0)).toList()), r);
        });
        add("approve a list naming one unknown id twice", NOT_FOUND, () -> send(many,
                Map.of("c", List.of(Map.of("id", "cr-a", "version", 0), Map.of("id", "cr-a", "version", 0))), r));
        add("approve a ref without version", BAD_REQUEST, () -> send(many, Map.of("c", List.of(Map.of("id", "cr-a"))), r));
        add("revise an unknown id", NOT_FOUND, () -> send(
                "mutation($in: ChangeInput!) { reviseChange(id: \"cr-unknown\", version: 0, input: $in) { id } }",
                Map.of("in", valid()), "Bearer " + CURATOR));
        add("import without a token", Outcome.http(401, "UNAUTHORIZED"), () -> http.send("POST", "/api/curation/import",
                "change,action\n".getBytes(), "Content-Type", "text/csv"));
        add("import a file that is not the format", Outcome.http(400, "BAD_REQUEST"), () -> http.send("POST", "/api/curation/import",
                "a,b\n1,2\n".getBytes(), "Content-Type", "text/csv", "Authorization", "Bearer " + CURATOR));
        add("import as JSON", Outcome.http(415, "BAD_REQUEST"), () -> http.postJson("/api/curation/import", "{}", "Authorization", "Bearer " + CURATOR));
    }

    /** Cypher injection into every String, ID and JSON argument and input field of every mutation. */
    private void injection(JsonNode schema) {
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        schema.get("types").forEach(t -> {
            if ("INPUT_OBJECT".equals(t.get("kind").asString())) {
                inputs.put(t.get("name").asString(), t.get("inputFields"));
            }
        });
        for (JsonNode field : schema.at("/mutationType/fields")) {
            String name = field.get("name").asString();
            boolean proposes = name.startsWith("propose") || name.startsWith("revise");
            String token = "Bearer " + (proposes ? CURATOR : REVIEWER);
            for (JsonNode arg : field.get("args")) {
                String argName = arg.get("name").asString();
                String base = named(arg.get("type"));
                if (isText(base)) {
                    Map<String, Object> args = fillers(field, inputs);
                    args.put(argName, isList(arg.get("type")) ? List.of(PAYLOAD) : PAYLOAD);
                    injection(name + "(" + argName + ")", () -> send(call(name, field), args, token));
                } else if (inputs.containsKey(base)) {
                    for (String path : textPaths(base, inputs, "", 0)) {
                        Map<String, Object> args = fillers(field, inputs);
                        Object value = args.get(argName);
                        Object spoiled = value instanceof List<?> list ? List.of(set(list.get(0), path, PAYLOAD)) : set(value, path, PAYLOAD);
                        args.put(argName, spoiled);
                        injection(name + "(" + argName + "." + path + ")", () -> send(call(name, field), args, token));
                    }
                }
            }
        }
    }

    /** An injection case with its outcome from {@link #INJECTION}; a mutation added later must answer, or fail with BAD_REQUEST or NOT_FOUND. */
    private void injection(String key, Supplier<RawHttp.Response> request) {
        Outcome outcome = INJECTION.get(key);
        add(key + " <- injection" + (outcome == null ? " (not in INJECTION)" : ""), outcome, request);
    }

    /** A mutation call whose every argument is a variable of its own type. */
    private static String call(String name, JsonNode field) {
        StringBuilder vars = new StringBuilder();
        StringBuilder args = new StringBuilder();
        for (JsonNode arg : field.get("args")) {
            String a = arg.get("name").asString();
            vars.append(vars.isEmpty() ? "" : ", ").append('$').append(a).append(": ").append(typeRef(arg.get("type")));
            args.append(args.isEmpty() ? "" : ", ").append(a).append(": $").append(a);
        }
        return "mutation(" + vars + ") { " + name + "(" + args + ") { __typename } }";
    }

    /** Valid values for every argument: proposals as dry runs, decisions about a request that does not exist. */
    private static Map<String, Object> fillers(JsonNode field, Map<String, JsonNode> inputs) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (JsonNode arg : field.get("args")) {
            String a = arg.get("name").asString();
            String base = named(arg.get("type"));
            Object value = switch (base) {
                case "ChangeInput" -> valid();
                case "ChangeRef" -> Map.of("id", "cr-none", "version", 0);
                case "Boolean" -> a.equals("validateOnly");
                case "Int" -> 0;
                case "ID" -> "cr-none";
                default -> "checked";
            };
            args.put(a, isList(arg.get("type")) ? List.of(value) : value);
        }
        return args;
    }

    private static List<String> textPaths(String type, Map<String, JsonNode> inputs, String prefix, int depth) {
        List<String> out = new ArrayList<>();
        if (depth > 2 || !inputs.containsKey(type)) {
            return out;
        }
        for (JsonNode f : inputs.get(type)) {
            String inner = named(f.get("type"));
            String path = prefix + f.get("name").asString();
            if (isText(inner)) {
                out.add(path);
            } else if (inputs.containsKey(inner)) {
                out.addAll(textPaths(inner, inputs, path + ".", depth + 1));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object set(Object value, String path, Object payload) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) value);
        int dot = path.indexOf('.');
        if (dot < 0) {
            copy.put(path, payload);
        } else {
            String head = path.substring(0, dot);
            copy.put(head, set(copy.getOrDefault(head, Map.of()), path.substring(dot + 1), payload));
        }
        return copy;
    }

    private static boolean isText(String type) {
        return type.equals("String") || type.equals("ID") || type.equals("JSON");
    }

    // ------------------------------------------------------------------------------------------------------------

    private void spoil(Outcome outcome, String name, String field, Object value) {
        Map<String, Object> in = new LinkedHashMap<>(valid());
        in.put(field, value);
        add("proposal with " + name, outcome, () -> send(PROPOSE, vars(in), "Bearer " + CURATOR));
    }

    private void spoil(Outcome outcome, String name, Map<String, Object> changes) {
        Map<String, Object> in = new LinkedHashMap<>(valid());
        in.putAll(changes);
        add("proposal with " + name, outcome, () -> send(PROPOSE, vars(in), "Bearer " + CURATOR));
    }

    private static Map<String, Object> vars(Map<String, Object> in) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("in", in);
        v.put("dry", false);
        return v;
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        out.put(key, value);
        return out;
    }

    /** Key-value pairs, nulls allowed (a null clears a field of the valid proposal). */
    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    /** A NODE ADD with the valid proposal's property fields cleared, plus these pairs. */
    private static Map<String, Object> nodeAdd(Object... kv) {
        Map<String, Object> out = map("action", "ADD", "target", "NODE", "entity", null, "key", null, "value", null);
        out.putAll(map(kv));
        return out;
    }

    private static Map<String, Object> nullValue(String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, null);
        return m;
    }

    private void add(String name, Outcome expect, Supplier<RawHttp.Response> request) {
        cases.add(new Case("mutations", name, expect, request));
    }

    private RawHttp.Response send(String query, Map<String, Object> variables, String authorization) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        String json = GraphQlHttp.JSON.writeValueAsString(body);
        return authorization == null ? http.postJson("/graphql", json) : http.postJson("/graphql", json, "Authorization", authorization);
    }

    private static String named(JsonNode type) {
        JsonNode t = type;
        while (t.get("name").isNull()) {
            t = t.get("ofType");
        }
        return t.get("name").asString();
    }

    private static boolean isList(JsonNode type) {
        for (JsonNode t = type; t != null && !t.isNull(); t = t.get("ofType")) {
            if ("LIST".equals(t.get("kind").asString())) {
                return true;
            }
        }
        return false;
    }

    private static String typeRef(JsonNode type) {
        return switch (type.get("kind").asString()) {
            case "NON_NULL" -> typeRef(type.get("ofType")) + "!";
            case "LIST" -> "[" + typeRef(type.get("ofType")) + "]";
            default -> type.get("name").asString();
        };
    }
}
