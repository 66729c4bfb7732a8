package org.seigraph.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.seigraph.store.CypherRunner;
import org.seigraph.store.EmbeddedNeo4j;
import org.seigraph.support.GraphFingerprint;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.RawHttp;
import org.seigraph.support.SharedApp;
import org.seigraph.support.TempStores;

import tools.jackson.databind.JsonNode;

/**
 * The hostile-input corpus. Each case is one request against the shared app and states what it must get: the HTTP
 * status and the code every error carries ({@link Outcome}: a GraphQL error with a code, an HTTP error with our JSON
 * body and code, a framework's own error answer, or a plain answer where "nothing matches" is correct). Never a stack
 * trace, never INTERNAL. Afterwards the service still answers a normal query correctly and the graph's fingerprint
 * (labels, properties, relationships, constraints and indexes) is the one it had before. How fast each case is
 * answered is measured by {@link HostileLatencyBench}, not here.
 *
 * <p>The injection cases are generated from the schema (every String and ID argument of every query field), so
 * fields added later are covered too: their outcomes are stated in {@link #INJECTION}; a field not listed there must
 * answer, or fail with BAD_REQUEST or NOT_FOUND.
 */
class HostileInputTest {

    /**
     * What a case must get: the HTTP status and the code every error of the body carries. {@code code} null: an
     * answer without errors; {@link #NOT_OURS}: Spring's own answer without a code (an empty 415, CORS's 403 text).
     */
    record Outcome(int status, String code) {
        static final String NOT_OURS = "(no JSON of ours)";

        static Outcome answer() {
            return new Outcome(200, null);
        }

        static Outcome graphql(String code) {
            return new Outcome(200, code);
        }

        static Outcome http(int status, String code) {
            return new Outcome(status, code);
        }

        @Override
        public String toString() {
            return status + " " + (code == null ? "answer" : code);
        }
    }

    record Case(String category, String name, Outcome expected, Supplier<RawHttp.Response> request) {
        @Override
        public String toString() {
            return category + ": " + name + " -> " + (expected == null ? "answer, BAD_REQUEST or NOT_FOUND" : expected);
        }
    }

    private static final String SUBSECTOR = "subsector:海洋工程装备";
    private static final Outcome BAD_REQUEST = Outcome.graphql("BAD_REQUEST");
    private static final Outcome NOT_FOUND = Outcome.graphql("NOT_FOUND");
    private static final Outcome LIMIT_EXCEEDED = Outcome.graphql("LIMIT_EXCEEDED");
    private static final Outcome ANSWER = Outcome.answer();
    private static final Outcome FORBIDDEN_CYPHER = Outcome.http(403, "FORBIDDEN");
    private static final Outcome BAD_CYPHER = Outcome.http(400, "BAD_REQUEST");
    private static final Outcome UNAUTHORIZED = Outcome.http(401, "UNAUTHORIZED");
    /** Refused before the app sees it, by Tomcat (web.JsonErrorReportValve) or Spring Security's firewall. */
    private static final Outcome REFUSED = Outcome.http(400, "BAD_REQUEST");
    private static final Outcome TABLES_BAD_REQUEST = Outcome.http(400, "BAD_REQUEST");

    /** Outcomes of the injection payload per query field and argument (see the class comment). */
    private static final Map<String, Outcome> INJECTION = new LinkedHashMap<>();

    static {
        // closed vocabularies (kinds, types, origins) and cursors refuse what they do not know
        for (String arg : List.of("bureaus(after)", "parks(after)", "targets(after)", "technologies(after)",
                "dependencies(kinds)", "search(kinds)", "subgraph(kinds)", "subgraph(types)", "wholeGraph(kinds)",
                "wholeGraph(types)", "parkFit(need.origin)", "parkFitResolution(need.origin)")) {
            INJECTION.put(arg, BAD_REQUEST);
        }
        // ids given to a lookup name nothing
        for (String arg : List.of("bureaus(subject)", "coResponsibility(bureau)", "dependencies(id)", "measures(bureau)",
                "parkFit(need.industries)", "parkFit(need.technologies)", "parkFitResolution(need.industries)",
                "parkFitResolution(need.technologies)", "parks(district)", "parks(subsector)", "paths(from)", "paths(to)",
                "responsibilities(bureau)", "responsibilities(subject)", "sectors(domain)", "subgraph(ids)",
                "subsectors(bureau)", "subsectors(sector)", "targets(owner)", "technologies(subsector)", "chain(id)",
                "changeRequests(entity)", "changelog(id)")) {
            INJECTION.put(arg, NOT_FOUND);
        }
        // free text and filters where nothing matching is the correct answer; node/nodes answer null / nothing
        for (String arg : List.of("bureaus(category)", "measures(chapter)", "parkFit(need.text)",
                "parkFitResolution(need.text)", "parks(category)", "search(text)", "targets(metric)",
                "targets(targetKind)", "technologies(category)")) {
            INJECTION.put(arg, ANSWER);
        }
        // a change request's id is no entity's (@plainId): none has it, so there is none to show
        INJECTION.put("changeRequest(id)", ANSWER);
        // node/nodes take a name too (docs/analysts.md): text without a kind prefix is a name, and none matches it
        for (String arg : List.of("node(id)", "nodes(ids)")) {
            INJECTION.put(arg, NOT_FOUND);
        }
        // a question is answered, understood or not (the payload is not: understood false, with suggestions)
        INJECTION.put("ask(question)", ANSWER);
    }

    private static RawHttp http;
    private static CypherRunner cypher;
    private static GraphFingerprint.Watch graph;

