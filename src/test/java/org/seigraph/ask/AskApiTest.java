package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/**
 * {@code ask} over GraphQL and REST: the answer's shape, evidence and request; refusals, suggestions and errors; the
 * answer as a CSV or XLSX file.
 */
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

    private record Download(int status, String contentType, String disposition, String rows, byte[] body) {
        List<CSVRecord> csv() throws IOException {
            assertThat(body[0] & 0xff).as("the byte-order mark").isEqualTo(0xEF);
            return CSVFormat.RFC4180.parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8)))
                    .getRecords();
        }

        List<List<String>> xlsx() throws IOException {
            List<List<String>> out = new ArrayList<>();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
                for (Row row : workbook.getFirstSheet().read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        cells.add(row.hasCell(c) ? row.getCellText(c) : "");
                    }
                    out.add(cells);
                }
            }
            return out;
        }
    }

    private static Download download(String question, String params) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + SharedApp.port() + "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8) + params)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.statusCode(), r.headers().firstValue("content-type").orElse(""),
                r.headers().firstValue("content-disposition").orElse(""), r.headers().firstValue("x-table-rows").orElse(null),
                r.body());
    }

    private static List<String> column(List<List<String>> rows, String header) {
        int c = rows.get(0).indexOf(header);
        assertThat(c).as(header + " in " + rows.get(0)).isNotNegative();
        return rows.subList(1, rows.size()).stream().map(r -> r.get(c)).toList();
    }

    @Test
    void anAnswerDownloadsAsCsvAndXlsxInTheAskedLanguageAndTheTextsOrder() throws Exception {
        String q = "海洋工程装备由哪些部门负责？哪个牵头？";
        List<String> answered = texts(ask(q).get("items"), "/entity/id");
        Download csv = download(q, "&format=csv&lang=en");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(csv.disposition()).startsWith("attachment; filename=\"sei-graph-ask-.csv\"")
                .contains("filename*=UTF-8''sei-graph-ask-" + URLEncoder.encode("海洋工程装备由哪些部门负责？哪个牵头", StandardCharsets.UTF_8) + ".csv");
        List<List<String>> en = csv.csv().stream().map(CSVRecord::toList).toList();
        assertThat(en.get(0)).containsExactly("Id", "Name", "English name", "Kind", "Rank", "Lead");
        // the rows are the answer's, in the order the text lists the bureaus (三(一)), the lead first
        assertThat(column(en, "Id")).isEqualTo(answered);
        assertThat(column(en, "Name")).containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局");
        assertThat(column(en, "Rank")).containsExactly("1", "2", "3", "4");
        assertThat(column(en, "Lead")).containsExactly("yes", "no", "no", "no");

        Download xlsx = download(q, "&format=XLSX");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.disposition()).contains(".xlsx");
        assertThat(xlsx.rows()).isEqualTo("4");
        // no lang: the question's; the same rows as the CSV
        List<List<String>> zh = xlsx.xlsx();
        assertThat(zh.get(0)).containsExactly("ID", "名称", "英文名称", "类型", "排序", "牵头");
        assertThat(zh.subList(1, zh.size())).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(column(zh, "ID")).isEqualTo(answered);
        assertThat(column(zh, "牵头")).containsExactly("是", "否", "否", "否");
    }

    @Test
    void aValueAnswerKeepsItsNumberUnitQualifierAndYear() throws Exception {
        Download xlsx = download("到2020年生物产业产值目标是多少？", "&format=xlsx&lang=zh");
        assertThat(xlsx.status()).isEqualTo(200);
        List<List<String>> rows = xlsx.xlsx();
        assertThat(column(rows, "数值")).containsExactly("2200");
        assertThat(column(rows, "单位")).containsExactly("亿元");
        assertThat(column(rows, "限定")).containsExactly("超过");
        assertThat(column(rows, "年份")).containsExactly("2020");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row row = workbook.getFirstSheet().read().get(1);
            assertThat(row.getCell(rows.get(0).indexOf("数值")).getType()).isEqualTo(CellType.NUMBER);
        }
        // an English question: English headers unless asked otherwise
        Download en = download("What is the 2020 output target of bio-industry?", "&format=csv");
        assertThat(en.status()).as(new String(en.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(en.csv().get(0).toList()).contains("Value", "Unit", "Qualifier", "Year");
    }

    @Test
    void aQuestionNotUnderstoodHasNoTableButACodedErrorWithSuggestions() throws Exception {
        Download d = download("量子计算由哪些部门负责？", "&format=csv");
        assertThat(d.status()).isEqualTo(400);
        assertThat(d.contentType()).startsWith("application/json");
        JsonNode error = GraphQlHttp.JSON.readTree(d.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.get("message").asString()).contains("not understood").contains("量子计算");
        assertThat(error.get("suggestions")).isNotEmpty();
        for (String params : List.of("&format=pdf", "&format=", "&format=csv&lang=fr", "&format=csv&format=xlsx")) {
            Download bad = download("海洋工程装备由哪些部门负责？", params);
            assertThat(bad.status()).as(params).isEqualTo(400);
            assertThat(GraphQlHttp.JSON.readTree(bad.body()).at("/error/code").asString()).as(params).isEqualTo("BAD_REQUEST");
        }
        Download tooLong = download("海".repeat(AskService.MAX_QUESTION + 1), "&format=xlsx");
        assertThat(GraphQlHttp.JSON.readTree(tooLong.body()).at("/error/code").asString()).isEqualTo("LIMIT_EXCEEDED");
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
