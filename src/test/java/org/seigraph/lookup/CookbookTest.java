package org.seigraph.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.seigraph.graph.GraphModel;
import org.seigraph.ingest.GraphBundle;
import org.seigraph.support.SharedApp;

import tools.jackson.databind.JsonNode;

/** Every cookbook query runs read-only against the loaded graph and answers with real facts. */
class CookbookTest {

    private final Cookbook cookbook = SharedApp.bean(Cookbook.class);
    private final ReadOnlyCypher cypher = SharedApp.bean(ReadOnlyCypher.class);

    private List<Map<String, Object>> rows(String name) {
        Cookbook.Recipe recipe = cookbook.get(name).orElseThrow();
        return cypher.run(recipe.query(), recipe.exampleParams()).rows();
    }

    @Test
    void atLeastTwelveRecipesEachDescribedAndAnswering() {
        List<Cookbook.Recipe> recipes = cookbook.all().stream().filter(r -> !r.name().startsWith("stats-")).toList();
        assertThat(recipes).hasSizeGreaterThanOrEqualTo(12);
        for (Cookbook.Recipe recipe : cookbook.all()) {
            assertThat(recipe.description()).as(recipe.name()).isNotBlank();
            assertThat(cypher.run(recipe.query(), recipe.exampleParams()).rows()).as(recipe.name()).isNotEmpty();
        }
    }

    @Test
    void recipesAnswerWithTheFactsOfThePlan() {
        assertThat(rows("02-tasks-of-a-bureau")).extracting(r -> r.get("subject")).contains("海洋工程装备", "生物资源开发");
        assertThat(rows("04-tasks-without-a-named-lead")).extracting(r -> r.get("section")).containsExactlyInAnyOrder("五(一)", "七(一)");
        assertThat(rows("05-sectors-by-2020-output-target")).extracting(r -> r.get("sector"))
                .containsExactly("高端装备与新材料", "信息技术", "生物产业", "绿色低碳", "数字文化创意");
        assertThat(rows("10-layout-area-industries").get(0).get("industries"))
                .isEqualTo(List.of("高端装备", "新一代信息技术", "节能与新能源汽车", "生物医药", "新能源", "节能环保", "电子商务"));
        assertThat(rows("11-cooperation-system-members")).hasSize(6);
        assertThat((String) rows("12-evidence-of-a-responsibility").get(0).get("evidence")).contains("市海洋局").contains("按职责分工负责");
        assertThat(rows("13-what-relies-on-a-technology")).extracting(r -> r.get("developedBy")).containsExactly("新材料");
        Map<String, Object> highEnd = rows("08-research-goals-per-sector").stream()
                .filter(r -> r.get("sector").equals("高端装备与新材料") && r.get("metric").equals("关键技术和产品")).findFirst().orElseThrow();
        // 20 (智能制造) + 70 (航空航天) + 80 (新材料); 轨道交通 and 海洋工程装备 count "一批", not a number
        assertThat(((Number) highEnd.get("total")).doubleValue()).isEqualTo(170.0);
        assertThat(highEnd.get("approx")).isEqualTo(true);
        assertThat(rows("01-who-leads-what")).extracting(r -> r.get("section")).doesNotContain("五(一)", "七(一)");
        assertThat(rows("09-bureau-workload")).extracting(r -> r.get("bureau")).doesNotContain("市有关部门", "有关区人民政府")
                .first().isEqualTo("市发展改革委");
        assertThat(rows("16-policy-instruments-of-the-measures")).extracting(r -> r.get("instrument"))
                .contains("研发费用加计扣除", "国家政府采购政策", "药品上市许可持有人制度试点");
        assertThat(rows("17-application-fields")).anySatisfy(r -> {
            assertThat(r.get("subject")).isEqualTo("数字创意技术装备");
            assertThat(r.get("field")).isEqualTo("数字文化创意");
        });
        assertThat(rows("18-field-lists")).extracting(r -> r.get("owner")).contains("二(一)", "五(三)", "六(二)", "七(七)");
        assertThat(rows("19-layout-area-roles")).extracting(r -> r.get("role"))
                .containsExactly("重大制造和研发产业集聚区", "高技术服务集聚区", "重点产业园区和特色基地", "特色产业");
    }

    @Test
    void statsEndpointCountsEveryLabelAndTypeAndAllTextFactsCarryOffsets() {
        JsonNode stats = SharedApp.http().get("/api/stats").json();
        long nodes = 0;
        for (JsonNode row : stats.get("nodes")) {
            nodes += row.get("nodes").asLong();
        }
        long rels = 0;
        for (JsonNode row : stats.get("relationships")) {
            rels += row.get("relationships").asLong();
        }
        GraphBundle bundle = GraphBundle.read("classpath:import/graph/");
        assertThat(stats.get("nodes")).hasSize(GraphModel.Label.values().length);
        assertThat(stats.get("relationships")).hasSize(GraphModel.RelType.values().length);
        assertThat(nodes).isEqualTo(bundle.nodeCount());
        assertThat(rels).isEqualTo(bundle.relationshipCount());
        JsonNode provenance = stats.get("provenance").get(0);
        assertThat(provenance.get("percentWithOffsets").asDouble()).isEqualTo(100.0);
        assertThat(provenance.get("textFacts").asLong()).isEqualTo(provenance.get("withOffsets").asLong()).isPositive();
        assertThat(provenance.get("inferredFacts").asLong()).isEqualTo(6);
    }
}
