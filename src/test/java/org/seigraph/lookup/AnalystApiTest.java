package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** The analysts' GraphQL API over HTTP against the loaded plan. */
class AnalystApiTest {

    private final GraphQlHttp http = SharedApp.http();

    private static List<String> texts(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(pointer).asString()));
        return out;
    }

    @Test
    void nodeResolvesEveryKindWithItsOwnFieldsAndEvidence() {
        JsonNode sub = http.data("{ node(id: \"subsector:海洋工程装备\") { kind name nameEn sources { doc section start end text } "
                + "... on Subsector { sector { name } bureaus { rank lead listSize bureau { name } sources { text } } "
                + "technologies { name } parks { name } } } }").get("node");
        assertThat(sub.get("kind").asString()).isEqualTo("Subsector");
        assertThat(sub.get("nameEn").asString()).isNotBlank();
        assertThat(sub.at("/sector/name").asString()).isEqualTo("高端装备与新材料");
        // the list names four bureaus; the placeholders 市有关部门 and 有关区人民政府 only when asked for
        assertThat(texts(sub.get("bureaus"), "/bureau/name")).containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局");
        assertThat(sub.get("bureaus")).allSatisfy(b -> assertThat(b.get("listSize").asInt()).isEqualTo(4));
        JsonNode all = http.data("{ node(id: \"subsector:海洋工程装备\") { ... on Subsector { bureaus(includePlaceholders: true) { "
                + "listSize placeholder lead bureau { name placeholder } } } } }").get("node");
        assertThat(texts(all.get("bureaus"), "/bureau/name"))
                .containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局", "市有关部门", "有关区人民政府");
        assertThat(all.get("bureaus")).allSatisfy(b -> assertThat(b.get("listSize").asInt()).isEqualTo(6));
        assertThat(all.at("/bureaus/5/placeholder").asBoolean()).isTrue();
        assertThat(all.at("/bureaus/5/bureau/placeholder").asBoolean()).isTrue();
        assertThat(sub.at("/bureaus/3/sources/0/text").asString()).contains("市海洋局").contains("按职责分工负责");
        assertThat(texts(sub.get("technologies"), "/name")).startsWith("海洋油气装备", "临港机械", "海水利用工程装备", "海洋仪器设备");
        assertThat(texts(sub.get("parks"), "/name")).containsExactly("临港经济区", "滨海高新区塘沽海洋科技园", "东疆保税港区");
        assertThat(sub.at("/sources/0/section").asString()).isEqualTo("三(一)");
        assertThat(sub.at("/sources/0/text").asString()).startsWith("海洋工程装备。");

        JsonNode target = http.data("{ node(id: \"target:数字文化创意/产业产值规模达到500亿元左右\") { kind "
                + "... on Target { value unit qualifier qualifiers approx valueNormalized unitNormalized year yearSource asWritten "
                + "owner { name } } } }").get("node");
        assertThat(texts(target.get("qualifiers"), "")).containsExactly("达到", "左右");
        assertThat(target.get("valueNormalized").asDouble()).isEqualTo(500.0);
        assertThat(target.get("yearSource").asString()).isEqualTo("text");
        assertThat(target.get("value").asDouble()).isEqualTo(500.0);
        assertThat(target.get("unit").asString()).isEqualTo("亿元");
        assertThat(target.get("qualifier").asString()).isEqualTo("左右");
        assertThat(target.get("approx").asBoolean()).isTrue();
        assertThat(target.get("year").asInt()).isEqualTo(2020);
        assertThat(target.at("/owner/name").asString()).isEqualTo("数字文化创意");

        JsonNode district = http.data("{ node(id: \"district:和平区\") { kind sources { doc curated } "
                + "... on District { areas { name } } } }").get("node");
        assertThat(district.at("/sources/0/doc").asString()).isEqualTo("curated");
        assertThat(texts(district.get("areas"), "/name")).containsExactly("市内六区");
    }

    @Test
    void searchFindsChineseEnglishAndMixedNamesExactFirst() {
        assertThat(http.data("{ search(text: \"海洋工程装备\") { matchedBy entity { id } } }").at("/search/0/entity/id").asString())
                .isEqualTo("subsector:海洋工程装备");
        assertThat(texts(http.data("{ search(text: \"海洋\", first: 20) { entity { name } } }").get("search"), "/entity/name"))
                .contains("海洋工程装备", "市海洋局", "海洋油气装备");
        assertThat(http.data("{ search(text: \"graphene\") { entity { id } } }").at("/search/0/entity/id").asString())
                .isEqualTo("technology:石墨烯");
        assertThat(texts(http.data("{ search(text: \"3D打印\") { entity { id } } }").get("search"), "/entity/id"))
                .contains("technology:3D打印", "technology:增材制造（3D打印）装备");
        assertThat(texts(http.data("{ search(text: \"海洋\", kinds: [\"Bureau\"]) { entity { kind } } }").get("search"), "/entity/kind"))
                .containsOnly("Bureau").isNotEmpty();
    }

    @Test
    void hostileSearchTextIsSearchedAsPlainWords() {
        for (String text : List.of("石墨烯 AND (", "*", "~", "\"", "a:b", "[1 TO 5]", "\\", "OR OR OR", "!!", "石墨烯^10", "/regex/", "  ")) {
            JsonNode answer = http.query("query($t: String!) { search(text: $t) { entity { id } } }", Map.of("t", text));
            assertThat(answer.has("errors")).as(text + " -> " + answer).isFalse();
        }
        JsonNode graphene = http.query("query($t: String!) { search(text: $t) { entity { id } } }", Map.of("t", "石墨烯 AND ("));
        assertThat(graphene.at("/data/search/0/entity/id").asString()).isEqualTo("technology:石墨烯");
    }

    @Test
    void responsibilitiesInBothDirectionsWithLeadAndCoOwners() {
        JsonNode byBureau = http.data("{ responsibilities(bureau: \"bureau:市海洋局\") { subject { name } rank lead listSize } }");
        assertThat(texts(byBureau.get("responsibilities"), "/subject/name")).containsExactly("海洋工程装备", "生物资源开发");
        assertThat(byBureau.at("/responsibilities/1/rank").asInt()).isEqualTo(2);
        JsonNode leads = http.data("{ responsibilities(bureau: \"bureau:市工业和信息化委\", leadOnly: true) { lead subject { name } } }");
        assertThat(leads.get("responsibilities")).hasSize(17).allSatisfy(r -> assertThat(r.get("lead").asBoolean()).isTrue());
        JsonNode bySubject = http.data("{ responsibilities(subject: \"measure:七(八)\") { rank listSize bureau { name } } }");
        assertThat(texts(bySubject.get("responsibilities"), "/bureau/name")).containsExactly("市知识产权局");
        assertThat(bySubject.at("/responsibilities/0/listSize").asInt()).isEqualTo(1);
        JsonNode withPlaceholders = http.data("{ responsibilities(subject: \"measure:七(八)\", includePlaceholders: true) { listSize bureau { name } } }");
        assertThat(texts(withPlaceholders.get("responsibilities"), "/bureau/name")).containsExactly("市知识产权局", "市有关部门", "有关区人民政府");
        assertThat(withPlaceholders.at("/responsibilities/0/listSize").asInt()).isEqualTo(3);
        // 五(一) and 七(一) name no bureau: no lead, and nothing without the placeholders
        assertThat(http.data("{ responsibilities(subject: \"measure:五(一)\") { rank } }").get("responsibilities")).isEmpty();
        assertThat(http.data("{ responsibilities(subject: \"measure:五(一)\", includePlaceholders: true) { lead } }").get("responsibilities"))
                .hasSize(2).allSatisfy(r -> assertThat(r.get("lead").asBoolean()).isFalse());
        JsonNode co = http.data("{ coResponsibility(bureau: \"bureau:市海洋局\") { bureau { name } sharedTasks } }");
        assertThat(co.at("/coResponsibility/0/sharedTasks").asInt()).isEqualTo(2);
        assertThat(texts(co.get("coResponsibility"), "/bureau/name")).contains("市工业和信息化委", "市科委", "市发展改革委")
                .doesNotContain("市有关部门", "有关区人民政府");
        assertThat(texts(http.data("{ coResponsibility(bureau: \"bureau:市海洋局\", includePlaceholders: true) { bureau { name } } }")
                .get("coResponsibility"), "/bureau/name")).contains("市有关部门", "有关区人民政府");
        JsonNode nested = http.data("{ node(id: \"bureau:市知识产权局\") { ... on Bureau { responsibilities { subject { id } lead } } } }");
        assertThat(nested.at("/node/responsibilities/0/subject/id").asString()).isEqualTo("measure:七(八)");
    }

    @Test
    void dependenciesFollowTheDocumentedTableBothWays() {
        JsonNode down = http.data("{ dependencies(id: \"technology:石墨烯\", direction: DOWNSTREAM, depth: 3) { nodes { id depth } edges { source target type } } }");
        List<String> ids = texts(down.at("/dependencies/nodes"), "/id");
        assertThat(ids).contains("subsector:新材料", "sector:高端装备与新材料", "domain:高端制造",
                "target:高端装备与新材料/产业产值规模达到9700亿元");
        assertThat(down.at("/dependencies/nodes/0/id").asString()).isEqualTo("technology:石墨烯");
        assertThat(down.at("/dependencies/nodes/0/depth").asInt()).isZero();
        JsonNode up = http.data("{ dependencies(id: \"subsector:海洋工程装备\", direction: UPSTREAM, depth: 1) { nodes { id kind } } }");
        List<String> upKinds = texts(up.at("/dependencies/nodes"), "/kind");
        assertThat(upKinds).contains("Technology", "Park", "Bureau");
        assertThat(texts(up.at("/dependencies/nodes"), "/id")).contains("bureau:市海洋局", "park:临港经济区", "technology:海洋油气装备")
                .doesNotContain("sector:高端装备与新材料");
        JsonNode filtered = http.data("{ dependencies(id: \"technology:石墨烯\", direction: DOWNSTREAM, depth: 3, kinds: [\"Domain\"]) { nodes { id } edges { type } } }");
        assertThat(texts(filtered.at("/dependencies/nodes"), "/id"))
                .containsExactly("technology:石墨烯", "subsector:新材料", "sector:高端装备与新材料", "domain:高端制造");
        assertThat(filtered.at("/dependencies/edges")).hasSize(3);
        // the placeholder bureaus are walked only when included
        assertThat(texts(up.at("/dependencies/nodes"), "/id")).doesNotContain("bureau:市有关部门", "bureau:有关区人民政府");
        JsonNode withPlaceholders = http.data("{ dependencies(id: \"subsector:海洋工程装备\", depth: 1, includePlaceholders: true) { nodes { id } } }");
        assertThat(texts(withPlaceholders.at("/dependencies/nodes"), "/id")).contains("bureau:市有关部门", "bureau:有关区人民政府");
        // a measure depends on the instruments it uses and the zones it leverages
        JsonNode measure = http.data("{ dependencies(id: \"measure:六(二)\", depth: 1) { nodes { id } } }");
        assertThat(texts(measure.at("/dependencies/nodes"), "/id")).contains("park:自由贸易试验区", "park:武清中欧产业园");
        JsonNode policies = http.data("{ dependencies(id: \"measure:七(四)\", depth: 1, kinds: [\"Instrument\"]) { nodes { id } } }");
        assertThat(texts(policies.at("/dependencies/nodes"), "/id")).contains("instrument:研发费用加计扣除", "instrument:全国中小企业股份转让系统");
    }

    @Test
    void shortestPathsAsGraphs() {
        JsonNode paths = http.data("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\") { nodes { id } edges { type source target } } }").get("paths");
        assertThat(paths).isNotEmpty();
        for (JsonNode path : paths) {
            assertThat(texts(path.get("nodes"), "/id")).containsExactly("bureau:市海洋局", "subsector:海洋工程装备", "park:临港经济区");
            assertThat(path.at("/edges/0/type").asString()).isEqualTo("RESPONSIBLE_FOR");
        }
        assertThat(http.data("{ paths(from: \"bureau:市海洋局\", to: \"park:临港经济区\", maxHops: 1) { nodes { id } } }").get("paths")).isEmpty();
        // 五(一) and 七(一) share only the placeholders: no path through them unless asked
        String q = "{ paths(from: \"measure:五(一)\", to: \"measure:七(一)\", maxHops: 2%s) { nodes { id } } }";
        assertThat(http.data(String.format(q, "")).get("paths")).isEmpty();
        JsonNode through = http.data(String.format(q, ", includePlaceholders: true")).get("paths");
        assertThat(through).isNotEmpty().allSatisfy(p -> assertThat(p.at("/nodes/1/id").asString()).isIn("bureau:市有关部门", "bureau:有关区人民政府"));
    }

    @Test
    void listsFilterAndPageWithCursors() {
        assertThat(texts(http.data("{ sectors { name } }").get("sectors"), "/name")).hasSize(5);
        assertThat(texts(http.data("{ subsectors(sector: \"sector:绿色低碳\") { name } }").get("subsectors"), "/name"))
                .containsExactly("新能源", "节能环保", "新能源汽车");
        assertThat(texts(http.data("{ subsectors(bureau: \"bureau:市海洋局\") { name } }").get("subsectors"), "/name"))
                .containsExactly("海洋工程装备", "生物资源开发");
        assertThat(http.data("{ subsectors(bureau: \"bureau:市科委\", leadOnly: true) { name } }").get("subsectors")).hasSize(1);
        assertThat(texts(http.data("{ measures(chapter: \"七\") { path } }").get("measures"), "/path")).hasSize(8).startsWith("七(一)");

        List<String> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            JsonNode conn = http.query("query($after: String) { bureaus(first: 10, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("after", after)).at("/data/bureaus");
            conn.get("edges").forEach(e -> all.add(e.at("/node/id").asString()));
            if (!conn.at("/pageInfo/hasNextPage").asBoolean()) {
                break;
            }
            after = conn.at("/pageInfo/endCursor").asString();
        }
        // 28 bureau nodes, of which two are the placeholders 市有关部门 and 有关区人民政府 (not bureaus; asked for apart)
        assertThat(all).hasSize(26).doesNotHaveDuplicates();
        assertThat(texts(http.data("{ bureaus(category: \"generic\") { edges { node { id } } } }").at("/bureaus/edges"), "/node/id"))
                .containsExactlyInAnyOrder("bureau:市有关部门", "bureau:有关区人民政府");
        assertThat(http.data("{ technologies(subsector: \"subsector:数字创意技术装备\", mode: \"apply\") { edges { node { name } } } }")
                .at("/technologies/edges").size()).isEqualTo(5);
        assertThat(http.data("{ parks(district: \"district:武清区\") { edges { node { name } } } }").at("/parks/edges/0/node/name").asString())
                .isEqualTo("武清中欧产业园");
        assertThat(http.data("{ targets(owner: \"sector:信息技术\") { edges { node { asWritten } } } }").at("/targets/edges/0/node/asWritten").asString())
                .isEqualTo("7000亿元");
        assertThat(http.data("{ technologies(subsector: \"subsector:新材料\", first: 3) { edges { node { name } } pageInfo { hasNextPage } } }")
                .at("/technologies/pageInfo/hasNextPage").asBoolean()).isTrue();
    }

    @Test
    void aggregatesPerBureauAndPerSector() {
        JsonNode workload = http.data("{ bureauWorkload { bureau { id } led coOwned total } }").get("bureauWorkload");
        JsonNode industry = null;
        for (JsonNode row : workload) {
            if (row.at("/bureau/id").asString().equals("bureau:市工业和信息化委")) {
                industry = row;
            }
        }
        assertThat(industry).isNotNull();
        assertThat(industry.get("led").asInt()).isEqualTo(17);
        assertThat(industry.get("total").asInt()).isEqualTo(industry.get("led").asInt() + industry.get("coOwned").asInt());
        // the placeholders are not bureaus: out of the ranking unless asked for, and never leading
        assertThat(texts(workload, "/bureau/id")).doesNotContain("bureau:市有关部门", "bureau:有关区人民政府");
        assertThat(workload.at("/0/bureau/id").asString()).isEqualTo("bureau:市发展改革委");
        JsonNode all = http.data("{ bureauWorkload(includePlaceholders: true) { bureau { id } led total } }").get("bureauWorkload");
        assertThat(all).anySatisfy(row -> {
            assertThat(row.at("/bureau/id").asString()).isEqualTo("bureau:市有关部门");
            assertThat(row.get("led").asInt()).isZero();
            assertThat(row.get("total").asInt()).isEqualTo(35);
        });
        assertThat(texts(http.data("{ bureaus(first: 50) { edges { node { id } } } }").at("/bureaus/edges"), "/node/id"))
                .doesNotContain("bureau:市有关部门").hasSize(26);
        JsonNode goals = http.data("{ sectorResearchGoals { sector { name } metric total approx } }").get("sectorResearchGoals");
        assertThat(goals).anySatisfy(g -> {
            assertThat(g.at("/sector/name").asString()).isEqualTo("生物产业");
            assertThat(g.get("metric").asString()).isEqualTo("基础研究与前沿技术");
            assertThat(g.get("total").asDouble()).isEqualTo(28.0);
            assertThat(g.get("approx").asBoolean()).isTrue();
        });
    }
}