    @BeforeAll
    static void warmUp() {
        http = new RawHttp(SharedApp.port());
        for (int i = 0; i < 3; i++) {
            assertNormalQueryWorks();
            graphql("{ search(text: \"海洋\") { score } }");
            http.postJson("/api/cypher", "{\"query\":\"MATCH (n) RETURN count(n) AS c\"}");
            graphql("{ nosuchfield }");
        }
        cypher = SharedApp.bean(CypherRunner.class);
        graph = new GraphFingerprint.Watch(cypher, SharedApp.bean(EmbeddedNeo4j.class).managementService());
        assertThat(count("MATCH (n) RETURN count(n) AS c")).isGreaterThan(300);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("corpus")
    void hostileRequestGetsItsStatedOutcomeAndChangesNothing(Case c) {
        RawHttp.Response r = c.request().get();
        String what = c + ", got " + r.status() + " " + codes(r) + " " + abbreviate(r.body());
        assertThat(r.body()).as(what).doesNotContain("\tat ").doesNotContain("Caused by").doesNotContain("INTERNAL")
                .doesNotContain("Apache Tomcat").doesNotContain("<html");
        List<String> codes = codes(r);
        if (c.expected() == null) {
            assertThat(r.status()).as("status: " + what).isEqualTo(200);
            assertThat(codes).as(what).allMatch(code -> code.equals("BAD_REQUEST") || code.equals("NOT_FOUND"));
        } else {
            assertOutcome(c.expected(), r, codes, what);
        }
        assertNormalQueryWorks();
        assertThat(graph.now()).as("the graph after " + c).isEqualTo(graph.original());
    }

    private static void assertOutcome(Outcome expected, RawHttp.Response r, List<String> codes, String what) {
        assertThat(r.status()).as("status: " + what).isEqualTo(expected.status());
        String code = expected.code();
        if (code == null) {
            assertThat(codes).as("an answer without errors: " + what).isEmpty();
        } else if (code.equals(Outcome.NOT_OURS)) {
            assertThat(codes).as("a framework's answer without a code: " + what).isEmpty();
        } else {
            assertThat(codes).as("every error coded " + code + ": " + what).isNotEmpty().allMatch(code::equals);
        }
    }

    @Test
    void corpusIsBigAndCoversEveryCategory() {
        List<Case> all = corpus().map(a -> (Case) a.get()[0]).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().map(Case::category).distinct()).contains("json", "graphql-syntax", "schema", "variables",
                "size", "encoding", "lucene", "injection", "limits", "ids", "cypher-endpoint", "tables", "ask", "admin", "http", "mutations");
        assertThat(all).as("an oversized body is refused with 413").anyMatch(c -> c.expected() != null && c.expected().status() == 413);
        List<String> generated = all.stream().filter(c -> c.category().equals("injection"))
                .map(c -> c.name().substring(0, c.name().indexOf(" <- "))).toList();
        assertThat(generated).as("every stated injection outcome names a field and argument of the schema")
                .containsAll(INJECTION.keySet());
        List<String> mutations = all.stream().filter(c -> c.category().equals("mutations") && c.name().contains(" <- injection"))
                .map(c -> c.name().substring(0, c.name().indexOf(" <- "))).toList();
        assertThat(mutations).as("every stated mutation injection outcome names a mutation and argument of the schema")
                .containsAll(MutationCorpus.INJECTION.keySet());
    }

    // ---------------------------------------------------------------------------------------------------------------

    static Stream<Arguments> corpus() {
        List<Case> cases = new ArrayList<>();
        json(cases);
        graphqlSyntax(cases);
        schema(cases);
        variables(cases);
        size(cases);
        encoding(cases);
        lucene(cases);
        limits(cases);
        ids(cases);
        cypherEndpoint(cases);
        tables(cases);
        ask(cases);
        admin(cases);
        httpLevel(cases);
        injection(cases);
        MutationCorpus.add(http, cases, graphql("""
                { __schema { mutationType { fields { name args { name type { ...T } } } }
                             types { name kind inputFields { name type { ...T } } } } }
                fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
                """).json().at("/data/__schema"));
        return cases.stream().map(Arguments::of);
    }

    private static void json(List<Case> cases) {
        for (String body : List.of("{", "not json", "", "[]", "[{\"query\":\"{ sectors { id } }\"}]",
                "{\"query\": null}", "{\"query\": {\"a\": 1}}", "{\"query\":\"{ sectors { id } }\", \"variables\": \"x\"}",
                "{\"query\":\"{ sectors { id } }\"}}}}", "{\"query\":\"{ sectors { id } }\", \"variables\": [1,2]}",
                "{'query': '{ sectors { id } }'}", "null", "\"{ sectors { id } }\"")) {
            cases.add(new Case("json", "body " + abbreviate(body), Outcome.http(400, "BAD_REQUEST"), () -> http.postJson("/graphql", body)));
        }
        // a number is a JSON request whose query is no document
        cases.add(new Case("json", "body {\"query\": 5}", BAD_REQUEST, () -> http.postJson("/graphql", "{\"query\": 5}")));
        String nestedJson = "{\"query\":\"{ sectors { id } }\",\"variables\":{\"v\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
        cases.add(new Case("json", "5,000-level nested JSON", Outcome.http(400, "BAD_REQUEST"), () -> http.postJson("/graphql", nestedJson)));
    }

    private static void graphqlSyntax(List<Case> cases) {
        for (String q : List.of("{ node(id: ) { id }", "query {", "}}}}", "{ sectors { id } } garbage", "",
                "   ", "# only a comment", "{ sectors { id } } { bureauWorkload { led } }",
                "query A { sectors { id } } query A { sectors { name } }", "{ sectors { id ", "{ node(id: \"x\" { id } }",
                "{ node(id: \"unterminated) { id } }", "fragment f on Sector { id }")) {
            cases.add(new Case("graphql-syntax", abbreviate(q), BAD_REQUEST, () -> graphql(q)));
        }
        cases.add(new Case("graphql-syntax", "operationName that does not exist", BAD_REQUEST, () -> http.postJson("/graphql",
                "{\"query\":\"query A { sectors { id } }\",\"operationName\":\"B\"}")));
        cases.add(new Case("graphql-syntax", "mutation that does not exist", BAD_REQUEST,
                () -> graphql("mutation { reload }")));
        cases.add(new Case("graphql-syntax", "subscription (there are none)", BAD_REQUEST,
                () -> graphql("subscription { sectors { id } }")));
    }

