package org.seigraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.seigraph.support.SharedApp;

/**
 * Facts of the plan, asserted with Cypher over Bolt against the graph the app loaded at start-up: every
 * label and relationship type, lists in the text's order, numbers with unit and qualifier.
 */
class GraphFactsTest {

    private final Driver driver = SharedApp.driver();

    private List<Record> q(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).list();
        }
    }

    private List<String> names(String cypher, Map<String, Object> params) {
        return q(cypher, params).stream().map(r -> r.get(0).asString()).toList();
    }

    @Test
    void fiveSectorGroupsInOrderWithTheirDomains() {
        assertThat(names("MATCH (s:Sector) RETURN s.name ORDER BY s.rank", Map.of()))
                .containsExactly("高端装备与新材料", "信息技术", "生物产业", "绿色低碳", "数字文化创意");
        assertThat(names("MATCH (s:Sector)-[:IN_DOMAIN]->(d:Domain) RETURN d.name ORDER BY s.rank", Map.of()))
                .containsExactly("高端制造", "网络经济", "生物经济", "绿色低碳", "数字创意");
        assertThat(names("MATCH (d:Domain) RETURN d.name ORDER BY d.rank", Map.of()))
                .containsExactly("高端制造", "网络经济", "生物经济", "绿色低碳", "数字创意");
    }

    @Test
    void nineteenSubsectorsInOrderUnderTheirSectors() {
        List<String> bySector = names("MATCH (s:Sector)-[h:HAS_SUBSECTOR]->(sub:Subsector) "
                + "WITH s, sub ORDER BY s.rank, h.rank RETURN s.name + '/' + sub.name", Map.of());
        assertThat(bySector).containsExactly(
                "高端装备与新材料/智能制造", "高端装备与新材料/航空航天", "高端装备与新材料/轨道交通", "高端装备与新材料/海洋工程装备",
                "高端装备与新材料/新材料", "信息技术/信息技术核心产业", "信息技术/“互联网＋”产业", "信息技术/大数据产业",
                "生物产业/生物医药与健康", "生物产业/生物制造", "生物产业/生物资源开发", "生物产业/生物技术服务",
                "绿色低碳/新能源", "绿色低碳/节能环保", "绿色低碳/新能源汽车",
                "数字文化创意/数字创意技术装备", "数字文化创意/数字内容", "数字文化创意/创新设计", "数字文化创意/网络娱乐");
    }

    @Test
    void bureausOfMarineEngineeringEquipmentInTheOrderListed() {
        List<Record> rows = q("MATCH (b:Bureau)-[r:RESPONSIBLE_FOR]->(:Subsector {name: '海洋工程装备'}) "
                + "RETURN b.name AS name, r.rank AS rank, r.lead AS lead, r.listSize AS size, b.category AS cat ORDER BY r.rank", Map.of());
        assertThat(rows).extracting(r -> r.get("name").asString())
                .containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局", "市有关部门", "有关区人民政府");
        assertThat(rows).extracting(r -> r.get("lead").asBoolean()).containsExactly(true, false, false, false, false, false);
        // four named bureaus; the two placeholders are flagged and counted only in listSizeAll
        assertThat(rows).allSatisfy(r -> assertThat(r.get("size").asInt()).isEqualTo(4));
        assertThat(rows).extracting(r -> r.get("cat").asString())
                .containsExactly("municipal", "municipal", "municipal", "municipal", "generic", "generic");
    }

    @Test
    void internetPlusNamesFourteenBureausStartingWithDevelopmentAndReform() {
        List<String> named = names("MATCH (b:Bureau {category: 'municipal'})-[r:RESPONSIBLE_FOR]->(:Subsector {name: '“互联网＋”产业'}) "
                + "RETURN b.name ORDER BY r.rank", Map.of());
        assertThat(named).hasSize(14).startsWith("市发展改革委", "市科委", "市工业和信息化委", "市金融局").endsWith("市通信管理局");
    }

    @Test
    void militaryCivilAndIntellectualPropertyMeasuresNameExactlyOneBureau() {
        assertThat(names("MATCH (b:Bureau {category: 'municipal'})-[:RESPONSIBLE_FOR]->(:Measure {path: '七(七)'}) RETURN b.name", Map.of()))
                .containsExactly("市工业和信息化委");
        assertThat(names("MATCH (b:Bureau {category: 'municipal'})-[:RESPONSIBLE_FOR]->(:Measure {path: '七(八)'}) RETURN b.name", Map.of()))
                .containsExactly("市知识产权局");
        assertThat(names("MATCH (b:Bureau)-[:PARTICIPATES_IN]->(:Measure {path: '七(一)'}) RETURN b.name ORDER BY b.name", Map.of()))
                .containsExactlyInAnyOrder("市发展改革委", "市工业和信息化委", "市科委", "市财政局");
    }

    @Test
    void outputTargetsOfTheFiveSectorsWithQualifierAndUnit() {
        List<String> targets = names("MATCH (s:Sector)-[:HAS_TARGET]->(t:Target {targetKind: 'output'}) "
                + "RETURN s.name + ':' + t.value + t.unit + ':' + t.qualifier + ':' + t.approx + ':' + t.year ORDER BY s.rank", Map.of());
        assertThat(targets).containsExactly(
                "高端装备与新材料:9700.0亿元:达到:false:2020",
                "信息技术:7000.0亿元:超过:false:2020",
                "生物产业:2200.0亿元:超过:false:2020",
                "绿色低碳:1000.0亿元:超:false:2020",
                "数字文化创意:500.0亿元:左右:true:2020");
    }

    @Test
    void documentLevelTargetsOfChapterTwoAndTheResearchShareOfFourThree() {
        // the goals of 二 hang off the sections that state them
        List<String> doc = names("MATCH (s:Section)-[:HAS_TARGET]->(t:Target) WHERE s.path IN ['二(一)', '二(二)'] "
                + "RETURN s.path + ':' + t.asWritten + '|' + t.qualifier + '|' + t.valueNormalized + t.unitNormalized ORDER BY t.start", Map.of());
        assertThat(doc).containsExactly("二(一):1.5万亿元|达到|15000.0亿元", "二(一):20%|达到|20.0%", "二(二):15%以上|以上|15.0%",
                "二(二):80%以上|以上|80.0%");
        assertThat(names("MATCH (:Measure {path: '四(三)'})-[:HAS_TARGET]->(t:Target) RETURN t.asWritten + '|' + t.metric", Map.of()))
                .containsExactly("1.3%|规模以上工业企业研发投入比重");
    }

    @Test
    void countedTargetsOfIntelligentManufacturingWithTheirNamedExamples() {
        List<String> rows = names("MATCH (:Subsector {name: '智能制造'})-[:HAS_TARGET]->(t:Target) "
                + "OPTIONAL MATCH (x:Technology)-[:EXAMPLE_OF]->(t) "
                + "RETURN t.asWritten + ' ' + t.metric + ' approx=' + t.approx + coalesce(' e.g. ' + x.name, '') ORDER BY t.start", Map.of());
        assertThat(rows).containsExactly(
                "10项左右 基础研究与前沿技术 approx=true e.g. 高精度和智能化制造系统",
                "20项左右 关键技术和产品 approx=true e.g. 数字化控制",
                "5家 智能工厂 approx=false",
                "100个 数字化车间 approx=false");
        assertThat(names("MATCH (:Subsector {name: '新材料'})-[:HAS_TARGET]->(t:Target {metric: '关键技术和产品'}) "
                + "RETURN t.asWritten + ' approx=' + t.approx", Map.of())).containsExactly("80项 approx=false");
    }

    @Test
    void regionalLayoutAreasWithTheirIndustriesInOrder() {
        assertThat(names("MATCH (:Area {name: '滨海新区'})-[f:FOCUSES_ON]->(i:Industry) RETURN i.name ORDER BY f.rank", Map.of()))
                .containsExactly("高端装备", "新一代信息技术", "节能与新能源汽车", "生物医药", "新能源", "节能环保", "电子商务");
        assertThat(names("MATCH (:Area {name: '市内六区'})-[f:FOCUSES_ON]->(i:Industry) RETURN i.name ORDER BY f.rank", Map.of()))
                .containsExactly("研发设计", "科技咨询", "科技金融");
        assertThat(names("MATCH (:Area {name: '环城四区'})-[f:FOCUSES_ON]->(i:Industry) RETURN i.name ORDER BY f.rank", Map.of()))
                .containsExactly("智能装备", "新材料", "软件和信息技术服务", "医疗器械");
        assertThat(names("MATCH (:Area {name: '远郊区域'})-[f:FOCUSES_ON]->(i:Industry) RETURN i.name ORDER BY f.rank", Map.of()))
                .containsExactly("高端装备", "生物技术", "健康产业", "新材料");
        assertThat(names("MATCH (:Area {name: '市内六区'})-[i:INCLUDES]->(d:District) RETURN d.name ORDER BY d.name", Map.of()))
                .hasSize(6).contains("和平区", "南开区");
        assertThat(q("MATCH (:Area)-[i:INCLUDES]->(:District) WHERE i.source IS NULL RETURN count(i)", Map.of()).get(0).get(0).asLong())
                .as("district membership is curated, never presented as text").isZero();
    }

    @Test
    void theOnePlusSixteenSystemAndItsSixNamedMembers() {
        assertThat(names("MATCH (p:Park)-[m:MEMBER_OF]->(:CooperationSystem {name: '“1＋16”承接体系'}) RETURN p.name ORDER BY m.rank", Map.of()))
                .containsExactly("滨海中关村科技园", "国家大学创新园区", "蓟州京津州河科技产业园", "宝坻京津中关村科技城",
                        "未来科技城京津合作示范区", "津冀协同发展示范区");
        assertThat(names("MATCH (p:Park)-[:MEMBER_OF]->(:CooperationSystem {name: '中欧高端产业领航区'}) RETURN p.name ORDER BY p.name", Map.of()))
                .containsExactlyInAnyOrder("滨海新区中欧先进制造产业园", "武清中欧产业园");
    }

    @Test
    void technologiesParksPlatformsAndProjects() {
        assertThat(names("MATCH (:Subsector {name: '新材料'})-[d:DEVELOPS {verb: '研发'}]->(t:Technology) RETURN t.name ORDER BY d.rank", Map.of()))
                .startsWith("石墨烯", "碳材料", "特种光纤", "3D打印");
        assertThat(names("MATCH (:Subsector {name: '海洋工程装备'})-[b:BUILDS]->(p:Park) RETURN p.name ORDER BY b.rank", Map.of()))
                .containsExactly("临港经济区", "滨海高新区塘沽海洋科技园", "东疆保税港区");
        assertThat(names("MATCH (p:Platform) RETURN p.name ORDER BY p.name", Map.of()))
                .contains("滨海光热发电研发中心", "重离子医学诊疗研究中心", "先进制造产业技术研究院");
        List<String> actions = names("MATCH (:Subsector {name: '“互联网＋”产业'})-[h:HAS_PROJECT]->(p:Project {category: 'action'}) "
                + "RETURN p.name ORDER BY h.rank", Map.of());
        assertThat(actions).hasSize(14).startsWith("“互联网＋”创业创新", "“互联网＋”先进制造").endsWith("“互联网＋”政务服务");
        assertThat(names("MATCH (:Subsector {name: '生物医药与健康'})-[:HAS_PROJECT]->(p:Project {category: 'specialProgramme'}) "
                + "RETURN p.name ORDER BY p.start", Map.of())).containsExactly("新药创制", "精准医疗", "干细胞转化", "互联网医疗");
        assertThat(names("MATCH (t:Technology) WHERE '3D打印装备' IN t.aliases RETURN t.name", Map.of()))
                .containsExactly("增材制造（3D打印）装备");
    }

    @Test
    void documentsCitedStrategiesLocationsAndMappings() {
        assertThat(names("MATCH (:Document {id: 'document:tianjin-sei-13fyp'})-[r:IMPLEMENTS|BASED_ON|ALIGNS_WITH]->(d:Document) "
                + "RETURN type(r) + ' ' + coalesce(d.number, d.name) ORDER BY type(r)", Map.of()))
                .containsExactly("ALIGNS_WITH 中国制造2025", "BASED_ON 津政发〔2016〕2号", "IMPLEMENTS 国发〔2016〕67号");
        assertThat(names("MATCH (s:Strategy) RETURN s.name", Map.of())).contains("京津冀协同发展", "“一带一路”");
        assertThat(q("MATCH ()-[r:SUPPORTS]->(:Strategy) RETURN count(r)", Map.of()).get(0).get(0).asLong()).isPositive();
        assertThat(names("MATCH (:Park {name: '滨海新区中欧先进制造产业园'})-[l:LOCATED_IN]->(x) RETURN x.name + '|' + coalesce(l.source, 'text')", Map.of()))
                .contains("滨海新区|text");
        assertThat(names("MATCH (:Industry {name: '节能与新能源汽车'})-[m:MAPS_TO]->(s:Subsector) RETURN s.name + '|' + m.source", Map.of()))
                .containsExactly("新能源汽车|curated");
        assertThat(q("MATCH (p:Park)-[:HOSTS]->(x) RETURN count(*)", Map.of()).get(0).get(0).asLong()).isPositive();
        assertThat(q("MATCH (:Section {path: '三'})-[:HAS_SECTION]->(c:Section) RETURN count(c)", Map.of()).get(0).get(0).asLong())
                .isEqualTo(5);
        assertThat(q("MATCH (:Section {path: '三(一)'})-[:MENTIONS]->(:Subsector {name: '海洋工程装备'}) RETURN count(*)", Map.of())
                .get(0).get(0).asLong()).isPositive();
    }

    @Test
    void everyLabelAndRelationshipTypeOfTheModelIsPresent() {
        List<String> labels = names("MATCH (n:Entity) UNWIND labels(n) AS l WITH DISTINCT l WHERE l <> 'Entity' RETURN l", Map.of());
        assertThat(labels).containsExactlyInAnyOrderElementsOf(GraphModel.LABEL_NAMES);
        List<String> types = names("MATCH ()-[r]->() RETURN DISTINCT type(r)", Map.of());
        assertThat(types).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(GraphModel.RelType.values()).map(Enum::name).toList());
    }

    @Test
    void placeholdersAreFlaggedAndNeverLead() {
        assertThat(names("MATCH (b:Bureau {placeholder: true}) RETURN b.name ORDER BY b.name", Map.of()))
                .containsExactly("市有关部门", "有关区人民政府");
        assertThat(q("MATCH (b:Bureau {placeholder: true})-[r:RESPONSIBLE_FOR]->() WHERE r.lead OR NOT r.placeholder RETURN count(r)", Map.of())
                .get(0).get(0).asLong()).isZero();
        assertThat(q("MATCH ()-[r:RESPONSIBLE_FOR]->(:Measure {path: '五(一)'}) WHERE r.lead RETURN count(r)", Map.of())
                .get(0).get(0).asLong()).isZero();
    }

    @Test
    void instrumentsApplicationsFieldListsAndRolesAreInTheGraph() {
        assertThat(names("MATCH (:Measure {path: '七(四)'})-[u:USES_INSTRUMENT]->(i:Instrument) RETURN i.name ORDER BY u.end, u.rank", Map.of()))
                .startsWith("研发费用加计扣除", "战略性新兴产业企业股权激励个人所得税", "创业投资");
        assertThat(names("MATCH (:Technology {name: '大数据'})-[:APPLIES_IN]->(f) RETURN f.name ORDER BY f.name", Map.of()))
                .contains("数字文化创意", "工业");
        assertThat(names("MATCH (:Measure {path: '七(七)'})-[c:COVERS]->(f) RETURN f.name ORDER BY c.rank", Map.of()))
                .containsExactly("航空航天", "网络空间", "核电装备", "海洋");
        assertThat(names("MATCH (:Measure {path: '五(一)'})-[r:ASSIGNS_ROLE]->(a:Area) RETURN a.name + ':' + r.role ORDER BY r.rank", Map.of()))
                .startsWith("滨海新区:重大制造和研发产业集聚区", "市内六区:高技术服务集聚区");
        assertThat(names("MATCH ()-[r]->() WHERE r.derivation = 'inferred' RETURN type(r) ORDER BY type(r)", Map.of()))
                .containsExactly("HOSTS", "IN_DOMAIN", "IN_DOMAIN", "LOCATED_IN", "MEMBER_OF", "MEMBER_OF");
    }

    @Test
    void everyTextFactsEvidenceSpanContainsWhatItClaims() {
        // nodes: the span names the node (or an alias); relationships: the span lies in the document
        List<Record> bad = q("MATCH (d:Document {id: 'document:tianjin-sei-13fyp'}) MATCH (n:Entity) "
                + "WHERE n.doc = d.id AND n.derivation = 'text' AND NOT n:Section "
                + "WITH n, substring(d.text, n.start, n.end - n.start) AS span "
                + "WHERE NOT (span CONTAINS n.name OR any(a IN coalesce(n.aliases, []) WHERE span CONTAINS a)) "
                + "RETURN n.id, span", Map.of());
        assertThat(bad).isEmpty();
        assertThat(q("MATCH (n:Entity) WHERE n.source IS NULL AND (n.start IS NULL OR n.section IS NULL) RETURN count(n)", Map.of())
                .get(0).get(0).asLong()).isZero();
        assertThat(q("MATCH ()-[r]->() WHERE r.source IS NULL AND (r.start IS NULL OR r.end <= r.start) RETURN count(r)", Map.of())
                .get(0).get(0).asLong()).isZero();
    }
}
