package org.seigraph.tables;

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
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/**
 * Every named table over HTTP as CSV and XLSX: its rows are the GraphQL answer's, in its order (checked against a
 * query written here, not the table's own), headers in the language asked, names accepted as filters, coded errors.
 */
class TablesControllerTest {

    private final GraphQlHttp http = SharedApp.http();
    private final HttpClient client = HttpClient.newHttpClient();

    /** A table, its filters, the GraphQL answer its id column must equal, and that column's English header. */
    record Expectation(String table, String params, String graphQl, String idsPointer, String idField, String idHeader) {
    }

    static final List<Expectation> TABLES = List.of(
            new Expectation("responsibilities", "bureau=市科委", "{ responsibilities(bureau: \"bureau:市科委\") { subject { id } } }",
                    "/responsibilities", "/subject/id", "Subject id"),
            new Expectation("sectors", "", "{ sectors { id } }", "/sectors", "/id", "Id"),
            new Expectation("subsectors", "bureau=市海洋局", "{ subsectors(bureau: \"bureau:市海洋局\") { id } }", "/subsectors", "/id", "Id"),
            new Expectation("measures", "chapter=七", "{ measures(chapter: \"七\") { id } }", "/measures", "/id", "Id"),
            new Expectation("bureaus", "", "{ bureaus(first: 200) { edges { node { id } } } }", "/bureaus/edges", "/node/id", "Id"),
            new Expectation("parks", "district=滨海新区", "{ parks(district: \"district:滨海新区\") { edges { node { id } } } }",
                    "/parks/edges", "/node/id", "Id"),
            new Expectation("targets", "year=2020", "{ targets(year: 2020, first: 200) { edges { node { id } } } }",
                    "/targets/edges", "/node/id", "Id"),
            new Expectation("technologies", "subsector=海洋工程装备",
                    "{ technologies(subsector: \"subsector:海洋工程装备\", first: 200) { edges { node { id } } } }",
                    "/technologies/edges", "/node/id", "Id"),
            new Expectation("workload", "", "{ bureauWorkload { bureau { id } } }", "/bureauWorkload", "/bureau/id", "Bureau id"),
            new Expectation("parkfit", "text=海洋油气装备&limit=5", "{ parkFit(need: {text: \"海洋油气装备\", limit: 5}) { park { id } } }",
                    "/parkFit", "/park/id", "Park id"));

    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private Download get(String path) {
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SharedApp.port() + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("content-type").orElse(""),
                    r.headers().firstValue("content-disposition").orElse(""), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String query(String params) {
        StringBuilder out = new StringBuilder();
        for (String p : params.split("&")) {
            if (!p.isEmpty()) {
                String[] kv = p.split("=", 2);
                out.append('&').append(kv[0]).append('=').append(URLEncoder.encode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return out.toString();
    }

    private List<String> expectedIds(Expectation e) {
        List<String> ids = new ArrayList<>();
        http.data(e.graphQl()).at(e.idsPointer()).forEach(n -> ids.add(n.at(e.idField()).asString()));
        return ids;
    }

    @Test
    void everyTableAsCsvHasTheGraphQlAnswersRowsInOrder() throws IOException {
        for (Expectation e : TABLES) {
            Download d = get("/api/tables/" + e.table() + "?format=csv&lang=en" + query(e.params()));
            assertThat(d.status()).as(e.table() + ": " + new String(d.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(d.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
            assertThat(d.disposition()).startsWith("attachment; filename=\"sei-graph-" + e.table())
                    .contains("filename*=UTF-8''sei-graph-" + e.table()).contains(".csv");
            assertThat(d.body()[0] & 0xff).isEqualTo(0xEF);
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(new String(d.body(), 3, d.body().length - 3, StandardCharsets.UTF_8))).getRecords();
            List<String> ids = records.stream().map(r -> r.get(e.idHeader())).toList();
            assertThat(ids).as(e.table()).isNotEmpty().isEqualTo(expectedIds(e));
        }
    }

    @Test
    void everyTableAsXlsxHasTheSameRowsWithChineseHeaders() throws IOException {
        for (Expectation e : TABLES) {
            Download csv = get("/api/tables/" + e.table() + "?lang=zh" + query(e.params()));
            Download xlsx = get("/api/tables/" + e.table() + "?format=xlsx&lang=zh" + query(e.params()));
            assertThat(csv.status()).as(e.table() + ": " + new String(csv.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(xlsx.status()).as(e.table()).isEqualTo(200);
            assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(xlsx.disposition()).contains(".xlsx");
            List<CSVRecord> csvRows = CSVFormat.RFC4180.parse(new StringReader(
                    new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8))).getRecords();
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows).as(e.table()).hasSameSizeAs(csvRows);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < csvRows.get(r).size(); c++) {
                        String text = rows.get(r).hasCell(c) ? rows.get(r).getCellText(c) : "";
                        String inCsv = csvRows.get(r).get(c);
                        // the CSV defuses text that starts like a formula; the XLSX keeps it as a text cell
                        assertThat(text).as(e.table() + " r" + r + "c" + c).isIn(inCsv, inCsv.startsWith("'") ? inCsv.substring(1) : inCsv,
                                numberText(inCsv));
                    }
                }
                assertThat(rows.get(0).getCellText(0)).matches("\\p{IsHan}+|ID");
            }
        }
    }

    private static String numberText(String csv) {
        try {
            return new java.math.BigDecimal(csv).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return csv;
        }
    }

    @Test
    void theResponsibilitiesTableCarriesRankLeadAndEvidence() throws IOException {
        Download d = get("/api/tables/responsibilities?subject=" + URLEncoder.encode("海洋工程装备", StandardCharsets.UTF_8));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(d.body(), 3, d.body().length - 3, StandardCharsets.UTF_8))).getRecords();
        // the placeholders 市有关部门 and 有关区人民政府 only when asked for, as in the GraphQL answer
        assertThat(rows.stream().map(r -> r.get("部门")).toList())
                .containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局");
        assertThat(rows.get(0).get("列出部门数")).isEqualTo("4");
        Download all = get("/api/tables/responsibilities?includePlaceholders=true&subject="
                + URLEncoder.encode("海洋工程装备", StandardCharsets.UTF_8));
        List<CSVRecord> allRows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(all.body(), 3, all.body().length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(allRows.stream().map(r -> r.get("部门")).toList())
                .containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局", "市有关部门", "有关区人民政府");
        assertThat(allRows.get(0).get("列出部门数")).isEqualTo("6");
        assertThat(rows.get(0).get("牵头")).isEqualTo("是");
        assertThat(rows.get(1).get("牵头")).isEqualTo("否");
        assertThat(rows.get(0).get("排序")).isEqualTo("1");
        assertThat(rows.get(0).get("原文")).contains("按职责分工负责");
        assertThat(d.disposition()).contains("filename*=UTF-8''sei-graph-responsibilities-%E6%B5%B7");
    }

    @Test
    void theTablesAreListedWithTheirFilters() {
        JsonNode list = http.get("/api/tables").json();
        List<String> names = new ArrayList<>();
        list.forEach(t -> names.add(t.get("name").asString()));
        assertThat(names).containsExactlyElementsOf(TABLES.stream().map(Expectation::table).toList());
        assertThat(list.at("/0/filters/bureau").asString()).isEqualTo("ID");
    }

    @Test
    void badRequestsAreCodedAndNamesResolveOrAreRefused() {
        Map<String, Integer> cases = Map.of(
                "/api/tables/nothing", 404,
                "/api/tables/parks?format=pdf", 400,
                "/api/tables/parks?lang=fr", 400,
                "/api/tables/parks?bogus=1", 400,
                "/api/tables/targets?year=twenty", 400,
                "/api/tables/subsectors?leadOnly=maybe", 400,
                "/api/tables/responsibilities?bureau=" + URLEncoder.encode("市海洋厅", StandardCharsets.UTF_8), 404,
                "/api/tables/parks?district=" + URLEncoder.encode("智能制造", StandardCharsets.UTF_8), 400,
                "/api/tables/parks?format=csv&format=xlsx", 400);
        cases.forEach((path, status) -> {
            GraphQlHttp.Response r = http.get(path);
            assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
            assertThat(r.json().at("/error/code").asString()).as(path).isIn("BAD_REQUEST", "NOT_FOUND");
        });
        JsonNode unknown = http.get("/api/tables/responsibilities?bureau=" + URLEncoder.encode("市海洋厅", StandardCharsets.UTF_8)).json();
        assertThat(unknown.at("/error/suggestions/0/id").asString()).isEqualTo("bureau:市海洋局");
    }
}