    private static void schema(List<Case> cases) {
        for (String q : List.of("{ nosuchfield }", "{ sectors { nosuchfield } }", "{ sectors(bogus: 1) { id } }",
                "{ sectors @bogus { id } }", "{ sectors }", "{ node(id: \"x\") { id { a } } }",
                "fragment f on Spaceship { id } { node(id: \"x\") { ...f } }",
                "{ node(id: \"x\") { ... on Spaceship { id } } }", "{ node(id: \"x\") { ...missing } }",
                "fragment a on Sector { subsectors { sector { ...b } } } fragment b on Sector { ...a } "
                        + "{ sectors { ...a } }",
                "fragment a on Sector { ...a } { sectors { ...a } }",
                "{ sectors @skip(if: false) @skip(if: false) { id } }",
                "{ dependencies(id: \"technology:石墨烯\", direction: SIDEWAYS) { nodes { id } } }",
                "{ __type(name: \"Query\") { fields { name } } bogus }")) {
            cases.add(new Case("schema", abbreviate(q), BAD_REQUEST, () -> graphql(q)));
        }
    }

    private static void variables(List<Case> cases) {
        String deps = "query($d: Int) { dependencies(id: \"technology:石墨烯\", depth: $d) { nodes { id } } }";
        cases.add(new Case("variables", "Int given a string", BAD_REQUEST, () -> graphql(deps, Map.of("d", "three"))));
        cases.add(new Case("variables", "Int given 2^40", BAD_REQUEST, () -> graphql(deps, Map.of("d", 1L << 40))));
        cases.add(new Case("variables", "Int given 1.5", BAD_REQUEST, () -> graphql(deps, Map.of("d", 1.5))));
        cases.add(new Case("variables", "Int given an object", BAD_REQUEST, () -> graphql(deps, Map.of("d", Map.of("a", 1)))));
        cases.add(new Case("variables", "ID! given null", BAD_REQUEST,
                () -> graphql("query($id: ID!) { node(id: $id) { id } }", nullValue("id"))));
        cases.add(new Case("variables", "ID! missing", BAD_REQUEST,
                () -> graphql("query($id: ID!) { node(id: $id) { id } }", Map.of())));
        // the ID scalar takes strings and integers only (web.StrictId)
        cases.add(new Case("variables", "[ID!]! given an object", BAD_REQUEST,
                () -> graphql("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", Map.of("a", "b")))));
        cases.add(new Case("variables", "[ID!]! with a null inside", BAD_REQUEST,
                () -> graphql("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", listWithNull()))));
        cases.add(new Case("variables", "Boolean given \"yes\"", BAD_REQUEST,
                () -> graphql("query($b: Boolean) { responsibilities(bureau: \"bureau:市海洋局\", leadOnly: $b) { rank } }",
                        Map.of("b", "yes"))));
        cases.add(new Case("variables", "enum given an unknown value", BAD_REQUEST,
                () -> graphql("query($d: Direction) { dependencies(id: \"technology:石墨烯\", direction: $d) { nodes { id } } }",
                        Map.of("d", "SIDEWAYS"))));
        cases.add(new Case("variables", "variable of an unknown type", BAD_REQUEST,
                () -> graphql("query($x: Spaceship) { sectors { id } }", Map.of("x", 1))));
        cases.add(new Case("variables", "undefined variable", BAD_REQUEST, () -> graphql("{ node(id: $x) { id } }")));
        Object nested = "x";
        for (int i = 0; i < 100; i++) {
            nested = List.of(nested);
        }
        Object deep = nested;
        cases.add(new Case("variables", "100-level nested list for [ID!]", BAD_REQUEST,
                () -> graphql("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", deep))));
        Map<String, Object> deepMap = new LinkedHashMap<>();
        Map<String, Object> cursor = deepMap;
        for (int i = 0; i < 100; i++) {
            Map<String, Object> next = new LinkedHashMap<>();
            cursor.put("text", next);
            cursor = next;
        }
        cases.add(new Case("variables", "100-level nested object for a String", BAD_REQUEST,
                () -> graphql("query($t: String!) { search(text: $t) { score } }", Map.of("t", deepMap))));
        cases.add(new Case("variables", "10,000 unused variables", BAD_REQUEST, () -> {
            Map<String, Object> many = new LinkedHashMap<>();
            for (int i = 0; i < 10_000; i++) {
                many.put("v" + i, i);
            }
            return graphql("query($d: Int) { dependencies(id: \"technology:石墨烯\", depth: $d) { nodes { id } } }",
                    Map.of("d", "x", "extra", many));
        }));
    }

    private static void size(List<Case> cases) {
        String deep = "{ node(id: \"sector:信息技术\") { ... on Sector { " + "subsectors { sector { ".repeat(50) + "id"
                + " } }".repeat(50) + " } } }";
        cases.add(new Case("size", "100-level nested selection", LIMIT_EXCEEDED, () -> graphql(deep)));
        cases.add(new Case("size", "10,000 aliases", LIMIT_EXCEEDED, () -> {
            StringBuilder q = new StringBuilder("{");
            for (int i = 0; i < 10_000; i++) {
                q.append(" a").append(i).append(": sectors { id }");
            }
            return graphql(q.append(" }").toString());
        }));
        cases.add(new Case("size", "60 aliases of a lookup", LIMIT_EXCEEDED, () -> {
            StringBuilder q = new StringBuilder("{");
            for (int i = 0; i < 60; i++) {
                q.append(" a").append(i).append(": dependencies(id: \"technology:石墨烯\", depth: 6) { nodes { id } }");
            }
            return graphql(q.append(" }").toString());
        }));
        cases.add(new Case("size", "1 MB query string", LIMIT_EXCEEDED,
                () -> graphql("{ sectors { id " + " ".repeat(1_000_000) + "} }")));
        cases.add(new Case("size", "6,000 tokens", LIMIT_EXCEEDED,
                () -> graphql("{ sectors { " + "id ".repeat(6000) + "} }")));
        // GraphiQL's introspection nests 13-15 deep and is allowed up to 20 (web.QueryShapeLimits)
        cases.add(new Case("size", "introspection 25 levels deep", LIMIT_EXCEEDED, () -> graphql(
                "{ __schema { types { fields { type { " + "ofType { ".repeat(20) + "name" + " }".repeat(20) + " } } } } }")));
        cases.add(new Case("size", "21 __type lookups", LIMIT_EXCEEDED, () -> {
            StringBuilder q = new StringBuilder("{");
            for (int i = 0; i < 21; i++) {
                q.append(" t").append(i).append(": __type(name: \"Query\") { name }");
            }
            return graphql(q.append(" }").toString());
        }));
        cases.add(new Case("size", "two __schema", LIMIT_EXCEEDED,
                () -> graphql("{ a: __schema { types { name } } b: __schema { types { name } } }")));
        cases.add(new Case("size", "10 MB body", Outcome.http(413, "LIMIT_EXCEEDED"), () -> http.sendLargeBody("/graphql", 10L * 1024 * 1024)));
        cases.add(new Case("size", "10 MB body to /api/cypher", Outcome.http(413, "LIMIT_EXCEEDED"),
                () -> http.sendLargeBody("/api/cypher", 10L * 1024 * 1024)));
        cases.add(new Case("size", "2 MB body without a length (chunked)", Outcome.http(413, "LIMIT_EXCEEDED"), () -> {
            var publisher = java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.InputStream() {
                long left = 2L * 1024 * 1024;

                @Override
                public int read() {
                    return left-- > 0 ? 'x' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (left <= 0) {
                        return -1;
                    }
                    int n = (int) Math.min(len, left);
                    java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                    left -= n;
                    return n;
                }
            });
            return http.send("POST", "/api/cypher", publisher, false, "Content-Type", "application/json");
        }));
        cases.add(new Case("size", "search text of 100,000 characters", LIMIT_EXCEEDED,
                () -> graphql("query($t: String!) { search(text: $t) { score } }", Map.of("t", "海".repeat(100_000)))));
    }

    private static void encoding(List<Case> cases) {
        cases.add(new Case("encoding", "invalid UTF-8 in the body", Outcome.http(400, "BAD_REQUEST"),
                () -> http.send("POST", "/graphql", bytes("{\"query\":\"{ search(text: \\\"", new byte[]{(byte) 0xC3, 0x28},
                        "\\\") { score } }\"}"), "Content-Type", "application/json")));
        cases.add(new Case("encoding", "0xFF 0xFE bytes in the body", Outcome.http(400, "BAD_REQUEST"),
                () -> http.send("POST", "/graphql", bytes("{\"query\":\"{ node(id: \\\"", new byte[]{(byte) 0xFF, (byte) 0xFE},
                        "\\\") { id } }\"}"), "Content-Type", "application/json")));
        // Jackson detects UTF-16 from the bytes and answers the query: harmless
        cases.add(new Case("encoding", "UTF-16 body declared as UTF-8", ANSWER,
                () -> http.send("POST", "/graphql", "{\"query\":\"{ sectors { id } }\"}".getBytes(StandardCharsets.UTF_16),
                        "Content-Type", "application/json")));
        cases.add(new Case("encoding", "NUL in the query text", BAD_REQUEST, () -> graphql("{ sectors { id } }\u0000")));
        cases.add(new Case("encoding", "NUL as an id", BAD_REQUEST, () -> graphql("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", "\u0000"))));
        cases.add(new Case("encoding", "NUL inside an id", BAD_REQUEST,
                () -> graphql("query($id: ID!) { node(id: $id) { id } }", Map.of("id", "bureau:市海洋局\u0000"))));
        // the JSON decoder turns the lone surrogate into a valid character: a well-formed id that names nothing
        cases.add(new Case("encoding", "lone surrogate in an id", NOT_FOUND,
                () -> graphql("query($id: ID!) { responsibilities(bureau: $id) { rank } }", Map.of("id", "bureau:\ud800"))));
        cases.add(new Case("encoding", "replacement character in an id", BAD_REQUEST,
                () -> graphql("query($id: ID!) { paths(from: $id, to: \"park:临港经济区\") { nodes { id } } }",
                        Map.of("id", "bureau:\uFFFD\uFFFD"))));
        cases.add(new Case("encoding", "only NUL and control characters as search text", ANSWER,
                () -> graphql("query($t: String!) { search(text: $t) { score } }", Map.of("t", "\u0000\u0001\u001b"))));
        // the request line as raw bytes (no client re-encodes it): Tomcat refuses it, web.JsonErrorReportValve answers
        cases.add(new Case("encoding", "raw UTF-8 in the query string", REFUSED, () -> http.sendRaw(
                bytes("GET /api/tables/parks?district=", "滨海新区".getBytes(StandardCharsets.UTF_8), " HTTP/1.1"))));
        cases.add(new Case("encoding", "a raw space in the query string", REFUSED,
                () -> http.sendRaw("GET /api/tables/parks?district=a b HTTP/1.1".getBytes(StandardCharsets.US_ASCII))));
        cases.add(new Case("encoding", "bad percent-encoding in the path", REFUSED,
                () -> http.sendRaw("GET /api/tables/pa%zzrks HTTP/1.1".getBytes(StandardCharsets.US_ASCII))));
        // well-formed in the request line, but the parameter does not decode: the app's RestErrors answers
        cases.add(new Case("encoding", "half a UTF-8 character in a query parameter", TABLES_BAD_REQUEST,
                () -> http.send("GET", "/api/tables/parks?district=%E6%99", null)));
        cases.add(new Case("encoding", "bad percent-encoding in a query parameter", TABLES_BAD_REQUEST,
                () -> http.sendRaw("GET /api/tables/parks?district=%zz HTTP/1.1".getBytes(StandardCharsets.US_ASCII))));
        cases.add(new Case("encoding", "NUL in Cypher", BAD_CYPHER,
                () -> http.postJson("/api/cypher", "{\"query\":\"MATCH (n) RETURN n\\u0000\"}")));
    }

    private static void lucene(List<Case> cases) {
        for (String text : List.of("*:*", "name:/.*/", "海洋 AND NOT 工程", "\"unterminated", "((((", "a~~~~2",
                "[* TO *]", "\\", "海洋^1000000", "id:bureau*", "?*?*?*?*?*?*?*?*")) {
            cases.add(new Case("lucene", text, ANSWER, () -> {
                RawHttp.Response r = graphql("query($t: String!) { search(text: $t, first: 20) { score entity { id } } }",
                        Map.of("t", text));
                assertThat(r.json().at("/data/search").size()).as("at most 'first' hits for " + text).isLessThanOrEqualTo(20);
                return r;
            }));
        }
    }

    private static void limits(List<Case> cases) {
        // over a limit: LIMIT_EXCEEDED; not a valid value at all (negative, not an Int, unknown cursor or kind): BAD_REQUEST
        Map<String, Outcome> queries = new LinkedHashMap<>();
        queries.put("{ search(text: \"海洋\", first: 100000) { score } }", LIMIT_EXCEEDED);
        queries.put("{ search(text: \"海洋\", first: -1) { score } }", BAD_REQUEST);
        queries.put("{ search(text: \"海洋\", first: 2147483647) { score } }", LIMIT_EXCEEDED);
        queries.put("{ search(text: \"海洋\", first: 2147483648) { score } }", BAD_REQUEST);
        queries.put("{ bureaus(first: 5000) { edges { cursor } } }", LIMIT_EXCEEDED);
        queries.put("{ bureaus(first: -5) { edges { cursor } } }", BAD_REQUEST);
        queries.put("{ parks(first: 1000000) { edges { cursor } } }", LIMIT_EXCEEDED);
        queries.put("{ targets(first: 1e9) { edges { cursor } } }", BAD_REQUEST);
        queries.put("{ technologies(first: 10, after: \"not-a-cursor\") { edges { cursor } } }", BAD_REQUEST);
        queries.put("{ bureaus(first: 10, after: \"T_-1\") { edges { cursor } } }", BAD_REQUEST);
        queries.put("{ dependencies(id: \"technology:石墨烯\", depth: 50) { nodes { id } } }", LIMIT_EXCEEDED);
        queries.put("{ dependencies(id: \"technology:石墨烯\", depth: -1) { nodes { id } } }", BAD_REQUEST);
        queries.put("{ dependencies(id: \"technology:石墨烯\", depth: 2147483647) { nodes { id } } }", LIMIT_EXCEEDED);
        queries.put("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\", maxHops: 99) { nodes { id } } }", LIMIT_EXCEEDED);
        queries.put("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\", maxHops: -3) { nodes { id } } }", BAD_REQUEST);
        queries.put("{ search(text: \"海洋\", kinds: [\"Spaceship\"]) { score } }", BAD_REQUEST);
        queries.forEach((q, outcome) -> cases.add(new Case("limits", abbreviate(q), outcome, () -> graphql(q))));
    }

    private static void ids(List<Case> cases) {
        String lookup = "query($id: ID!) { responsibilities(bureau: $id) { rank } }";
        // an existing id of another kind is a correct empty answer, not an error
        cases.add(new Case("ids", "bureau id of a sub-sector", ANSWER,
                () -> graphql(lookup, Map.of("id", SUBSECTOR))));
        // blank or padded: malformed; too long: over the limit; anything else well-formed names nothing
        for (String id : List.of("", " ", "bureau:市海洋局 ")) {
            cases.add(new Case("ids", "bureau id " + abbreviate(id), BAD_REQUEST, () -> graphql(lookup, Map.of("id", id))));
        }
        String tooLong = "bureau:" + "长".repeat(600);
        cases.add(new Case("ids", "bureau id of 607 characters", LIMIT_EXCEEDED, () -> graphql(lookup, Map.of("id", tooLong))));
        for (String id : List.of("x", "bureau:", ":", "bureau:市海洋局:extra", "BUREAU:市海洋局", "bureau:nowhere",
                "../../etc/passwd", "{\"$ne\": null}", "12345", "-1", "bureau:市海洋局' OR '1'='1",
                "bureau:市海洋局\"}) RETURN 1 //")) {
            cases.add(new Case("ids", "bureau id " + abbreviate(id), NOT_FOUND, () -> graphql(lookup, Map.of("id", id))));
        }
        // GraphQL accepts an Int literal as an ID (by its string form), which names nothing
        cases.add(new Case("ids", "an id as an Int literal", NOT_FOUND,
                () -> graphql("{ coResponsibility(bureau: 12345) { sharedTasks } }")));
        cases.add(new Case("ids", "an id as a list", BAD_REQUEST, () -> graphql("{ node(id: [\"a\"]) { id } }")));
        cases.add(new Case("ids", "an id as an object", BAD_REQUEST, () -> graphql("{ node(id: {a: 1}) { id } }")));
        cases.add(new Case("ids", "an id as a Float", BAD_REQUEST, () -> graphql("{ node(id: 1.5) { id } }")));
        cases.add(new Case("ids", "an empty id in nodes(ids)", BAD_REQUEST,
                () -> graphql("{ nodes(ids: [\"subsector:海洋工程装备\", \"\"]) { id } }")));
    }

    private static void cypherEndpoint(List<Case> cases) {
        // planned and refused as not read-only
        for (String q : List.of("CREATE (n:Hack) RETURN n", "MERGE (n:Entity {id: 'x'}) RETURN n",
                "MATCH (n:Bureau) DETACH DELETE n", "MATCH (n:Bureau) SET n.name = 'x' RETURN n",
                "MATCH (n) REMOVE n:Entity RETURN count(n)", "CALL db.createLabel('Hack')",
                "CREATE INDEX hack FOR (n:Hack) ON (n.x)", "DROP CONSTRAINT entity_id",
                "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS RETURN 1",
                "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
                "WITH 'file:///etc/passwd' AS u LOAD CSV FROM u AS row RETURN row",
                "CALL apoc.cypher.runWrite('CREATE (:Hack)', {})", "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
                "CREATE USER hack SET PASSWORD 'x'", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "SHOW TRANSACTIONS",
                "SHOW SETTINGS", "CALL dbms.listConnections()", "CALL db.clearQueryCaches()",
                "CALL dbms.killConnection('bolt-1')", "CALL db.awaitIndexes(300)", "CALL dbms.listConfig()")) {
            cases.add(new Case("cypher-endpoint", abbreviate(q), FORBIDDEN_CYPHER,
                    () -> http.postJson("/api/cypher", GraphQlHttp.JSON.writeValueAsString(Map.of("query", q)))));
        }
        // not a query the endpoint accepts at all
        for (String q : List.of("CREATE DATABASE hack", "STOP DATABASE neo4j",
                "SHOW TRANSACTIONS YIELD transactionId TERMINATE TRANSACTIONS transactionId", "MATCH (n RETURN n", "",
                "MATCH (n) RETURN n; MATCH (m) DETACH DELETE m")) {
            cases.add(new Case("cypher-endpoint", abbreviate(q), BAD_CYPHER,
                    () -> http.postJson("/api/cypher", GraphQlHttp.JSON.writeValueAsString(Map.of("query", q)))));
        }
        String longQuery = "MATCH (n) RETURN n // " + "x".repeat(20_000);
        cases.add(new Case("cypher-endpoint", "a query of 20,022 characters", Outcome.http(400, "LIMIT_EXCEEDED"),
                () -> http.postJson("/api/cypher", GraphQlHttp.JSON.writeValueAsString(Map.of("query", longQuery)))));
        cases.add(new Case("cypher-endpoint", "query given as a number", BAD_CYPHER,
                () -> http.postJson("/api/cypher", "{\"query\": 5}")));
        cases.add(new Case("cypher-endpoint", "no body", BAD_CYPHER, () -> http.postJson("/api/cypher", "")));
        cases.add(new Case("cypher-endpoint", "form post", Outcome.http(415, "BAD_REQUEST"), () -> http.send("POST", "/api/cypher",
                "query=CREATE+(n)".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/x-www-form-urlencoded")));
        // an encoded slash in the path is refused by Tomcat before the app sees it
        cases.add(new Case("cypher-endpoint", "write through a cookbook name", REFUSED,
                () -> http.postJson("/api/cypher/queries/..%2F..%2Fadmin", "{}")));
        cases.add(new Case("cypher-endpoint", "unknown cookbook query", Outcome.http(404, "NOT_FOUND"),
                () -> http.postJson("/api/cypher/queries/nope", "{}")));
    }

    /** GET /api/tables/{name}: unknown tables, formats, languages and filters; hostile filter values and names. */
    private static void tables(List<Case> cases) {
        for (String path : List.of("/api/tables/nothing", "/api/tables/..%2F..%2Fetc%2Fpasswd", "/api/tables/parks?format=pdf",
                "/api/tables/parks?format=", "/api/tables/parks?lang=fr", "/api/tables/parks?bogus=1",
                "/api/tables/parks?format=csv&format=xlsx", "/api/tables/targets?year=1e9", "/api/tables/targets?year=-",
                "/api/tables/subsectors?leadOnly=yes", "/api/tables/responsibilities?bureau=", "/api/tables/responsibilities?bureau=%00",
                "/api/tables/responsibilities?bureau=bureau:nowhere", "/api/tables/responsibilities?bureau=" + "%E9%95%BF".repeat(600),
                "/api/tables/responsibilities?bureau=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0",
                "/api/tables/responsibilities?bureau=*:*", "/api/tables/parks?district=x%27%20OR%201=1",
                "/api/tables/parkfit", "/api/tables/parkfit?limit=100000", "/api/tables/parkfit?industries=" + "a,".repeat(30),
                "/api/tables/workload?bureau=bureau:%E5%B8%82%E6%B5%B7%E6%B4%8B%E5%B1%80")) {
            cases.add(new Case("tables", abbreviate(path), tableOutcome(path), () -> http.send("GET", path, null)));
        }
        StringBuilder names = new StringBuilder("/api/tables/parkfit?text=x");
        for (int i = 0; i < 25; i++) {
            names.append("&industries=n").append(i);
        }
        cases.add(new Case("tables", "parkfit with 25 industry names", Outcome.http(400, "LIMIT_EXCEEDED"), () -> http.send("GET", names.toString(), null)));
    }

    /** What each hostile table request gets: no such table or no such entity 404, too long 400 LIMIT_EXCEEDED, else 400. */
    private static Outcome tableOutcome(String path) {
        if (path.contains("%2F")) {
            return REFUSED; // Tomcat refuses an encoded slash in the path before the app sees it
        }
        if (path.equals("/api/tables/nothing") || path.contains("bureau=bureau:nowhere") || path.contains("bureau=*:*")
                || path.contains("district=x") || path.contains("industries=a,")) {
            return Outcome.http(404, "NOT_FOUND");
        }
        if (path.contains("%E9%95%BF".repeat(600))) {
            return Outcome.http(400, "LIMIT_EXCEEDED");
        }
        return TABLES_BAD_REQUEST;
    }

    /**
     * {@code /api/ask} (JSON, and a file with {@code format}): a question that is not understood is an answer as JSON
     * but BAD_REQUEST as a file (no empty table); missing, too long, bad format or language are coded errors.
     */
    private static void ask(List<Case> cases) {
        String payload = java.net.URLEncoder.encode("x' OR 1=1 MATCH (m) DETACH DELETE m //\"}) CALL db.createLabel('Hack')",
                StandardCharsets.UTF_8);
        Outcome bad = Outcome.http(400, "BAD_REQUEST");
        Map<String, Outcome> gets = new LinkedHashMap<>();
        gets.put("/api/ask", bad);
        gets.put("/api/ask?q=", bad);
        gets.put("/api/ask?q=%20%E3%80%80", bad);
        gets.put("/api/ask?q=" + "%E6%B5%B7".repeat(201), Outcome.http(400, "LIMIT_EXCEEDED"));
        gets.put("/api/ask?q=" + payload, ANSWER);
        gets.put("/api/ask?q=%00%01", ANSWER);
        gets.put("/api/ask?q=" + payload + "&format=csv", bad);
        gets.put("/api/ask?q=" + payload + "&format=xlsx&lang=en", bad);
        gets.put("/api/ask?format=xlsx", bad);
        gets.put("/api/ask?q=" + "%E6%B5%B7".repeat(201) + "&format=csv", Outcome.http(400, "LIMIT_EXCEEDED"));
        String understood = "/api/ask?q=%E7%9F%B3%E5%A2%A8%E7%83%AF%E7%9A%84%E4%B8%8B%E6%B8%B8%E6%98%AF%E4%BB%80%E4%B9%88"; // 石墨烯的下游是什么
        for (String params : List.of("&format=pdf", "&format=", "&format=csv&format=xlsx", "&format=csv&lang=fr",
                "&format=csv&lang=zh&lang=en", "&format=..%2F..%2Fetc%2Fpasswd")) {
            gets.put(understood + params, bad);
        }
        gets.forEach((path, outcome) -> cases.add(new Case("ask", "GET " + abbreviate(path), outcome, () -> http.send("GET", path, null))));
        Map<String, Outcome> posts = new LinkedHashMap<>();
        posts.put("{\"question\": 5}", bad);
        posts.put("{\"question\": {\"q\": \"海洋\"}}", bad);
        posts.put("{\"question\": [\"海洋工程装备由哪些部门负责？\"]}", bad);
        posts.put("{}", bad);
        posts.put("[]", bad);
        posts.put("{\"question\": \"" + "海".repeat(201) + "\"}", Outcome.http(400, "LIMIT_EXCEEDED"));
        posts.forEach((body, outcome) -> cases.add(new Case("ask", "POST " + abbreviate(body), outcome,
                () -> http.postJson("/api/ask", body))));
    }

    private static void admin(List<Case> cases) {
        String reload = "/api/admin/reload";
        cases.add(new Case("admin", "reload without a token", UNAUTHORIZED, () -> http.postJson(reload, "{}")));
        cases.add(new Case("admin", "reload with a wrong token", UNAUTHORIZED,
                () -> http.postJson(reload, "{}", "Authorization", "Bearer wrong-token")));
        cases.add(new Case("admin", "reload with the token plus a character", UNAUTHORIZED,
                () -> http.postJson(reload, "{}", "Authorization", "Bearer " + TempStores.ADMIN_TOKEN + "x")));
        cases.add(new Case("admin", "reload with a token prefix", UNAUTHORIZED,
                () -> http.postJson(reload, "{}", "Authorization", "Bearer " + TempStores.ADMIN_TOKEN.substring(0, 10))));
        cases.add(new Case("admin", "reload with an empty bearer", UNAUTHORIZED,
                () -> http.postJson(reload, "{}", "Authorization", "Bearer ")));
        cases.add(new Case("admin", "reload with the token as Basic auth", UNAUTHORIZED, () -> http.postJson(reload, "{}",
                "Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + TempStores.ADMIN_TOKEN).getBytes()))));
        cases.add(new Case("admin", "reload with the token in the query string", UNAUTHORIZED,
                () -> http.postJson(reload + "?token=" + TempStores.ADMIN_TOKEN, "{}")));
        cases.add(new Case("admin", "GET reload without a token", UNAUTHORIZED, () -> http.send("GET", reload, null)));
        cases.add(new Case("admin", "encoded path /api/%61dmin/reload", UNAUTHORIZED,
                () -> http.postJson("/api/%61dmin/reload", "{}")));
        cases.add(new Case("admin", "double slash /api//admin/reload", REFUSED,
                () -> http.postJson("/api//admin/reload", "{}")));
        cases.add(new Case("admin", "dot segment /api/x/../admin/reload", REFUSED,
                () -> http.postJson("/api/x/%2E%2E/admin/reload", "{}")));
        cases.add(new Case("admin", "matrix parameter /api/admin;x=1/reload", REFUSED,
                () -> http.postJson("/api/admin;x=1/reload", "{}")));
        cases.add(new Case("admin", "trailing slash /api/admin/reload/", UNAUTHORIZED,
                () -> http.postJson(reload + "/", "{}")));
        cases.add(new Case("admin", "upper case /API/ADMIN/RELOAD", Outcome.http(404, "NOT_FOUND"), () -> http.postJson("/API/ADMIN/RELOAD", "{}")));
        cases.add(new Case("admin", "reload of /etc with a wrong token", UNAUTHORIZED,
                () -> http.postJson(reload, "{\"bundle\":\"/etc\"}", "Authorization", "Bearer nope")));
    }

    private static void httpLevel(List<Case> cases) {
        cases.add(new Case("http", "text/plain GraphQL post", Outcome.http(415, Outcome.NOT_OURS), () -> http.send("POST", "/graphql",
                "{\"query\":\"{ sectors { id } }\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "text/plain")));
        cases.add(new Case("http", "form-encoded GraphQL post", Outcome.http(415, Outcome.NOT_OURS), () -> http.send("POST", "/graphql",
                "query=%7B+sectors+%7B+id+%7D+%7D".getBytes(StandardCharsets.UTF_8), "Content-Type",
                "application/x-www-form-urlencoded")));
        cases.add(new Case("http", "PUT /graphql", Outcome.http(404, "NOT_FOUND"), () -> http.send("PUT", "/graphql",
                "{\"query\":\"{ sectors { id } }\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json")));
        cases.add(new Case("http", "DELETE /api/cypher", Outcome.http(405, "BAD_REQUEST"), () -> http.send("DELETE", "/api/cypher", null)));
        cases.add(new Case("http", "32 KB header", REFUSED, () -> http.send("GET", "/api/stats", null,
                "X-Junk", "x".repeat(32 * 1024))));
        cases.add(new Case("http", "path traversal", REFUSED, () -> http.send("GET", "/%2e%2e/%2e%2e/etc/passwd", null)));
        cases.add(new Case("http", "encoded NUL in the path", REFUSED, () -> http.send("GET", "/api/cypher/queries/%00", null)));
        cases.add(new Case("http", "unknown path", Outcome.http(404, "NOT_FOUND"), () -> http.send("GET", "/api/nothing-here", null)));
        cases.add(new Case("http", "actuator env is not exposed", Outcome.http(404, "NOT_FOUND"), () -> http.send("GET", "/actuator/env", null)));
        cases.add(new Case("http", "actuator shutdown is not exposed", Outcome.http(404, "NOT_FOUND"),
                () -> http.postJson("/actuator/shutdown", "{}")));
        cases.add(new Case("http", "cross-origin POST from an origin not on the list", Outcome.http(403, Outcome.NOT_OURS),
                () -> http.postJson("/graphql", "{\"query\":\"{ sectors { id } }\"}", "Origin", "https://evil.example")));
    }

    /**
     * Cypher injection into every String and ID argument of every Query field (found by introspection, so fields
     * added later are covered too), including the String/ID fields of input objects.
     */
    private static void injection(List<Case> cases) {
        // one payload that breaks out of every quoting context Cypher has: '…', "…", `…`, {…}, and comments
        List<String> payloads = List.of("x' OR 1=1 WITH 1 AS x MATCH (m) DETACH DELETE m //\"}) MATCH (m) DETACH DELETE m "
                + "RETURN 1 AS x //` MATCH (h) SET h:Hack /* */ CALL db.createLabel('Hack')");
        JsonNode schema = graphql("""
                { __schema { queryType { fields { name args { name type { ...T } } type { ...T } } }
                             types { name kind inputFields { name type { ...T } } } } }
                fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
                """).json().at("/data/__schema");
        Map<String, JsonNode> inputs = new LinkedHashMap<>();
        schema.get("types").forEach(t -> {
            if ("INPUT_OBJECT".equals(t.get("kind").asString())) {
                inputs.put(t.get("name").asString(), t.get("inputFields"));
            }
        });
        for (JsonNode field : schema.at("/queryType/fields")) {
            String name = field.get("name").asString();
            if (name.startsWith("__")) {
                continue;
            }
            String selection = isComposite(field.get("type")) ? " { __typename }" : "";
            for (JsonNode arg : field.get("args")) {
                String argName = arg.get("name").asString();
                JsonNode type = arg.get("type");
                String base = named(type);
                if (base.equals("String") || base.equals("ID")) {
                    for (String payload : payloads) {
                        Object value = isList(type) ? List.of(payload) : payload;
                        cases.add(injectionCase(field, name, argName, typeRef(type), value, selection, payload));
                    }
                } else if (inputs.containsKey(base)) {
                    for (JsonNode inputField : inputs.get(base)) {
                        String inner = named(inputField.get("type"));
                        if (!inner.equals("String") && !inner.equals("ID")) {
                            continue;
                        }
                        for (String payload : payloads) {
                            Object v = isList(inputField.get("type")) ? List.of(payload) : payload;
                            Map<String, Object> value = Map.of(inputField.get("name").asString(), v);
                            cases.add(injectionCase(field, name, argName + "." + inputField.get("name").asString(),
                                    typeRef(type), value, selection, payload));
                        }
                    }
                }
            }
        }
    }

    private static Case injectionCase(JsonNode field, String name, String argPath, String typeRef, Object value,
                                      String selection, String payload) {
        String arg = argPath.contains(".") ? argPath.substring(0, argPath.indexOf('.')) : argPath;
        StringBuilder args = new StringBuilder(arg + ": $v");
        for (JsonNode other : field.get("args")) {
            String otherName = other.get("name").asString();
            if (!otherName.equals(arg) && "NON_NULL".equals(other.get("type").get("kind").asString())) {
                args.append(", ").append(otherName).append(": ").append(filler(other.get("type")));
            }
        }
        String q = "query($v: " + typeRef + ") { " + name + "(" + args + ")" + selection + " }";
        String key = name + "(" + argPath + ")";
        Outcome outcome = INJECTION.get(key);
        if (outcome == null) {
            // a field added after INJECTION was written: an answer, or every error BAD_REQUEST / NOT_FOUND
            return new Case("injection", key + " <- " + abbreviate(payload) + " (not in INJECTION)", null,
                    () -> graphql(q, Map.of("v", value)));
        }
        return new Case("injection", key + " <- " + abbreviate(payload), outcome, () -> graphql(q, Map.of("v", value)));
    }

    private static String filler(JsonNode type) {
        String base = named(type);
        String one = switch (base) {
            case "ID" -> "\"" + SUBSECTOR + "\"";
            case "String" -> "\"海洋\"";
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "false";
            default -> "{}";
        };
        return isList(type) ? "[" + one + "]" : one;
    }

    private static boolean isComposite(JsonNode type) {
        JsonNode t = type;
        while (t != null && !t.isNull() && t.get("name").isNull()) {
            t = t.get("ofType");
        }
        String kind = t == null ? "" : t.get("kind").asString();
        return kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION");
    }

    private static String named(JsonNode type) {
        JsonNode t = type;
        while (t.get("name").isNull()) {
            t = t.get("ofType");
        }
        return t.get("name").asString();
    }

    private static boolean isList(JsonNode type) {
        JsonNode t = type;
        while (t != null && !t.isNull()) {
            if ("LIST".equals(t.get("kind").asString())) {
                return true;
            }
            t = t.get("ofType");
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

    // ---------------------------------------------------------------------------------------------------------------

    private static RawHttp.Response graphql(String query) {
        return graphql(query, null);
    }

    private static RawHttp.Response graphql(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null) {
            body.put("variables", variables);
        }
        return http.postJson("/graphql", GraphQlHttp.JSON.writeValueAsString(body));
    }

    private static List<String> codes(RawHttp.Response r) {
        List<String> codes = new ArrayList<>();
        if (r.body() == null || r.body().isBlank() || !r.body().strip().startsWith("{")) {
            return codes;
        }
        JsonNode json;
        try {
            json = r.json();
        } catch (RuntimeException notJson) {
            return codes;
        }
        if (json.has("errors")) {
            json.get("errors").forEach(e -> codes.add(e.at("/extensions/code").asString("<none>")));
        }
        if (json.has("error") && json.get("error").isObject()) {
            codes.add(json.at("/error/code").asString("<none>"));
        }
        return codes;
    }

    private static void assertNormalQueryWorks() {
        JsonNode answer = graphql("{ node(id: \"" + SUBSECTOR + "\") { name kind } "
                + "responsibilities(subject: \"" + SUBSECTOR + "\") { rank bureau { id } } }").json();
        assertThat(answer.has("errors")).as(answer.toString()).isFalse();
        assertThat(answer.at("/data/node/name").asString()).isEqualTo("海洋工程装备");
        assertThat(answer.at("/data/responsibilities").size()).isGreaterThan(0);
    }

    private static long count(String cypher) {
        Driver driver = SharedApp.driver();
        try (var session = driver.session()) {
            return session.run(cypher).single().get("c").asLong();
        }
    }

    private static Map<String, Object> nullValue(String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, null);
        return m;
    }

    private static List<Object> listWithNull() {
        List<Object> l = new ArrayList<>();
        l.add("subsector:海洋工程装备");
        l.add(null);
        return l;
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String abbreviate(String s) {
        String oneLine = s.replace("\n", " ").replace("\u0000", "\\0");
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…" : oneLine;
    }
}
