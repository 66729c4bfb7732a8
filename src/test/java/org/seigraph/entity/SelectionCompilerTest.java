package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.store.CypherRunner;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/**
 * Compiled selections ({@code node}, {@code nodes} and the lists) give exactly what the per-field DataLoaders
 * give for the same selection below a root that is not compiled, in one round trip.
 */
class SelectionCompilerTest {

    private static final String COMMON = "id kind name nameEn aliases __typename sources { doc section start end text curated } ";

    /** Every relation field of every type, two and three levels deep, with aliases, arguments and both responsibility sides. */
    private static final List<String> FRAGMENTS = List.of(
            "... on Document { title number sections { id } implements { id } basedOn { name } alignsWith { id } targets { id value } }",
            "... on Section { path title parent { id parent { id } } subsections { id } mentions { id kind } }",
            "... on Domain { sectors { id subsectors { id } } }",
            "... on Sector { path domains { id } subsectors { id name } targets { id asWritten } }",
            "... on Subsector { sector { id name domains { name } } technologies { id name category exampleOf { id } developedBy { id } } "
                    + "projects { id category owners { id } } platforms { id builtBy { id } } firstTwo: technologies { id } }",
            "... on Subsector { parks { id name category locatedIn { id name } cooperationSystems { id } builtBy { id } hosts { id } } "
                    + "targets { id metric value unit qualifier approx year asWritten targetKind owner { id } examples { id } } }",
            "... on Subsector { industries { id areas { id districts { id } } parks { id } subsectors { id } } "
                    + "bureaus { rank lead listSize sources { section start end text } bureau { id name category } subject { id kind } } }",
            "... on Technology { category developedBy { id } exampleOf { id owner { id } } }",
            "... on Project { category owners { id kind } }",
            "... on Park { category builtBy { id } hosts { id } locatedIn { id } cooperationSystems { id members { id } } }",
            "... on Platform { category builtBy { id } }",
            "... on Area { districts { id ... on District { parks { id } } } industries { id } }",
            "... on District { areas { id } parks { id } }",
            "... on Industry { subsectors { id } areas { id } parks { id } }",
            "... on Bureau { category participatesIn { id } "
                    + "responsibilities { rank lead listSize bureau { id } subject { id kind ... on Subsector { sector { id } } } } "
                    + "led: responsibilities(leadOnly: true) { rank subject { id } } }",
            "... on Measure { path title bureaus { rank bureau { id } } participants { id } technologies { id } projects { id } builds { id } targets { id } }",
            "... on Target { metric value unit qualifier approx year asWritten targetKind owner { id kind } examples { id } }",
            "... on Strategy { supportedBy { id } }",
            "... on CooperationSystem { members { id kind } }");
    private static final String ENTITY = COMMON + String.join(" ", FRAGMENTS);

    private final GraphQlHttp http = SharedApp.http();
    private final CypherRunner cypher = SharedApp.bean(CypherRunner.class);
    private final int planAtUse = SharedApp.bean(SelectionCompiler.Settings.class).planAtUse();

    @Test
    void compiledEntitiesEqualTheDataLoaders() {
        // the same selection below roots that are not compiled (responsibilities' ends, search hits) is served by
        // the DataLoaders; between them they reach entities of most kinds
        List<JsonNode> viaLoaders = new ArrayList<>();
        http.data("{ responsibilities { bureau { ... on Entity { " + ENTITY + " } } subject { " + ENTITY + " } } }").get("responsibilities")
                .forEach(r -> {
                    viaLoaders.add(r.get("bureau"));
                    viaLoaders.add(r.get("subject"));
                });
        for (String text : List.of("装备", "产业", "技术", "区", "平台", "园", "基地", "材料", "中国制造", "国家", "规划", "京津冀")) {
            http.data("{ search(text: " + json(text) + ", first: 200) { entity { " + ENTITY + " } } }").get("search")
                    .forEach(hit -> viaLoaders.add(hit.get("entity")));
        }
        Map<String, JsonNode> loaded = byId(viaLoaders);
        List<String> ids = List.copyOf(loaded.keySet());
        assertThat(ids).as("entities compared").hasSizeGreaterThan(150);
        assertThat(loaded.values().stream().map(e -> e.get("kind").asText()).distinct())
                .as("kinds compared").hasSizeGreaterThanOrEqualTo(12);

        // compiled: one fragment at a time, so each request stays within the compile cap and is one round trip
        for (String fragment : FRAGMENTS) {
            String query = "{ nodes(ids: " + json(ids) + ") { " + COMMON + fragment + " } }";
            // a new shape is answered through the DataLoaders until it recurs and its compiled query is planned
            Map<String, JsonNode> firstRun = byId(untilPlanned(query).get("nodes"));
            long before = cypher.queriesRun();
            Map<String, JsonNode> compiled = byId(http.data(query).get("nodes"));
            assertThat(compiled).as("first run (stand-in) and compiled answers of " + fragment).isEqualTo(firstRun);
            assertThat(cypher.queriesRun() - before).as("round trips for " + fragment).isEqualTo(1);
            assertThat(compiled.keySet()).containsExactlyElementsOf(ids);
            compiled.forEach((id, entity) -> entity.properties().forEach(field ->
                    assertThat(field.getValue()).as(id + " " + field.getKey()).isEqualTo(loaded.get(id).get(field.getKey()))));
        }

        // all at once: beyond the cap the rest is left to the DataLoaders, with the same answer
        String all = "{ nodes(ids: " + json(ids) + ") { " + ENTITY + " } }";
        untilPlanned(all);
        long before = cypher.queriesRun();
        Map<String, JsonNode> allAtOnce = byId(http.data(all).get("nodes"));
        assertThat(cypher.queriesRun() - before).as("compiled up to the cap, then batches").isGreaterThan(1);
        assertThat(allAtOnce).isEqualTo(loaded);
    }

