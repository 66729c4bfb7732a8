package org.seigraph.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seigraph.support.CurationClient.codes;
import static org.seigraph.support.CurationClient.data;
import static org.seigraph.support.CurationClient.input;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.seigraph.support.CurationClient;
import org.seigraph.support.RawHttp;
import org.seigraph.support.TempStores;
import org.seigraph.support.WritableApp;

import tools.jackson.databind.JsonNode;

/**
 * The curation lifecycle on the app for tests that write ({@link WritableApp}, the real bundled graph): propose → approve shows the change
 * in lookups, lists, graph-shaped answers, exports and park fit with its curated provenance; reject leaves nothing;
 * concurrent approvals of one request: one wins, the other is CONFLICT; a request that moved on, or whose fact the
 * graph no longer holds, is CONFLICT; asOf answers before and after a change; writes need the right role.
 */
class CurationLifecycleTest {

    private static final String ALICE = TempStores.CURATOR_TOKEN;
    private static final String RITA = TempStores.REVIEWER_TOKEN;
    private static final String RAVI = TempStores.REVIEWER2_TOKEN;
    private static final String PARK = "park:航空航天科技产业城";

    private final CurationClient client = new CurationClient(WritableApp.port());

    @Test
    void approvedChangesShowEverywhereWithTheirProvenance() {
        JsonNode proposed = data(client.propose(input("action", "CHANGE", "target", "PROPERTY", "entity", PARK,
                "key", "nameEn", "value", "Aerospace Science and Technology Industrial City",
                "reason", "The park's own English name", "source", Map.of("kind", "URL", "ref", "https://www.tj.gov.cn/aerospace")),
                ALICE)).get("proposeChange");
        assertThat(proposed.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(proposed.at("/before/value").asString()).isEqualTo("Aerospace Science and Industry City");
        assertThat(proposed.at("/after/value").asString()).isEqualTo("Aerospace Science and Technology Industrial City");
        assertThat(nameEn()).as("a proposal changes nothing").isEqualTo("Aerospace Science and Industry City");

        JsonNode approved = data(client.approve(proposed.get("id").asString(), proposed.get("version").asLong(), RITA))
                .get("approveChange");
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("applied").asBoolean()).isTrue();
        assertThat(nameEn()).isEqualTo("Aerospace Science and Technology Industrial City");

        JsonNode node = data(client.graphql("{ node(id: \"" + PARK + "\") { nameEn sources { doc derivation curated sourceKind "
                + "change action field by approvedBy at reason } } }", Map.of(), null)).get("node");
        JsonNode curated = curatedSource(node.get("sources"), proposed.get("id").asString());
        assertThat(curated.get("derivation").asString()).isEqualTo("curated");
        assertThat(curated.get("field").asString()).isEqualTo("nameEn");
        assertThat(curated.get("by").asString()).isEqualTo("alice");
        assertThat(curated.get("approvedBy").asString()).isEqualTo("rita");
        assertThat(curated.get("reason").asString()).isEqualTo("The park's own English name");
        assertThat(curated.get("curated").asString()).isEqualTo("https://www.tj.gov.cn/aerospace");
        assertThat(OffsetDateTime.parse(curated.get("at").asString())).isNotNull();
        assertThat(node.get("sources").get(0).get("doc").asString()).as("the text evidence stays first")
                .isEqualTo("document:tianjin-sei-13fyp");

        // a missing fact: the park's district (park fit's LAYOUT reasons need it)
        JsonNode located = data(client.propose(input("action", "ADD", "target", "RELATIONSHIP", "type", "LOCATED_IN",
                "from", PARK, "to", "district:滨海新区", "reason", "The city lies in the Binhai airport zone",
                "source", Map.of("kind", "LOCAL_KNOWLEDGE", "ref", "investment promotion office")), ALICE)).get("proposeChange");
        String locatedId = located.get("id").asString();
        data(client.approve(locatedId, located.get("version").asLong(), RAVI));

        JsonNode park = data(client.graphql("{ node(id: \"" + PARK + "\") { ... on Park { locatedIn { id } } } }", Map.of(), null));
        assertThat(park.at("/node/locatedIn/0/id").asString()).isEqualTo("district:滨海新区");

        // lists
        JsonNode parks = data(client.graphql("{ parks(district: \"district:滨海新区\", first: 100) { edges { node { id nameEn "
                + "sources { change } } } } }", Map.of(), null));
        assertThat(parks.at("/parks/edges").findValuesAsString("id")).contains(PARK);
        // graph-shaped answers: the new edge and the changed node carry the change
        JsonNode subgraph = data(client.graphql("{ subgraph(ids: [\"" + PARK + "\"], hops: 1) { nodes { id sources { change } } "
                + "edges { id type sources { change by reason } } } }", Map.of(), null)).get("subgraph");
        assertThat(edge(subgraph, "LOCATED_IN:" + PARK + "->district:滨海新区").at("/sources/0/change").asString()).isEqualTo(locatedId);
        JsonNode paths = data(client.graphql("{ paths(from: \"" + PARK + "\", to: \"district:滨海新区\") { edges { id sources { change } } } }",
                Map.of(), null));
        assertThat(paths.at("/paths/0/edges/0/sources/0/change").asString()).isEqualTo(locatedId);
        // exports
        RawHttp.Response cytoscape = client.http().send("GET", "/api/export?format=cytoscape&center=" + enc(PARK) + "&hops=1", null);
        assertThat(cytoscape.status()).isEqualTo(200);
        assertThat(cytoscape.body()).contains(locatedId).contains(proposed.get("id").asString());
        RawHttp.Response graphml = client.http().send("GET", "/api/export?format=graphml&center=" + enc(PARK) + "&hops=1", null);
        assertThat(graphml.body()).contains("curated: local knowledge: investment promotion office (ADD " + locatedId + " by alice");
        // park fit: a need naming the district ties the park to it through the new edge (a DISTRICT reason), marked
        // curated, with the change in its sources
        JsonNode fit = data(client.graphql("{ parkFit(need: {text: \"滨海新区 航空航天\", limit: 50}) { park { id } reasons { kind curated "
                + "sources { change by } } } }", Map.of(), null)).get("parkFit");
        JsonNode match = null;
        for (JsonNode m : fit) {
            if (m.at("/park/id").asString().equals(PARK)) {
                match = m;
            }
        }
        assertThat(match).as("park fit now ranks " + PARK + ": " + fit).isNotNull();
        JsonNode district = null;
        for (JsonNode reason : match.get("reasons")) {
            if (reason.get("kind").asString().equals("DISTRICT")) {
                district = reason;
            }
        }
        assertThat(district).as("a DISTRICT reason: " + match).isNotNull();
        assertThat(district.get("curated").asBoolean()).isTrue();
        assertThat(district.get("sources").findValuesAsString("change")).contains(locatedId);

        // the changelog, as a query and on the entity
        JsonNode log = data(client.graphql("{ changelog(id: \"" + PARK + "\") { id status } node(id: \"" + PARK + "\") { changelog { id } } }",
                Map.of(), null));
        assertThat(log.get("changelog").findValuesAsString("id")).containsExactly(proposed.get("id").asString(), locatedId);
        assertThat(log.at("/node/changelog").findValuesAsString("id")).containsExactly(proposed.get("id").asString(), locatedId);
    }

