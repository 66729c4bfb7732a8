package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** {@code ask} over GraphQL and REST: the answer's shape, evidence and request; refusals, suggestions and errors. */
class AskApiTest {

    private final GraphQlHttp http = SharedApp.http();

    private static final String FIELDS = "question understood language intent interpretation text explanation suggestions "
            + "entities { text slot how entity { id kind } } "
            + "items { rank lead value unit qualifier approx year label note entity { id kind name ... on Bureau { category } } path { id } } "
            + "evidence { doc section start end text curated } query { document variables select }";

    private JsonNode ask(String question) {
        return http.data("query($q: String!) { ask(question: $q) { " + FIELDS + " } }", Map.of("q", question)).get("ask");
    }

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(pointer).asString()));
        return out;
    }

    @Test
    void anAnswerIsTypedWithEvidenceAndTheRequestItEquals() {
        JsonNode a = ask("海洋工程装备由哪些部门负责？哪个牵头？");
        assertThat(a.get("understood").asBoolean()).isTrue();
        assertThat(a.get("language").asString()).isEqualTo("zh");
        assertThat(a.get("intent").asString()).isEqualTo("responsibility.listAndLead");
        assertThat(texts(a.get("items"), "/entity/name")).containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局");
        assertThat(texts(a.get("items"), "/rank")).containsExactly("1", "2", "3", "4");
        assertThat(a.at("/items/0/lead").asBoolean()).isTrue();
        assertThat(a.at("/items/0/entity/category").asString()).isEqualTo("municipal");
        assertThat(a.at("/entities/0/entity/id").asString()).isEqualTo("subsector:海洋工程装备");
        assertThat(a.at("/entities/0/slot").asString()).isEqualTo("subject");
        assertThat(a.at("/evidence/0/section").asString()).isEqualTo("三(一)");
        assertThat(a.at("/evidence/0/text").asString()).contains("市海洋局").contains("按职责分工负责");
        assertThat(a.get("text").asString()).startsWith("市工业和信息化委（牵头）");
        // the request runs as it is given and holds the answer
        JsonNode data = http.data(a.at("/query/document").asString(),
                GraphQlHttp.JSON.convertValue(a.at("/query/variables"), Map.class));
        assertThat(texts(data.get("responsibilities"), "/bureau/id")).startsWith("bureau:市工业和信息化委", "bureau:市科委",
                "bureau:市发展改革委", "bureau:市海洋局");
        assertThat(a.at("/query/select").asString()).contains("rank order");
    }

    @Test
    void englishQuestionsAreAnsweredInEnglish() {
        JsonNode a = ask("Which sub-sectors do not list the Municipal Science and Technology Commission?");
        assertThat(a.get("language").asString()).isEqualTo("en");
        assertThat(texts(a.get("items"), "/entity/id")).containsExactly("subsector:生物技术服务", "subsector:数字内容",
                "subsector:网络娱乐");
        assertThat(a.get("text").asString()).contains("Biotechnology services");
        assertThat(a.at("/entities/0/how").asString()).isIn("nameEn", "derived");
    }

    @Test
    void aPathListsItsEntitiesAndItsParallelRelationships() {
        JsonNode a = ask("市海洋局和临港经济区有什么关系？");
        assertThat(a.get("items")).hasSize(1);
        assertThat(texts(a.at("/items/0/path"), "/id")).containsExactly("bureau:市海洋局", "subsector:海洋工程装备", "park:临港经济区");
        assertThat(a.at("/items/0/note").asString()).contains("RESPONSIBLE_FOR").contains("BUILDS").contains("HOSTS");
    }

    @Test
    void notUnderstoodIsSaidWithSuggestionsThatAreUnderstood() {
        JsonNode a = ask("量子计算由哪些部门负责？");
        assertThat(a.get("understood").asBoolean()).isFalse();
        assertThat(a.get("items")).isEmpty();
        assertThat(a.get("query").isNull()).isTrue();
        assertThat(a.get("explanation").asString()).contains("量子计算");
        assertThat(a.get("suggestions")).isNotEmpty();
        for (JsonNode s : a.get("suggestions")) {
            assertThat(ask(s.asString()).get("understood").asBoolean()).as(s.asString()).isTrue();
        }
        JsonNode en = ask("What is the budget of the Municipal Science and Technology Commission?");
        assertThat(en.get("understood").asBoolean()).isFalse();
        assertThat(en.get("language").asString()).isEqualTo("en");
        for (JsonNode s : en.get("suggestions")) {
            assertThat(ask(s.asString()).get("understood").asBoolean()).as(s.asString()).isTrue();
        }
    }

    @Test
    void aTechnologyWhereASubsectorIsWantedSuggestsWhatDevelopsIt() {
        JsonNode a = ask("集成电路由哪些部门负责？");
        assertThat(a.get("understood").asBoolean()).isFalse();
        assertThat(texts(a.get("suggestions"), "")).contains("信息技术核心产业由哪些部门负责？");
    }

    @Test
    void aSectorHasNoBureausOfItsOwnSoItsSubsectorsAreSuggested() {
        JsonNode a = ask("高端装备与新材料由哪些部门负责？");
        assertThat(a.get("understood").asBoolean()).isFalse();
        assertThat(texts(a.get("suggestions"), "")).contains("智能制造由哪些部门负责？", "海洋工程装备由哪些部门负责？");
    }

    @Test
    void restAnswersTheSameAsGraphQl() {
        String q = "滨海新区重点发展哪些产业？";
        GraphQlHttp.Response get = http.get("/api/ask?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(get.status()).isEqualTo(200);
        GraphQlHttp.Response post = http.post("/api/ask", "{\"question\": \"" + q + "\"}", "application/json");
        assertThat(post.status()).isEqualTo(200);
        List<String> viaGraphQl = texts(ask(q).get("items"), "/entity/id");
        assertThat(texts(get.json().get("items"), "/entity/id")).isEqualTo(viaGraphQl);
        assertThat(texts(post.json().get("items"), "/entity/id")).isEqualTo(viaGraphQl).hasSize(7);
        assertThat(post.json().at("/evidence/0/text").asString()).contains("重点发展高端装备");
    }

    @Test
    void badQuestionsAreCodedErrors() {
        JsonNode blank = http.query("{ ask(question: \"  \") { understood } }");
        assertThat(blank.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_REQUEST");
        JsonNode tooLong = http.query("{ ask(question: \"" + "海".repeat(AskService.MAX_QUESTION + 1) + "\") { understood } }");
        assertThat(tooLong.at("/errors/0/extensions/code").asString()).isEqualTo("LIMIT_EXCEEDED");
        GraphQlHttp.Response missing = http.get("/api/ask");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/error/code").asString()).isEqualTo("BAD_REQUEST");
        GraphQlHttp.Response notAString = http.post("/api/ask", "{\"question\": 5}", "application/json");
        assertThat(notAString.status()).isEqualTo(400);
        assertThat(notAString.json().at("/error/code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(notAString.body()).doesNotContain("Exception");
    }
}
