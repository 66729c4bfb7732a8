package org.seigraph.parks;

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

/** parkFit over GraphQL with realistic needs: the top of the ranking, its reasons, paths and sources. */
class ParkFitRankingTest {

    static final String QUERY = """
            query($need: ParkNeedInput!) {
              parkFit(need: $need) {
                rank score fit summary summaryZh park { id name }
                reasons { kind weight curated summary summaryEn summaryZh need { id kind }
                          sources { doc section text curated derivation basis }
                          path { nodes { id kind } edges { type source target } } }
              }
              parkFitResolution(need: $need) {
                text terms explanation explanationZh originFrom originProfiles originDescriptions
                needs { id kind } originAnchors { id } namedParks { id } namedDistricts { id }
                textMatches { entity { id } used role why whyZh reasons { kind term text field similarity source summary } }
                layout { area { id name } industry { name } rank mapped districts parks summary summaryZh sources { text curated } }
                nearMatches { entity { id name } why whyZh parks { id } }
                vectorsReady
              }
            }""";

    private final GraphQlHttp http = SharedApp.http();

    static Map<String, Object> need(Object... kv) {
        Map<String, Object> need = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            need.put((String) kv[i], kv[i + 1]);
        }
        return need;
    }

    JsonNode fit(Map<String, Object> need) {
        JsonNode response = http.query(QUERY, Map.of("need", need));
        assertThat(response.get("errors")).as("errors of %s: %s", need, response.get("errors")).isNull();
        return response.get("data");
    }

    static List<String> parkIds(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.get("parkFit").forEach(m -> ids.add(m.get("park").get("id").asString()));
        return ids;
    }

    static List<String> reasonKinds(JsonNode match) {
        List<String> kinds = new ArrayList<>();
        match.get("reasons").forEach(r -> kinds.add(r.get("kind").asString()));
        return kinds;
    }

    static List<String> needIds(JsonNode data) {
        List<String> ids = new ArrayList<>();
        data.get("parkFitResolution").get("needs").forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    static JsonNode reason(JsonNode match, String kind) {
        for (JsonNode r : match.get("reasons")) {
            if (r.get("kind").asString().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " reason in " + match);
    }

    /** Every answer: scores in [0, 1], best first, each park with evidence whose path ends at the park. */
    static void assertWellFormed(JsonNode data) {
        double previous = 1;
        int rank = 1;
        for (JsonNode m : data.get("parkFit")) {
            double score = m.get("score").asDouble();
            assertThat(score).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
            assertThat(m.get("rank").asInt()).isEqualTo(rank++);
            previous = score;
            assertThat(m.get("reasons").size()).isPositive();
            assertThat(m.get("fit").asString()).isIn("DIRECT", "ORIGIN", "LAYOUT");
            assertThat(m.get("summaryZh").asString()).contains(m.get("park").get("name").asString());
            for (JsonNode r : m.get("reasons")) {
                JsonNode nodes = r.get("path").get("nodes");
                List<String> ids = new ArrayList<>();
                nodes.forEach(n -> ids.add(n.get("id").asString()));
                assertThat(ids).contains(m.get("park").get("id").asString(), r.get("need").get("id").asString());
                // a park the need names is its own path: one node, no edge
                assertThat(r.get("path").get("edges").size()).isEqualTo(r.get("kind").asString().equals("NAMED") ? 0 : ids.size() - 1);
                assertThat(r.get("summaryEn").asString()).isNotBlank();
                assertThat(r.get("summaryZh").asString()).isNotBlank();
                assertThat(r.get("sources").size()).isPositive();
                // curated: some step is not stated by the plan (a curated fact, or one a rule inferred)
                boolean notStated = false;
                for (JsonNode s : r.get("sources")) {
                    if (s.get("doc").asString().equals("curated")) {
                        notStated = true;
                        assertThat(s.get("derivation").asString()).isEqualTo("curated");
                        assertThat(s.get("curated").asString()).isNotBlank();
                    } else {
                        assertThat(s.get("section").asString()).isNotBlank();
                        assertThat(s.get("text").asString()).isNotBlank();
                        if (s.get("derivation").asString().equals("inferred")) {
                            notStated = true;
                            assertThat(s.get("basis").asString()).startsWith("inferred");
                        } else {
                            assertThat(s.get("derivation").asString()).isEqualTo("text");
                        }
                    }
                }
                assertThat(r.get("curated").asBoolean()).isEqualTo(notStated);
            }
        }
    }

    @Test
    void marineEngineeringEquipmentRanksTheParksTheTextBuildsForIt() {
        JsonNode data = fit(need("text", "海洋油气装备"));
        assertWellFormed(data);
        assertThat(needIds(data)).containsExactly("technology:海洋油气装备");
        // the three parks 三(一) names, in its order
        assertThat(parkIds(data).subList(0, 3))
                .containsExactly("park:临港经济区", "park:滨海高新区塘沽海洋科技园", "park:东疆保税港区");
        JsonNode top = data.get("parkFit").get(0);
        assertThat(reasonKinds(top).get(0)).isEqualTo("TECHNOLOGY");
        JsonNode tech = reason(top, "TECHNOLOGY");
        assertThat(tech.get("summary").asString()).isEqualTo("海洋油气装备 ←DEVELOPS− 海洋工程装备 −BUILDS→ 临港经济区");
        assertThat(tech.get("curated").asBoolean()).isFalse();
        assertThat(tech.get("sources").toString()).contains("三(一)", "打造临港经济区");
        // parks that only share the layout area are not listed beside parks tied to the need
        assertThat(parkIds(data)).hasSize(3);
        data.get("parkFit").forEach(m -> assertThat(m.get("fit").asString()).isEqualTo("DIRECT"));
    }

    @Test
    void aSubsectorIdGivesTheDirectTiesBuildsAndHosts() {
        JsonNode data = fit(need("industries", List.of("subsector:海洋工程装备"), "limit", 3));
        assertWellFormed(data);
        assertThat(parkIds(data)).containsExactly("park:临港经济区", "park:滨海高新区塘沽海洋科技园", "park:东疆保税港区");
        JsonNode top = data.get("parkFit").get(0);
        assertThat(reasonKinds(top)).startsWith("BUILDS", "HOSTS");
        // BUILDS, HOSTS and LAYOUT (高端装备, first of 滨海新区's focus list, reached through the curated mapping
        // 高端装备 → 海洋工程装备: 0.15 × 0.6 = 0.09): 1 - 0.4 × 0.4 × 0.91
        assertThat(top.get("score").asDouble()).isEqualTo(0.8544);
        assertThat(reason(top, "HOSTS").get("path").get("edges").get(0).get("type").asString()).isEqualTo("HOSTS");
    }

    @Test
    void grapheneHasNoParkOfItsOwnSoTheLayoutDecidesAndSaysItIsCurated() {
        JsonNode data = fit(need("text", "石墨烯"));
        assertWellFormed(data);
        assertThat(needIds(data)).containsExactly("technology:石墨烯");
        JsonNode top = data.get("parkFit").get(0);
        // 环城四区 names 新材料 second, 远郊区域 fourth: the park in 津南 (环城四区) comes first
        assertThat(top.get("park").get("id").asString()).isEqualTo("park:国家大学创新园区");
        JsonNode layout = reason(top, "LAYOUT");
        // 新材料 second in 环城四区's list, reached through the curated mapping: 0.15 × 0.9 × 0.6
        assertThat(layout.get("weight").asDouble()).isEqualTo(0.081);
        assertThat(top.get("fit").asString()).isEqualTo("LAYOUT");
        assertThat(layout.get("curated").asBoolean()).isTrue();
        assertThat(layout.get("summary").asString()).startsWith("石墨烯 ←DEVELOPS− 新材料 ←MAPS_TO− 新材料 ←FOCUSES_ON− 环城四区");
        assertThat(layout.get("sources").toString()).contains("\"doc\":\"curated\"", "五(一)", "环城四区重点发展智能装备、新材料");
        // the best district-level tier only, not padded with the outer suburbs' parks
        assertThat(parkIds(data)).containsExactly("park:国家大学创新园区");
        JsonNode areas = data.get("parkFitResolution").get("layout");
        assertThat(areas.get(0).get("area").get("name").asString()).isEqualTo("环城四区");
        assertThat(areas.get(1).get("area").get("name").asString()).isEqualTo("远郊区域");
        assertThat(areas.get(0).get("sources").toString()).contains("环城四区重点发展智能装备、新材料");
    }

    @Test
    void animationStudioInEnglishFindsTheAnimationPark() {
        for (String text : List.of("animation studio", "动漫", "手机游戏 动漫")) {
            JsonNode data = fit(need("text", text));
            assertWellFormed(data);
            assertThat(needIds(data)).as(text).contains("technology:动漫产品");
            assertThat(parkIds(data)).as(text).containsExactly("park:中新天津生态城国家动漫产业园");
            JsonNode tech = reason(data.get("parkFit").get(0), "TECHNOLOGY");
            assertThat(tech.get("summary").asString()).isEqualTo("动漫产品 ←DEVELOPS− 网络娱乐 −BUILDS→ 中新天津生态城国家动漫产业园");
            assertThat(tech.get("sources").toString()).contains("建设中新天津生态城国家动漫产业园");
        }
    }

    @Test
    void newEnergyVehiclesAndBatteriesLeadToBinhaiThroughItsLayout() {
        JsonNode nev = fit(need("text", "新能源汽车"));
        assertWellFormed(nev);
        assertThat(needIds(nev)).containsExactlyInAnyOrder("industry:新能源汽车", "subsector:新能源汽车");
        // no park is tied to new-energy vehicles: the seven parks of 滨海新区 would tie, so the answer is the district
        assertThat(parkIds(nev)).isEmpty();
        JsonNode area = nev.get("parkFitResolution").get("layout").get(0);
        assertThat(area.get("area").get("name").asString()).isEqualTo("滨海新区");
        assertThat(area.get("industry").get("name").asString()).isEqualTo("节能与新能源汽车");
        assertThat(area.get("parks").toString()).contains("临港经济区", "中新天津生态城国家动漫产业园");
        assertThat(nev.get("parkFitResolution").get("explanation").asString()).contains("district-level answer", "滨海新区");
        assertThat(nev.get("parkFitResolution").get("explanationZh").asString()).contains("区域层面", "滨海新区");

        JsonNode battery = fit(need("text", "锂离子动力电池"));
        assertWellFormed(battery);
        assertThat(needIds(battery)).containsExactly("technology:高性能锂离子动力电池");
        assertThat(parkIds(battery)).isEmpty();
        assertThat(battery.get("parkFitResolution").get("layout").get(0).get("area").get("name").asString()).isEqualTo("滨海新区");

        JsonNode english = fit(need("text", "lithium batteries"));
        assertThat(needIds(english)).containsExactly("technology:高性能锂离子动力电池");
    }

    @Test
    void aBeijingEnterpriseRelocatingIsOfferedTheOnePlusSixteenSystem() {
        JsonNode data = fit(need("origin", "Beijing, relocating non-capital functions"));
        assertWellFormed(data);
        assertThat(data.get("parkFitResolution").get("originProfiles").toString()).contains("BEIJING");
        // the six members the text of 六(一) names, in its order
        assertThat(parkIds(data)).containsExactly("park:滨海中关村科技园", "park:国家大学创新园区", "park:蓟州京津州河科技产业园",
                "park:宝坻京津中关村科技城", "park:未来科技城京津合作示范区", "park:津冀协同发展示范区");
        JsonNode origin = reason(data.get("parkFit").get(0), "ORIGIN");
        assertThat(origin.get("need").get("id").asString()).isEqualTo("cooperationsystem:“1＋16”承接体系");
        assertThat(origin.get("sources").toString()).contains("六(一)", "构建“1＋16”承接体系");

        // with an industry, the members where the layout also fits rise above the others
        JsonNode graphene = fit(need("text", "北京石墨烯企业"));
        assertWellFormed(graphene);
        assertThat(graphene.get("parkFitResolution").get("originFrom").asString()).isEqualTo("text");
        assertThat(needIds(graphene)).containsExactly("technology:石墨烯");
        JsonNode top = graphene.get("parkFit").get(0);
        assertThat(top.get("park").get("id").asString()).isEqualTo("park:国家大学创新园区");
        assertThat(reasonKinds(top)).containsExactly("ORIGIN", "LAYOUT");
    }

    @Test
    void aEuropeanAdvancedManufacturerIsOfferedTheSinoEuropeanParks() {
        JsonNode data = fit(need("text", "advanced manufacturing", "origin", "European company (Germany)"));
        assertWellFormed(data);
        assertThat(needIds(data)).containsExactly("industry:先进制造");
        assertThat(parkIds(data).subList(0, 2)).containsExactly("park:滨海新区中欧先进制造产业园", "park:武清中欧产业园");
        JsonNode top = data.get("parkFit").get(0);
        assertThat(reasonKinds(top)).startsWith("HOSTS", "ORIGIN");
        assertThat(reason(top, "HOSTS").get("sources").toString()).contains("六(二)", "形成先进制造产业集群");
        assertThat(reason(top, "ORIGIN").get("need").get("id").asString()).isEqualTo("cooperationsystem:中欧高端产业领航区");
        assertThat(parkIds(data)).as("no layout-only padding").hasSize(2);

        // the same, all in the text
        assertThat(parkIds(fit(need("text", "European advanced manufacturing enterprise"))).subList(0, 2))
                .isEqualTo(parkIds(data).subList(0, 2));
    }

    @Test
    void aParkNamedAfterASubsectorIsOfferedAsInferred() {
        JsonNode data = fit(need("industries", List.of("subsector:航空航天")));
        assertWellFormed(data);
        assertThat(parkIds(data)).contains("park:通用航空产业综合示范区", "park:航空航天科技产业城");
        JsonNode city = null;
        for (JsonNode m : data.get("parkFit")) {
            if (m.at("/park/id").asString().equals("park:航空航天科技产业城")) city = m;
        }
        JsonNode hosts = reason(city, "HOSTS");
        // the tie is read from the park's name, not stated by the plan: the reason says so
        assertThat(hosts.get("curated").asBoolean()).isTrue();
        assertThat(hosts.get("sources").toString()).contains("inferred from the name");
    }

    @Test
    void aForeignTradeEnterpriseIsOfferedWhatTheBeltAndRoadMeasureBuilds() {
        JsonNode data = fit(need("origin", "foreign trade"));
        assertWellFormed(data);
        assertThat(parkIds(data)).containsExactly("park:滨海新区中欧先进制造产业园", "park:武清中欧产业园");
        assertThat(reason(data.get("parkFit").get(0), "ORIGIN").get("summary").asString())
                .isEqualTo("“一带一路” ←SUPPORTS− 深度融入“一带一路”建设 −BUILDS→ 滨海新区中欧先进制造产业园");
    }

    @Test
    void needsThatMatchNothingReturnNoParksAndSayWhy() {
        JsonNode nothing = fit(need("text", "quantum teleportation"));
        assertThat(nothing.get("parkFit").size()).isZero();
        assertThat(needIds(nothing)).isEmpty();
        assertThat(nothing.get("parkFitResolution").get("explanation").asString())
                .contains("matches no sub-sector, industry, technology, park or district", "Closest:");
        // never a bare empty answer: the closest entities of the plan, each with why
        assertThat(nothing.get("parkFitResolution").get("nearMatches").size()).isPositive();
        nothing.get("parkFitResolution").get("nearMatches").forEach(n -> assertThat(n.get("why").asString()).startsWith("near: "));

        // understood, but no park is tied to digital content in the graph
        JsonNode content = fit(need("text", "数字内容"));
        assertThat(content.get("parkFit").size()).isZero();
        assertThat(needIds(content)).containsExactly("subsector:数字内容");
        assertThat(content.get("parkFitResolution").get("explanation").asString())
                .contains("understood as Subsector 数字内容", "No park is tied to it");

        // Lucene syntax is only text
        JsonNode syntax = fit(need("text", "*:* OR 石墨烯~"));
        assertThat(syntax.get("parkFitResolution").get("explanation").asString()).isNotBlank();
    }

    @Test
    void theResolutionShowsWhatTheTextWasUnderstoodAs() {
        JsonNode r = fit(need("text", "北京一家做新能源汽车动力电池的企业")).get("parkFitResolution");
        // segmented: the words, not the clause; no origin or generic words
        assertThat(r.get("terms").toString()).contains("新能源汽车", "动力电池").doesNotContain("北京", "企业", "一家");
        List<String> needs = new ArrayList<>();
        r.get("needs").forEach(n -> needs.add(n.get("id").asString()));
        assertThat(needs).containsExactlyInAnyOrder("industry:新能源汽车", "subsector:新能源汽车", "technology:高性能锂离子动力电池");
        boolean sawUnused = false;
        for (JsonNode m : r.get("textMatches")) {
            assertThat(m.get("why").asString()).isNotBlank();
            sawUnused |= !m.get("used").asBoolean();
        }
        assertThat(sawUnused).as("weaker hits are listed as not used").isTrue();
        assertThat(r.get("originAnchors").toString()).contains("cooperationsystem:“1＋16”承接体系");
    }

    @Test
    void aParkOrDistrictNamedInTheNeedIsHonoured() {
        JsonNode dongjiang = fit(need("text", "我想在东疆保税港区注册一家融资租赁公司"));
        assertWellFormed(dongjiang);
        assertThat(parkIds(dongjiang).get(0)).isEqualTo("park:东疆保税港区");
        assertThat(reasonKinds(dongjiang.get("parkFit").get(0))).startsWith("NAMED");
        assertThat(dongjiang.get("parkFitResolution").get("namedParks").toString()).contains("park:东疆保税港区");

        JsonNode baodi = fit(need("text", "北京中关村一家基础软件公司想搬到宝坻"));
        assertWellFormed(baodi);
        assertThat(parkIds(baodi).get(0)).isEqualTo("park:宝坻京津中关村科技城");
        assertThat(reasonKinds(baodi.get("parkFit").get(0))).contains("DISTRICT", "ORIGIN");
        JsonNode resolution = baodi.get("parkFitResolution");
        assertThat(resolution.get("namedDistricts").toString()).contains("district:宝坻区");
        assertThat(resolution.get("textMatches").toString()).contains("synonyms.csv:", "宝坻 → district:宝坻区");
        assertThat(resolution.get("originProfiles").toString()).contains("BEIJING");
    }

    @Test
    void originsOtherThanBeijingAndEuropeSayWhatTheyImply() {
        JsonNode shanghai = fit(need("text", "上海一家集成电路设计企业想在天津设研发中心")).get("parkFitResolution");
        assertThat(shanghai.get("originProfiles").toString()).contains("DOMESTIC");
        assertThat(shanghai.get("originDescriptions").get(0).asString()).contains("no cooperation channel");
        assertThat(shanghai.get("needs").toString()).contains("technology:集成电路");
        JsonNode us = fit(need("text", "美国独资的工业机器人企业"));
        assertThat(us.get("parkFitResolution").get("originProfiles").toString()).contains("FOREIGN");
        assertThat(parkIds(us)).startsWith("park:滨海新区中欧先进制造产业园");
        JsonNode hk = fit(need("text", "wind power", "origin", "Hong Kong"));
        assertThat(hk.get("parkFitResolution").get("originProfiles").toString()).contains("HMT");
    }

    @Test
    void theSameNeedGivesTheSameAnswer() {
        Map<String, Object> need = need("text", "新材料", "origin", "北京");
        assertThat(http.query(QUERY, Map.of("need", need)).toString())
                .isEqualTo(http.query(QUERY, Map.of("need", need)).toString());
    }

    @Test
    void aNeedCostsAConstantNumberOfQueries() {
        CypherRunner runner = SharedApp.bean(CypherRunner.class);
        ParkFitService service = SharedApp.bean(ParkFitService.class);
        service.fit(new ParkNeedInput("warm", null, null, null, null)); // document texts are read once
        List<ParkNeedInput> needs = List.of(
                new ParkNeedInput("新能源汽车 锂离子动力电池 animation", List.of("industry:高端装备", "sector:生物产业"),
                        List.of("technology:石墨烯"), "Beijing", 50),
                new ParkNeedInput(null, List.of("subsector:海洋工程装备"), null, null, 1));
        // once the entities that full text, synonyms and vectors lead to are cached (per graph): the id lookup and
        // the full-text query; the nearest texts are scanned in memory (the bundled graph has a few hundred)
        needs.forEach(service::fit);
        for (ParkNeedInput need : needs) {
            long before = runner.queriesRun();
            ParkFitService.ParkFit fit = service.fit(need);
            assertThat(fit.matches()).isNotEmpty();
            assertThat(runner.queriesRun() - before).as("round trips for %s", need).isLessThanOrEqualTo(2);
        }
    }

}