    @Test
    void planningAnApprovalAheadChangesNothing() {
        String read = "{ node(id: \"bureau:市科委\") { aliases sources { curated change } } }";
        String before = client.graphql(read, Map.of(), null).toString();
        long[] counts = counts();
        JsonNode p = data(client.propose(input("action", "ADD", "target", "ALIAS", "entity", "bureau:市科委", "alias", "科委（预演）"),
                ALICE)).get("proposeChange");
        String id = p.get("id").asString();
        CurationService curation = WritableApp.bean(CurationService.class);

        assertThat(curation.rehearseApproval(id)).isTrue();
        assertThat(client.graphql(read, Map.of(), null).toString()).isEqualTo(before);
        JsonNode request = data(client.graphql("{ changeRequest(id: \"" + id + "\") { status version applied } }", Map.of(), null))
                .get("changeRequest");
        assertThat(request.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(request.get("version").asLong()).isEqualTo(p.get("version").asLong());
        assertThat(request.get("applied").asBoolean()).isFalse();
        long[] after = counts();
        assertThat(new long[]{after[0], after[1]}).as("graph nodes and relationships").containsExactly(counts[0], counts[1]);
        try (var session = WritableApp.driver().session()) {
            assertThat(session.run("MATCH (n) WHERE size(labels(n)) = 0 RETURN count(n) AS n").single().get("n").asLong())
                    .as("the rehearsal's own node is rolled back").isZero();
        }

        JsonNode approved = data(client.approve(id, p.get("version").asLong(), RITA)).get("approveChange");
        assertThat(approved.get("applied").asBoolean()).isTrue();
        assertThat(client.graphql(read, Map.of(), null).toString()).contains("科委（预演）");
        assertThat(curation.rehearseApproval(id)).as("no longer proposed").isFalse();
    }

    @Test
    void rejectLeavesNothing() {
        String before = client.graphql("{ node(id: \"bureau:市海洋局\") { id name nameEn aliases sources { doc section start end text curated change } } }",
                Map.of(), null).toString();
        long[] counts = counts();
        JsonNode p = data(client.propose(input("action", "ADD", "target", "ALIAS", "entity", "bureau:市海洋局", "alias", "海洋局"),
                ALICE)).get("proposeChange");
        JsonNode rejected = data(client.reject(p.get("id").asString(), p.get("version").asLong(), RITA)).get("rejectChange");
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.get("applied").asBoolean()).isFalse();
        assertThat(client.graphql("{ node(id: \"bureau:市海洋局\") { id name nameEn aliases sources { doc section start end text curated change } } }",
                Map.of(), null).toString()).isEqualTo(before);
        long[] after = counts();
        assertThat(new long[]{after[0], after[1]}).as("graph nodes and relationships").containsExactly(counts[0], counts[1]);
        assertThat(after[2]).as("the rejected request is kept").isEqualTo(counts[2] + 1);
        // and it cannot be approved afterwards
        assertThat(codes(client.approve(p.get("id").asString(), rejected.get("version").asLong(), RAVI))).containsExactly("CONFLICT");
    }