    @Test
    void aliasesOfOneFieldKeepTheirOwnSelection() {
        JsonNode node = compiled("""
                { node(id: "subsector:海洋工程装备") { ... on Subsector {
                    a: technologies { id }
                    b: technologies { name category }
                    sector { id }
                    s2: sector { name }
                    all: bureaus { rank bureau { id } }
                } } }""").get("node");
        assertThat(node.get("a")).isNotEmpty();
        assertThat(node.get("a").size()).isEqualTo(node.get("b").size());
        assertThat(node.get("a").get(0).has("name")).isFalse();
        assertThat(node.get("b").get(0).has("id")).isFalse();
        assertThat(node.at("/sector/id").asText()).isEqualTo("sector:高端装备与新材料");
        assertThat(node.at("/s2/name").asText()).isEqualTo("高端装备与新材料");
        assertThat(node.at("/all/0/rank").asInt()).isEqualTo(1);
    }

    @Test
    void oneFieldNameOnTwoTypesIsCompiledPerType() {
        JsonNode nodes = compiled("""
                { nodes(ids: ["sector:高端装备与新材料", "subsector:智能制造"]) {
                    id
                    ... on Sector { targets { id } }
                    ... on Subsector { targets { asWritten } }
                } }""").get("nodes");
        assertThat(nodes.get(0).get("targets").get(0).has("id")).isTrue();
        assertThat(nodes.get(1).get("targets")).isNotEmpty();
        assertThat(nodes.get(1).get("targets").get(0).has("asWritten")).isTrue();
        assertThat(nodes.get(1).get("targets").get(0).has("id")).isFalse();
    }

    @Test
    void aWholeNestedRequestIsOneRoundTrip() {
        String query = "{ node(id: \"subsector:海洋工程装备\") { ... on Subsector { sector { name subsectors { name "
                + "technologies { name developedBy { id } } } } bureaus { rank bureau { name responsibilities { subject { id } } } } "
                + "parks { name locatedIn { name } } targets { asWritten } } } }";
        untilPlanned(query);
        long before = cypher.queriesRun();
        http.data(query);
        assertThat(cypher.queriesRun() - before).isEqualTo(1);

        String page = "{ parks(first: 5) { edges { node { name locatedIn { name ... on District { parks { id } } } builtBy { id } } } } }";
        untilPlanned(page);
        before = cypher.queriesRun();
        JsonNode parks = http.data(page).at("/parks/edges");
        assertThat(cypher.queriesRun() - before).isEqualTo(1);
        assertThat(parks).hasSize(5);
    }

    @Test
    void aShapeIsPlannedOnlyOnceItRecurs() {
        String once = "{ node(id: \"subsector:海洋工程装备\") { ... on Subsector { askedOnce: parks { id } p: platforms { name } } } }";
        JsonNode first = http.data(once);
        cypher.awaitPlanning();
        long before = cypher.queriesRun();
        JsonNode second = http.data(once);
        assertThat(cypher.queriesRun() - before).as("asked once: not planned, still the stand-in and the DataLoaders")
                .isGreaterThan(1);
        for (int use = 3; use <= planAtUse; use++) {
            http.data(once);
        }
        cypher.awaitPlanning();
        before = cypher.queriesRun();
        JsonNode compiled = http.data(once);
        assertThat(cypher.queriesRun() - before).as("recurred: planned, one round trip").isEqualTo(1);
        assertThat(compiled).isEqualTo(second).isEqualTo(first);
    }

    /**
     * Sends {@code query} as often as it takes for its shape to have its own query planned (seigraph.compiler.plan-at-use)
     * and waits for that plan; the last answer, given by the stand-in and the DataLoaders.
     */
    private JsonNode untilPlanned(String query) {
        JsonNode answer = null;
        for (int use = 1; use <= planAtUse; use++) {
            answer = http.data(query);
        }
        cypher.awaitPlanning();
        return answer;
    }

    /** The answer of the compiled query (one round trip), once the first runs have had it planned; equal to theirs. */
    private JsonNode compiled(String query) {
        JsonNode firstRun = untilPlanned(query);
        long before = cypher.queriesRun();
        JsonNode data = http.data(query);
        assertThat(cypher.queriesRun() - before).as("compiled: one round trip").isEqualTo(1);
        assertThat(data).as("the first run (stand-in and DataLoaders) answers the same").isEqualTo(firstRun);
        return data;
    }

    private static Map<String, JsonNode> byId(Iterable<JsonNode> list) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        list.forEach(n -> out.put(n.get("id").asText(), n));
        return out;
    }

    private static String json(Object value) {
        return GraphQlHttp.JSON.writeValueAsString(value);
    }
}