    @Test
    void concurrentApprovalsOfOneRequestOneWinsTheOtherIsConflict() throws Exception {
        for (int round = 0; round < 4; round++) {
            JsonNode p = data(client.propose(input("action", "ADD", "target", "ALIAS", "entity", "technology:石墨烯",
                    "alias", "graphene-" + round), ALICE)).get("proposeChange");
            String id = p.get("id").asString();
            long version = p.get("version").asLong();
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<JsonNode> a = CompletableFuture.supplyAsync(() -> await(go, () -> client.approve(id, version, RITA)));
            CompletableFuture<JsonNode> b = CompletableFuture.supplyAsync(() -> await(go, () -> client.approve(id, version, RAVI)));
            go.countDown();
            List<JsonNode> answers = List.of(a.get(), b.get());
            long ok = answers.stream().filter(x -> !x.has("errors")).count();
            assertThat(ok).as("exactly one approval wins: " + answers).isEqualTo(1);
            assertThat(answers.stream().filter(x -> x.has("errors")).flatMap(x -> codes(x).stream()).toList())
                    .containsExactly("CONFLICT");
            JsonNode alias = data(client.graphql("{ node(id: \"technology:石墨烯\") { aliases } }", Map.of(), null));
            assertThat(alias.at("/node/aliases").toString()).contains("graphene-" + round);
            assertThat(alias.at("/node/aliases").toString().split("graphene-" + round, -1)).hasSize(2);
        }
    }

    @Test
    void approvalsInOneBatchEachSeeTheWritesBeforeThem() {
        String bureau = "bureau:市海洋局";
        List<Map<String, Object>> refs = new java.util.ArrayList<>();
        List<String> ids = new java.util.ArrayList<>();
        for (String alias : List.of("ocean-bureau-a", "ocean-bureau-b")) {
            JsonNode p = data(client.propose(input("action", "ADD", "target", "ALIAS", "entity", bureau, "alias", alias), ALICE))
                    .get("proposeChange");
            ids.add(p.get("id").asString());
            refs.add(Map.of("id", p.get("id").asString(), "version", p.get("version").asLong()));
        }
        JsonNode approved = data(client.graphql("mutation($c: [ChangeRef!]!) { approveChanges(changes: $c) { id version status } }",
                Map.of("c", refs), RITA)).get("approveChanges");
        assertThat(approved).hasSize(2);
        approved.forEach(a -> assertThat(a.get("status").asString()).isEqualTo("APPROVED"));
        approved.forEach(a -> assertThat(a.get("version").asLong()).isEqualTo(1));
        JsonNode node = data(client.graphql("{ node(id: \"" + bureau + "\") { aliases sources { change } } }", Map.of(), null)).get("node");
        // the second was applied over the first: both aliases, both provenance entries
        assertThat(node.get("aliases").toString()).contains("ocean-bureau-a").contains("ocean-bureau-b");
        assertThat(node.get("sources").toString()).contains(ids.get(0)).contains(ids.get(1));
        // the decision moved each request's version on: approving the version seen before is CONFLICT
        assertThat(codes(client.approve(ids.get(0), 0, RAVI))).containsExactly("CONFLICT");
    }

    @Test
    void aRequestThatMovedOnOrWhoseFactChangedIsConflictAndChangesNothing() {
        String entity = "subsector:海洋工程装备";
        JsonNode p = data(client.propose(input("action", "CHANGE", "target", "PROPERTY", "entity", entity,
                "key", "nameEn", "value", "Offshore engineering equipment"), ALICE)).get("proposeChange");
        JsonNode revised = data(client.graphql("mutation($id: ID!, $v: Int!, $in: ChangeInput!) { reviseChange(id: $id, version: $v, input: $in) { id version } }",
                Map.of("id", p.get("id").asString(), "v", p.get("version").asLong(), "in", input("action", "CHANGE", "target", "PROPERTY",
                        "entity", entity, "key", "nameEn", "value", "Offshore Engineering Equipment")), ALICE)).get("reviseChange");
        assertThat(revised.get("version").asLong()).isGreaterThan(p.get("version").asLong());
        String nameEn = data(client.graphql("{ node(id: \"" + entity + "\") { nameEn } }", Map.of(), null)).at("/node/nameEn").asString();
        // approving what one saw before the revision: CONFLICT
        assertThat(codes(client.approve(p.get("id").asString(), p.get("version").asLong(), RITA))).containsExactly("CONFLICT");

        // a second proposal against the same value; the first approved; the second's fact changed: CONFLICT
        JsonNode other = data(client.propose(input("action", "CHANGE", "target", "PROPERTY", "entity", entity,
                "key", "nameEn", "value", "Marine engineering equipment (offshore)"), ALICE)).get("proposeChange");
        data(client.approve(revised.get("id").asString(), revised.get("version").asLong(), RITA));
        JsonNode conflict = client.approve(other.get("id").asString(), other.get("version").asLong(), RAVI);
        assertThat(codes(conflict)).containsExactly("CONFLICT");
        assertThat(conflict.at("/errors/0/message").asString()).contains("nameEn").contains(nameEn);
        assertThat(data(client.graphql("{ node(id: \"" + entity + "\") { nameEn } }", Map.of(), null)).at("/node/nameEn").asString())
                .isEqualTo("Offshore Engineering Equipment");
        assertThat(data(client.graphql("{ changeRequest(id: \"" + other.get("id").asString() + "\") { status } }", Map.of(), null))
                .at("/changeRequest/status").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void asOfAnswersWhatTheGraphSaidThen() throws Exception {
        String subject = "subsector:智能制造";
        String responsibilities = "query($at: DateTime) { responsibilities(subject: \"" + subject + "\", asOf: $at) { bureau { id } } }";
        List<String> bureausBefore = data(client.graphql(responsibilities, Map.of(), null)).get("responsibilities").findValuesAsString("id");
        String firstBureau = bureausBefore.get(0);
        OffsetDateTime t0 = OffsetDateTime.now();
        Thread.sleep(20);

        JsonNode retire = data(client.propose(input("action", "RETIRE", "target", "RELATIONSHIP", "type", "RESPONSIBLE_FOR",
                "from", firstBureau, "to", subject), ALICE)).get("proposeChange");
        data(client.approve(retire.get("id").asString(), retire.get("version").asLong(), RITA));
        JsonNode add = data(client.propose(input("action", "ADD", "target", "NODE", "label", "Park", "name", "测试创新园",
                "properties", Map.of("category", "park", "nameEn", "Test innovation park")), ALICE)).get("proposeChange");
        data(client.approve(add.get("id").asString(), add.get("version").asLong(), RITA));
        String platform = "platform:先进制造产业技术研究院";
        String platformQuery = "query($at: DateTime) { node(id: \"" + platform + "\", asOf: $at) { id nameEn ... on Platform { builtBy { id } } } }";
        JsonNode platformBefore = data(client.graphql(platformQuery, Map.of(), null)).get("node");
        assertThat(platformBefore.get("builtBy")).isNotEmpty();
        JsonNode retireNode = data(client.propose(input("action", "RETIRE", "target", "NODE", "entity", platform), ALICE)).get("proposeChange");
        data(client.approve(retireNode.get("id").asString(), retireNode.get("version").asLong(), RAVI));
        Thread.sleep(20);
        OffsetDateTime t1 = OffsetDateTime.now();

        Map<String, Object> atT0 = Map.of("at", t0.toString());
        assertThat(data(client.graphql(responsibilities, atT0, null)).get("responsibilities").findValuesAsString("id"))
                .as("as of before the change").containsExactlyElementsOf(bureausBefore);
        assertThat(data(client.graphql(responsibilities, Map.of(), null)).get("responsibilities").findValuesAsString("id"))
                .as("now").doesNotContain(firstBureau).hasSize(bureausBefore.size() - 1);
        assertThat(data(client.graphql(responsibilities, Map.of("at", t1.toString()), null)).get("responsibilities")
                .findValuesAsString("id")).as("as of after the change").doesNotContain(firstBureau);

        String nodeQuery = "query($at: DateTime) { node(id: \"park:测试创新园\", asOf: $at) { id nameEn } "
                + "subsectors(asOf: $at) { id bureaus { bureau { id } } } }";
        JsonNode then = data(client.graphql(nodeQuery, atT0, null));
        assertThat(then.get("node").isNull()).as("the park did not exist then").isTrue();
        assertThat(subsector(then, subject).get("bureaus").findValuesAsString("id")).contains(firstBureau);
        JsonNode now = data(client.graphql(nodeQuery, Map.of(), null));
        assertThat(now.at("/node/nameEn").asString()).isEqualTo("Test innovation park");
        assertThat(subsector(now, subject).get("bureaus").findValuesAsString("id")).doesNotContain(firstBureau);
        // a retired node, with its relationships, as it was; gone now
        assertThat(data(client.graphql(platformQuery, Map.of(), null)).get("node").isNull()).isTrue();
        assertThat(data(client.graphql(platformQuery, atT0, null)).get("node").toString()).isEqualTo(platformBefore.toString());
        // names are resolved in the graph as it stood then: the retired platform by its name
        String byName = "query($at: DateTime) { node(id: \"先进制造产业技术研究院\", asOf: $at) { id } }";
        assertThat(data(client.graphql(byName, atT0, null)).at("/node/id").asString()).isEqualTo(platform);
        assertThat(codes(client.graphql(byName, Map.of(), null))).as("no such name now").containsExactly("NOT_FOUND");
        // a connection's total too (one per page forces the count query): the new park was not there then
        String total = "query($at: DateTime) { parks(first: 1, asOf: $at) { totalCount } }";
        long parksThen = data(client.graphql(total, atT0, null)).at("/parks/totalCount").asLong();
        assertThat(data(client.graphql(total, Map.of(), null)).at("/parks/totalCount").asLong()).isEqualTo(parksThen + 1);
        // the history read changed nothing
        assertThat(data(client.graphql(nodeQuery, Map.of(), null)).toString()).isEqualTo(now.toString());
    }

    @Test
    void writesNeedTheRightRoleAndChangeNothingWhenRefused() {
        long[] counts = counts();
        Map<String, Object> in = input("action", "ADD", "target", "ALIAS", "entity", "bureau:市科委", "alias", "科委");
        assertThat(codes(client.propose(in, null))).containsExactly("UNAUTHORIZED");
        assertThat(codes(client.propose(in, "not-a-token"))).containsExactly("UNAUTHORIZED");
        assertThat(codes(client.propose(in, RITA))).as("a reviewer only").containsExactly("FORBIDDEN");
        assertThat(counts()).containsExactly(counts);
        JsonNode p = data(client.propose(in, RAVI)).get("proposeChange"); // ravi is a curator and a reviewer
        counts = counts();
        String id = p.get("id").asString();
        long v = p.get("version").asLong();
        assertThat(codes(client.approve(id, v, null))).containsExactly("UNAUTHORIZED");
        assertThat(codes(client.approve(id, v, ALICE))).as("a curator only").containsExactly("FORBIDDEN");
        assertThat(codes(client.approve(id, v, RAVI))).as("its own author").containsExactly("FORBIDDEN");
        assertThat(codes(client.reject(id, v, ALICE))).containsExactly("FORBIDDEN");
        RawHttp.Response imported = client.http().send("POST", "/api/curation/import", "a,b\n".getBytes(), "Content-Type", "text/csv");
        assertThat(imported.status()).isEqualTo(401);
        assertThat(counts()).containsExactly(counts);
        JsonNode approved = data(client.approve(id, v, RITA)).get("approveChange");
        assertThat(approved.get("reviewer").asString()).isEqualTo("rita");
    }

    // ------------------------------------------------------------------------------------------------------------

    private String nameEn() {
        return data(client.graphql("{ node(id: \"" + PARK + "\") { nameEn } }", Map.of(), null)).at("/node/nameEn").asString();
    }

    private static JsonNode curatedSource(JsonNode sources, String change) {
        for (JsonNode s : sources) {
            if (change.equals(s.at("/change").asString(null))) {
                return s;
            }
        }
        throw new AssertionError("no source of " + change + " in " + sources);
    }

    private static JsonNode edge(JsonNode graph, String id) {
        for (JsonNode e : graph.get("edges")) {
            if (e.get("id").asString().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + id + " in " + graph);
    }

    private static JsonNode subsector(JsonNode answer, String id) {
        for (JsonNode s : answer.get("subsectors")) {
            if (s.get("id").asString().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no " + id);
    }

    private long[] counts() {
        JsonNode rows = client.http().postJson("/api/cypher", "{\"query\":\"MATCH (n:Entity) WITH count(n) AS n "
                + "MATCH (:Entity)-[r]->(:Entity) WITH n, count(r) AS r OPTIONAL MATCH (c:ChangeRequest) RETURN n, r, count(c) AS c\"}").json();
        return new long[]{rows.at("/rows/0/n").asLong(), rows.at("/rows/0/r").asLong(), rows.at("/rows/0/c").asLong()};
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static <T> T await(CountDownLatch go, java.util.function.Supplier<T> then) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return then.get();
    }
}
