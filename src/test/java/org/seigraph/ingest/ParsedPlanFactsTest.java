package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts of the plan, asserted on the parsed (and curated) records. */
class ParsedPlanFactsTest {

    static GraphRecords g;
    static String text;
    static final String DOC = "document:tianjin-sei-13fyp";

    @BeforeAll
    static void build() throws IOException {
        GraphBuild.Result r = GraphBuild.build(Path.of("import"));
        g = r.records();
        text = r.plans().get(0).text();
    }

    /** In the order stated: by the end of the statement's evidence, then by rank within a list. */
    static List<RelRecord> ranked(String type, String fromId) {
        return g.relsFrom(type, fromId).stream()
                .sorted(Comparator.comparing((RelRecord r) -> r.evidence().end()).thenComparing(r -> (Integer) r.prop("rank"))).toList();
    }

    static List<String> rankedNames(String type, String fromId) {
        return ranked(type, fromId).stream().map(r -> g.get(r.to()).name()).toList();
    }

    static List<String> bureausOf(String subjectId) {
        return g.relsTo("RESPONSIBLE_FOR", subjectId).stream()
                .sorted(Comparator.comparing((RelRecord r) -> (Integer) r.prop("rank")))
                .map(r -> g.get(r.from()).name()).toList();
    }

    static NodeRecord target(String id) {
        return g.require("target:" + id);
    }

    static String span(Evidence e) {
        return text.substring(e.start(), e.end());
    }

    @Test
    void fiveDomainsInOrder() {
        assertThat(g.nodes("Domain").stream().sorted(Comparator.comparing(n -> (Integer) n.prop("rank"))).map(NodeRecord::name))
                .containsExactly("高端制造", "网络经济", "生物经济", "绿色低碳", "数字创意");
    }

    @Test
    void fiveSectorsWithTheirDomainsAndOutputTargets() {
        assertThat(g.nodes("Sector").stream().sorted(Comparator.comparing(n -> (Integer) n.prop("rank"))).map(NodeRecord::name))
                .containsExactly("高端装备与新材料", "信息技术", "生物产业", "绿色低碳", "数字文化创意");
        assertThat(g.rels("IN_DOMAIN")).extracting(RelRecord::from, RelRecord::to).containsExactlyInAnyOrder(
                tuple("sector:高端装备与新材料", "domain:高端制造"), tuple("sector:信息技术", "domain:网络经济"),
                tuple("sector:生物产业", "domain:生物经济"), tuple("sector:绿色低碳", "domain:绿色低碳"),
                tuple("sector:数字文化创意", "domain:数字创意"));
        record Out(String sector, double value, String unit, String qualifier, boolean approx, String asWritten) {}
        List<Out> expected = List.of(
                new Out("高端装备与新材料", 9700, "亿元", "达到", false, "9700亿元"),
                new Out("信息技术", 7000, "亿元", "超过", false, "7000亿元"),
                new Out("生物产业", 2200, "亿元", "超过", false, "2200亿元"),
                new Out("绿色低碳", 1000, "亿元", "超", false, "千亿元"),
                new Out("数字文化创意", 500, "亿元", "左右", true, "500亿元左右"));
        for (Out o : expected) {
            List<NodeRecord> targets = g.relsFrom("HAS_TARGET", "sector:" + o.sector()).stream().map(r -> g.get(r.to())).toList();
            assertThat(targets).as(o.sector()).hasSize(1);
            NodeRecord t = targets.get(0);
            assertThat(t.prop("value")).isEqualTo(o.value());
            assertThat(t.prop("unit")).isEqualTo(o.unit());
            assertThat(t.prop("qualifier")).isEqualTo(o.qualifier());
            assertThat(t.prop("approx")).isEqualTo(o.approx());
            assertThat(t.prop("asWritten")).isEqualTo(o.asWritten());
            assertThat(t.prop("year")).isEqualTo(2020);
            assertThat(t.prop("targetKind")).isEqualTo("output");
        }
    }

    @Test
    void nineteenSubsectorsInOrderUnderTheirSectors() {
        assertThat(rankedNames("HAS_SUBSECTOR", "sector:高端装备与新材料")).containsExactly("智能制造", "航空航天", "轨道交通", "海洋工程装备", "新材料");
        assertThat(rankedNames("HAS_SUBSECTOR", "sector:信息技术")).containsExactly("信息技术核心产业", "“互联网＋”产业", "大数据产业");
        assertThat(rankedNames("HAS_SUBSECTOR", "sector:生物产业")).containsExactly("生物医药与健康", "生物制造", "生物资源开发", "生物技术服务");
        assertThat(rankedNames("HAS_SUBSECTOR", "sector:绿色低碳")).containsExactly("新能源", "节能环保", "新能源汽车");
        assertThat(rankedNames("HAS_SUBSECTOR", "sector:数字文化创意")).containsExactly("数字创意技术装备", "数字内容", "创新设计", "网络娱乐");
        assertThat(g.nodes("Subsector")).hasSize(19);
    }

    @Test
    void bureausOfMarineEngineeringEquipmentInOrderWithListSize() {
        assertThat(bureausOf("subsector:海洋工程装备"))
                .containsExactly("市工业和信息化委", "市科委", "市发展改革委", "市海洋局", "市有关部门", "有关区人民政府");
        List<RelRecord> rels = g.relsTo("RESPONSIBLE_FOR", "subsector:海洋工程装备");
        // the list names four bureaus; 市有关部门 and 有关区人民政府 are placeholders, counted only in listSizeAll
        assertThat(rels).allSatisfy(r -> assertThat(r.prop("listSize")).isEqualTo(4));
        assertThat(rels).allSatisfy(r -> assertThat(r.prop("listSizeAll")).isEqualTo(6));
        assertThat(rels.stream().filter(r -> (Boolean) r.prop("placeholder")).map(RelRecord::from))
                .containsExactly("bureau:市有关部门", "bureau:有关区人民政府");
        assertThat(rels.stream().filter(r -> (Boolean) r.prop("lead")).map(r -> r.from())).containsExactly("bureau:市工业和信息化委");
        assertThat(span(rels.get(0).evidence())).startsWith("（市工业和信息化委").endsWith("按职责分工负责）");
        assertThat(g.require("bureau:市有关部门").prop("category")).isEqualTo("generic");
        assertThat(g.require("bureau:有关区人民政府").prop("category")).isEqualTo("generic");
        assertThat(g.require("bureau:市海洋局").prop("category")).isEqualTo("municipal");
        assertThat(g.require("bureau:市有关部门").prop("placeholder")).isEqualTo(true);
        assertThat(g.require("bureau:市海洋局").prop("placeholder")).isEqualTo(false);
    }

    @Test
    void aPlaceholderNeverLeads() {
        // （市有关部门和有关区人民政府按职责分工负责）: the text names no bureau for 五(一) and 七(一)
        for (String measure : List.of("measure:五(一)", "measure:七(一)")) {
            List<RelRecord> rels = g.relsTo("RESPONSIBLE_FOR", measure);
            assertThat(rels).as(measure).hasSize(2).allSatisfy(r -> {
                assertThat(r.prop("lead")).isEqualTo(false);
                assertThat(r.prop("placeholder")).isEqualTo(true);
                assertThat(r.prop("listSize")).isEqualTo(0);
            });
        }
        assertThat(g.rels("RESPONSIBLE_FOR")).filteredOn(r -> (Boolean) r.prop("lead"))
                .allSatisfy(r -> assertThat(g.get(r.from()).prop("placeholder")).isEqualTo(false));
    }

    @Test
    void internetPlusHasFourteenNamedBureausInOrder() {
        List<String> b = bureausOf("subsector:“互联网＋”产业");
        List<String> named = b.stream().filter(n -> g.require("bureau:" + n).prop("category").equals("municipal")).toList();
        assertThat(named).hasSize(14).startsWith("市发展改革委", "市科委", "市工业和信息化委", "市金融局").endsWith("市通信管理局");
        assertThat(b).endsWith("市有关部门", "有关区人民政府").hasSize(16);
        assertThat(g.relsTo("RESPONSIBLE_FOR", "subsector:“互联网＋”产业"))
                .allSatisfy(r -> assertThat(r.prop("listSize")).isEqualTo(14));
    }

    @Test
    void measuresSevenSevenAndSevenEightEachNameOneBureau() {
        assertThat(bureausOf("measure:七(七)")).containsExactly("市工业和信息化委", "市有关部门", "有关区人民政府");
        assertThat(bureausOf("measure:七(八)")).containsExactly("市知识产权局", "市有关部门", "有关区人民政府");
        assertThat(bureausOf("measure:五(一)")).containsExactly("市有关部门", "有关区人民政府");
        assertThat(g.require("measure:七(八)").name()).isEqualTo("保护知识产权");
        assertThat(g.require("measure:七(八)").prop("path")).isEqualTo("七(八)");
        assertThat(g.nodes("Measure")).hasSize(16);
    }

    @Test
    void participantsOfSevenOneInOrder() {
        assertThat(g.relsTo("PARTICIPATES_IN", "measure:七(一)").stream()
                .sorted(Comparator.comparing((RelRecord r) -> (Integer) r.prop("rank"))).map(r -> g.get(r.from()).name()))
                .containsExactly("市发展改革委", "市工业和信息化委", "市科委", "市财政局");
    }

    @Test
    void fourteenInternetPlusActionsInOrder() {
        List<RelRecord> actions = ranked("HAS_PROJECT", "subsector:“互联网＋”产业").stream()
                .filter(r -> "action".equals(g.get(r.to()).prop("category"))).toList();
        assertThat(actions).hasSize(14).allSatisfy(r -> assertThat(g.get(r.to()).prop("category")).isEqualTo("action"));
        assertThat(actions.stream().map(r -> g.get(r.to()).name())).containsExactly(
                "“互联网＋”创业创新", "“互联网＋”先进制造", "“互联网＋”普惠金融", "“互联网＋”高效物流", "“互联网＋”现代农业",
                "“互联网＋”电子商务", "“互联网＋”健康医疗", "“互联网＋”教育服务", "“互联网＋”社会保障", "“互联网＋”职业培训服务",
                "“互联网＋”便捷交通", "“互联网＋”公共安全", "“互联网＋”环境保护", "“互联网＋”政务服务");
        assertThat(g.require("project:“互联网＋”政务服务").aliases()).containsExactly("政务服务");
    }

    @Test
    void projectsOfOtherKinds() {
        assertThat(rankedNames("HAS_PROJECT", "subsector:生物医药与健康")).containsExactly("新药创制", "精准医疗", "干细胞转化", "互联网医疗");
        assertThat(g.require("project:新药创制").prop("category")).isEqualTo("specialProgramme");
        assertThat(rankedNames("HAS_PROJECT", "subsector:节能环保")).containsExactly("余热余压利用", "电机能效提升", "能量系统优化", "锅炉节能改造",
                "节能信息化建设", "生态环境监测网络");
        assertThat(g.require("project:生态环境监测网络").prop("category")).isEqualTo("infrastructure");
        assertThat(g.require("project:余热余压利用").prop("category")).isEqualTo("engineering");
        assertThat(rankedNames("HAS_PROJECT", "measure:七(五)")).containsExactly("智慧城市", "新型健康技术惠民", "智能电网", "城市能源互联网");
        assertThat(rankedNames("HAS_PROJECT", "subsector:信息技术核心产业")).contains("百亿亿次超级计算机", "8-12英寸集成电路生产线");
        assertThat(g.require("project:“双万双服”活动").prop("category")).isEqualTo("campaign");
        assertThat(g.require("project:中小企业创新转型行动计划").prop("category")).isEqualTo("programme");
        assertThat(g.nodes("Project")).noneMatch(p -> p.name().startsWith("重大") || p.name().startsWith("一批"));
    }

    @Test
    void regionalLayoutFocusesInOrder() {
        assertThat(rankedNames("FOCUSES_ON", "area:滨海新区"))
                .containsExactly("高端装备", "新一代信息技术", "节能与新能源汽车", "生物医药", "新能源", "节能环保", "电子商务");
        assertThat(rankedNames("FOCUSES_ON", "area:市内六区")).containsExactly("研发设计", "科技咨询", "科技金融");
        assertThat(rankedNames("FOCUSES_ON", "area:环城四区")).containsExactly("智能装备", "新材料", "软件和信息技术服务", "医疗器械");
        assertThat(rankedNames("FOCUSES_ON", "area:远郊区域")).containsExactly("高端装备", "生物技术", "健康产业", "新材料");
    }

    @Test
    void curatedDistrictsAndMappings() {
        assertThat(g.relsFrom("INCLUDES", "area:市内六区").stream().map(r -> g.get(r.to()).name()))
                .containsExactlyInAnyOrder("和平区", "河东区", "河西区", "南开区", "河北区", "红桥区");
        assertThat(g.relsFrom("INCLUDES", "area:环城四区")).hasSize(4);
        assertThat(g.relsFrom("INCLUDES", "area:远郊区域")).hasSize(5);
        assertThat(g.relsFrom("INCLUDES", "area:滨海新区").stream().map(RelRecord::to)).containsExactly("district:滨海新区");
        assertThat(g.rels("INCLUDES")).allSatisfy(r -> assertThat(r.evidence().source()).isEqualTo("curated"));
        assertThat(g.relsFrom("MAPS_TO", "industry:高端装备").stream().map(r -> g.get(r.to()).name()))
                .containsExactlyInAnyOrder("智能制造", "航空航天", "轨道交通", "海洋工程装备");
        assertThat(g.relsFrom("MAPS_TO", "industry:医疗器械").stream().map(RelRecord::to)).containsExactly("subsector:生物医药与健康");
        assertThat(g.get("district:宝坻区").evidence().fromText()).isFalse();
        assertThat(g.relsFrom("LOCATED_IN", "park:武清中欧产业园").stream().map(RelRecord::to)).containsExactly("district:武清区");
        // from the text: the name says where it is
        RelRecord inName = g.relsFrom("LOCATED_IN", "park:滨海新区中欧先进制造产业园").stream()
                .filter(r -> r.to().equals("area:滨海新区")).findFirst().orElseThrow();
        assertThat(span(inName.evidence())).isEqualTo("滨海新区中欧先进制造产业园");
    }

    @Test
    void theOnePlusSixteenSystemAndTheChinaEuZone() {
        assertThat(ranked("MEMBER_OF", "park:滨海中关村科技园")).hasSize(1);
        assertThat(g.relsTo("MEMBER_OF", "cooperationsystem:“1＋16”承接体系").stream()
                .sorted(Comparator.comparing((RelRecord r) -> (Integer) r.prop("rank"))).map(r -> g.get(r.from()).name()))
                .containsExactly("滨海中关村科技园", "国家大学创新园区", "蓟州京津州河科技产业园", "宝坻京津中关村科技城",
                        "未来科技城京津合作示范区", "津冀协同发展示范区");
        assertThat(g.relsTo("MEMBER_OF", "cooperationsystem:中欧高端产业领航区").stream().map(RelRecord::from))
                .containsExactlyInAnyOrder("park:滨海新区中欧先进制造产业园", "park:武清中欧产业园");
        assertThat(g.relsFrom("HOSTS", "park:武清中欧产业园").stream().map(RelRecord::to)).containsExactly("industry:先进制造");
    }

    @Test
    void intelligentManufacturingTargetsAndExamples() {
        NodeRecord basic = target("智能制造/10项左右基础研究与前沿技术");
        assertThat(basic.prop("value")).isEqualTo(10.0);
        assertThat(basic.prop("unit")).isEqualTo("项");
        assertThat(basic.prop("qualifier")).isEqualTo("左右");
        assertThat(basic.prop("approx")).isEqualTo(true);
        assertThat(basic.prop("asWritten")).isEqualTo("10项左右");
        assertThat(basic.prop("metric")).isEqualTo("基础研究与前沿技术");
        assertThat(g.relsTo("EXAMPLE_OF", basic.id()).stream().map(RelRecord::from)).containsExactly("technology:高精度和智能化制造系统");
        NodeRecord key = target("智能制造/20项左右关键技术和产品");
        assertThat(g.relsTo("EXAMPLE_OF", key.id()).stream().map(RelRecord::from)).containsExactly("technology:数字化控制");
        assertThat(target("智能制造/5家智能工厂").prop("value")).isEqualTo(5.0);
        assertThat(target("智能制造/5家智能工厂").prop("unit")).isEqualTo("家");
        assertThat(target("智能制造/100个数字化车间").prop("metric")).isEqualTo("数字化车间");
        assertThat(g.relsFrom("HAS_TARGET", "subsector:智能制造")).hasSize(4);
        // the governing verb of the examples is 突破 (carried over 以及)
        assertThat(g.relById(RelRecord.idOf("DEVELOPS", "subsector:智能制造", "technology:数字化控制")).prop("verb"))
                .isEqualTo("突破");
    }

    @Test
    void newMaterialsEightyKeyTechnologiesIsNotApproximate() {
        NodeRecord t = target("新材料/80项关键技术和产品");
        assertThat(t.prop("approx")).isEqualTo(false);
        assertThat(t.prop("qualifier")).isNull();
        assertThat(t.prop("asWritten")).isEqualTo("80项");
        assertThat(target("新材料/20项左右基础研究与前沿技术").prop("approx")).isEqualTo(true);
    }

    @Test
    void theGoalsOfChapterTwoHangOffTheirSectionsAndTheRdRatio() {
        // 二(一) and 二(二) state these goals (the document itself states none)
        assertThat(g.relsFrom("HAS_TARGET", DOC)).isEmpty();
        List<NodeRecord> goals = new java.util.ArrayList<>();
        for (String section : List.of("section:二(一)", "section:二(二)")) {
            g.relsFrom("HAS_TARGET", section).stream().map(r -> g.get(r.to())).forEach(goals::add);
        }
        assertThat(goals).extracting(n -> n.prop("asWritten"), n -> n.prop("qualifier"), n -> n.prop("targetKind"))
                .containsExactly(tuple("1.5万亿元", "达到", "output"), tuple("20%", "达到", "share"),
                        tuple("15%以上", "以上", "growth"), tuple("80%以上", "以上", "share"));
        assertThat(goals.get(0).prop("value")).isEqualTo(1.5);
        assertThat(goals.get(0).prop("unit")).isEqualTo("万亿元");
        assertThat(goals.get(0).prop("valueNormalized")).isEqualTo(15000.0);
        assertThat(goals.get(0).prop("unitNormalized")).isEqualTo("亿元");
        assertThat(goals.get(2).prop("qualifiers")).isEqualTo(List.of("达到", "以上"));
        assertThat(goals).allSatisfy(t -> {
            assertThat(t.prop("year")).isEqualTo(2020);
            assertThat(t.prop("yearSource")).isEqualTo("text");
        });
        NodeRecord rd = target("四(三)/规模以上工业企业研发投入比重达到1.3%");
        assertThat(rd.prop("value")).isEqualTo(1.3);
        assertThat(rd.prop("unit")).isEqualTo("%");
        assertThat(rd.prop("year")).isEqualTo(2020);
        assertThat(g.relsTo("HAS_TARGET", rd.id()).stream().map(RelRecord::from)).containsExactly("measure:四(三)");
        assertThat(target("四(二)/100个市级产业技术创新联盟").prop("value")).isEqualTo(100.0);
        // no 到…年 in 四(二): the year is the end of the plan period (“十三五”)
        assertThat(target("四(二)/100个市级产业技术创新联盟").prop("year")).isEqualTo(2020);
        assertThat(target("四(二)/100个市级产业技术创新联盟").prop("yearSource")).isEqualTo("plan");
    }

    @Test
    void outputTargetsCompareInOneUnitAndKeepEveryQualifier() {
        NodeRecord digital = target("数字文化创意/产业产值规模达到500亿元左右");
        assertThat(digital.prop("qualifiers")).isEqualTo(List.of("达到", "左右"));
        assertThat(digital.prop("qualifier")).isEqualTo("左右");
        assertThat(target("绿色低碳/产值规模超千亿元").prop("valueNormalized")).isEqualTo(1000.0);
        assertThat(target("高端装备与新材料/产业产值规模达到9700亿元").prop("valueNormalized")).isEqualTo(9700.0);
        NodeRecord actions = target("“互联网＋”产业/14个重点行动");
        assertThat(actions.prop("value")).isEqualTo(14.0);
        assertThat(g.relsTo("EXAMPLE_OF", actions.id())).hasSize(14);
    }

    @Test
    void policyInstrumentsOfTheMeasures() {
        assertThat(rankedNames("USES_INSTRUMENT", "measure:七(四)")).containsExactly("研发费用加计扣除",
                "战略性新兴产业企业股权激励个人所得税", "创业投资", "全国中小企业股份转让系统", "事业单位科研人员在职创业和离岗创业有关政策");
        assertThat(g.require("instrument:研发费用加计扣除").prop("category")).isEqualTo("taxIncentive");
        // funds are named by their purpose: 高新技术产业化、…等专项资金
        assertThat(rankedNames("USES_INSTRUMENT", "measure:七(三)")).startsWith("高新技术产业化专项资金", "科技型中小企业发展专项资金",
                "工业企业发展专项资金", "工业企业技术改造专项资金", "政府和社会资本合作（PPP）");
        assertThat(g.require("instrument:高新技术产业化专项资金").aliases()).containsExactly("高新技术产业化");
        assertThat(g.require("instrument:政府和社会资本合作（PPP）").aliases()).contains("PPP", "政府和社会资本合作");
        assertThat(rankedNames("USES_INSTRUMENT", "measure:七(五)")).containsExactly("标准体系", "市场准入制度",
                "商事登记制度改革", "药品上市许可持有人制度试点");
        assertThat(rankedNames("USES_INSTRUMENT", "measure:七(一)")).containsExactly("战略性新兴产业发展协调工作机制", "清单管理");
        // a strategy invoked by a measure stays a strategy
        assertThat(g.get("instrument:供给侧结构性改革")).isNull();
    }

    @Test
    void applicationIsNotDevelopment() {
        RelRecord bigData = g.relById(RelRecord.idOf("DEVELOPS", "subsector:数字创意技术装备", "technology:大数据"));
        assertThat(bigData.prop("mode")).isEqualTo("apply");
        assertThat(g.relById(RelRecord.idOf("APPLIES_IN", "technology:大数据", "sector:数字文化创意"))).isNotNull();
        assertThat(rankedNames("APPLIES_IN", "technology:增材制造（3D打印）装备")).containsExactly("航空航天", "医疗器械", "交通设备", "个性化制造");
        assertThat(g.relsFrom("APPLIES_IN", "technology:增材制造（3D打印）装备").stream().map(RelRecord::to))
                .contains("industry:航空航天", "industry:医疗器械", "field:交通设备");
        assertThat(rankedNames("APPLIES_IN", "subsector:新能源汽车")).containsExactly("公交车", "出租车", "环卫车", "公务用车");
        assertThat(g.relById(RelRecord.idOf("DEVELOPS", "subsector:生物技术服务", "technology:电子处方")).prop("mode")).isEqualTo("explore");
        assertThat(g.relById(RelRecord.idOf("DEVELOPS", "subsector:新材料", "technology:石墨烯")).prop("mode")).isEqualTo("develop");
    }

    @Test
    void fieldListsInOrderFromTheirSectionsAndMeasures() {
        assertThat(rankedNames("COVERS", "section:二(一)")).containsExactly("高端装备", "新一代信息技术", "航空航天", "生物医药与健康", "新能源", "新材料");
        assertThat(g.relsFrom("COVERS", "section:二(一)")).allSatisfy(r -> assertThat(r.prop("role")).isEqualTo("高端产业链和集群"));
        assertThat(rankedNames("COVERS", "measure:五(三)")).containsExactly("智能制造", "大数据", "航空航天", "新能源汽车",
                "生物医药及高性能医疗器械", "节能环保");
        // 六(二) names domains, an industry and a sector: each resolves to the node of that name
        assertThat(g.relsFrom("COVERS", "measure:六(二)").stream().sorted(Comparator.comparing(r -> (Integer) r.prop("rank"))).map(RelRecord::to))
                .containsExactly("industry:新一代信息技术", "domain:高端制造", "domain:生物经济", "domain:绿色低碳", "sector:数字文化创意");
        assertThat(rankedNames("COVERS", "measure:七(七)")).containsExactly("航空航天", "网络空间", "核电装备", "海洋");
    }

    @Test
    void layoutAreasHaveTheirRoles() {
        assertThat(g.relsFrom("ASSIGNS_ROLE", "measure:五(一)").stream().sorted(Comparator.comparing(r -> (Integer) r.prop("rank")))
                .map(r -> g.get(r.to()).name() + ":" + r.prop("role")))
                .containsExactly("滨海新区:重大制造和研发产业集聚区", "市内六区:高技术服务集聚区", "环城四区:重点产业园区和特色基地", "远郊区域:特色产业");
    }

    @Test
    void zonesProgrammesAndTiesThatWereMissing() {
        assertThat(g.relById(RelRecord.idOf("LEVERAGES", "measure:六(二)", "park:自由贸易试验区"))).isNotNull();
        assertThat(g.relById(RelRecord.idOf("BUILDS", "measure:五(二)", "park:全面创新改革试验区"))).isNotNull();
        assertThat(g.relById(RelRecord.idOf("LEVERAGES", "measure:五(一)", "park:天津国家自主创新示范区"))).isNotNull();
        assertThat(g.relById(RelRecord.idOf("HAS_PROJECT", "section:四", "project:创新能力提升工程"))).isNotNull();
        RelRecord city = g.relById(RelRecord.idOf("HOSTS", "park:航空航天科技产业城", "subsector:航空航天"));
        assertThat(city.evidence().derivation()).isEqualTo("inferred");
        RelRecord base = g.relById(RelRecord.idOf("LOCATED_IN", "park:资源综合利用国家新型工业化产业示范基地", "park:天津子牙循环经济产业区"));
        assertThat(base.evidence().derivation()).isEqualTo("inferred");
    }

    @Test
    void inferredLinksSayHowTheyWereRead() {
        assertThat(g.relById(RelRecord.idOf("IN_DOMAIN", "sector:高端装备与新材料", "domain:高端制造")).evidence().derivation()).isEqualTo("inferred");
        assertThat(g.relById(RelRecord.idOf("IN_DOMAIN", "sector:信息技术", "domain:网络经济")).evidence().derivation()).isEqualTo("text");
        assertThat(g.relsTo("MEMBER_OF", "cooperationsystem:中欧高端产业领航区"))
                .allSatisfy(r -> assertThat(r.evidence().derivation()).isEqualTo("inferred"));
        assertThat(g.relsTo("MEMBER_OF", "cooperationsystem:“1＋16”承接体系"))
                .allSatisfy(r -> assertThat(r.evidence().derivation()).isEqualTo("text"));
        assertThat(g.rels()).filteredOn(r -> r.evidence().derivation().equals("inferred"))
                .allSatisfy(r -> assertThat(r.evidence().source()).startsWith("inferred"));
    }

    @Test
    void technologiesWithVerbsCategoriesAndAliases() {
        RelRecord graphene = g.relById(RelRecord.idOf("DEVELOPS", "subsector:新材料", "technology:石墨烯"));
        assertThat(graphene.prop("verb")).isEqualTo("研发");
        assertThat(graphene.prop("rank")).isEqualTo(1);
        assertThat(g.require("technology:石墨烯").prop("category")).isEqualTo("material");
        assertThat(rankedNames("DEVELOPS", "subsector:智能制造")).startsWith("高档数控机床", "机器人", "大型智能工程机械",
                "输变电成套装备", "智能传感与控制装备", "增材制造（3D打印）装备");
        NodeRecord am = g.require("technology:增材制造（3D打印）装备");
        assertThat(am.aliases()).contains("3D打印装备");
        assertThat(am.prop("category")).isEqualTo("equipment");
        assertThat(g.require("technology:3D打印").prop("category")).isEqualTo("material");
        assertThat(g.relsTo("DEVELOPS", "technology:3D打印").stream().map(RelRecord::from)).containsExactly("subsector:新材料");
        // 3D打印装备 in 智能制造 resolves to the equipment node, not the material
        int at = text.indexOf("加快3D打印装备") + 2;
        assertThat(g.rels("MENTIONS")).anySatisfy(m -> {
            assertThat(m.evidence().start()).isEqualTo(at);
            assertThat(m.to()).isEqualTo(am.id());
        });
        assertThat(g.relById(RelRecord.idOf("DEVELOPS", "measure:七(七)", "technology:新一代核电专用设备")).prop("verb")).isEqualTo("支持");
        // 在 as a preposition marks an application statement, not a thing (在线演出 is a thing: online performances)
        assertThat(g.nodes("Technology")).noneMatch(t -> t.name().contains("一批") || t.name().matches(".*在(?![线职建]).*")
                || t.name().endsWith("企业"));
    }

    @Test
    void parksAndPlatforms() {
        assertThat(rankedNames("BUILDS", "subsector:海洋工程装备")).containsExactly("海洋科技创新平台", "临港经济区", "滨海高新区塘沽海洋科技园", "东疆保税港区");
        assertThat(g.require("platform:海洋科技创新平台").prop("category")).isEqualTo("servicePlatform");
        assertThat(g.relsFrom("HOSTS", "park:临港经济区").get(0).prop("role")).isEqualTo("海洋工程装备制造和服务集聚区");
        for (String p : List.of("滨海光热发电研发中心", "重离子医学诊疗研究中心", "先进制造产业技术研究院", "增材制造产业技术创新和应用中心")) {
            assertThat(g.get("platform:" + p)).as(p).isNotNull();
        }
        assertThat(g.require("platform:先进制造产业技术研究院").prop("category")).isEqualTo("institute");
        assertThat(g.require("park:中新天津生态城国家动漫产业园").prop("category")).isEqualTo("park");
        assertThat(g.require("park:天津子牙循环经济产业区").evidence().section()).isEqualTo("三(四)");
        Set<String> parkNames = g.nodes("Park").stream().map(NodeRecord::name).collect(Collectors.toSet());
        assertThat(parkNames).noneMatch(n -> n.startsWith("一批") || n.startsWith("若干") || n.contains("的") || n.startsWith("我国"));
        assertThat(g.require("park:天津国家自主创新示范区").aliases()).containsExactly("国家自主创新示范区");
    }

    @Test
    void citedDocumentsAndStrategies() {
        assertThat(g.rels("IMPLEMENTS")).extracting(RelRecord::from, RelRecord::to).containsExactly(tuple(DOC, "document:国发〔2016〕67号"));
        assertThat(g.rels("BASED_ON")).extracting(RelRecord::from, RelRecord::to).containsExactly(tuple(DOC, "document:津政发〔2016〕2号"));
        assertThat(g.rels("ALIGNS_WITH")).extracting(RelRecord::from, RelRecord::to).containsExactly(tuple(DOC, "document:中国制造2025"));
        assertThat(g.require("document:国发〔2016〕67号").name()).isEqualTo("国务院关于印发“十三五”国家战略性新兴产业发展规划的通知");
        assertThat(g.require("document:国发〔2016〕67号").prop("number")).isEqualTo("国发〔2016〕67号");
        NodeRecord plan = g.require(DOC);
        assertThat(plan.evidence().source()).isEqualTo("curated");
        assertThat(plan.prop("text")).isEqualTo(text);
        assertThat(g.nodes("Strategy").stream().map(NodeRecord::name))
                .contains("京津冀协同发展", "“一带一路”", "“宽带天津”", "供给侧结构性改革");
        assertThat(g.relById(RelRecord.idOf("SUPPORTS", "subsector:“互联网＋”产业", "strategy:“宽带天津”"))).isNotNull();
        assertThat(g.relById(RelRecord.idOf("SUPPORTS", "measure:六(二)", "strategy:“一带一路”"))).isNotNull();
        assertThat(g.relById(RelRecord.idOf("SUPPORTS", DOC, "strategy:京津冀协同发展")).evidence().section()).isEqualTo("一");
    }

    @Test
    void sectionsAndMentions() {
        assertThat(g.require("section:七(八)").prop("title")).isEqualTo("保护知识产权");
        assertThat(g.relsFrom("HAS_SECTION", DOC).stream().map(r -> g.get(r.to()).prop("path")))
                .containsExactlyInAnyOrder("序", "一", "二", "三", "四", "五", "六", "七");
        assertThat(rankedNames("HAS_SECTION", "section:七")).hasSize(8);
        Section s31 = SectionSplitter.innermost(
                new SectionSplitter().split(text), text.indexOf("海洋工程装备。"), text.indexOf("海洋工程装备。") + 6);
        assertThat(s31.path()).isEqualTo("三(一)");
        // one MENTIONS per occurrence; repeated pairs get #n
        long ocean = g.rels("MENTIONS").stream().filter(m -> m.from().equals("section:三(一)") && m.to().equals("subsector:海洋工程装备")).count();
        assertThat(ocean).isGreaterThanOrEqualTo(2);
        assertThat(g.relById("MENTIONS:section:三(一)->subsector:海洋工程装备#2")).isNotNull();
        // 绿色低碳 in 一 is the domain, in the heading of 三(四) the sector
        assertThat(g.rels("MENTIONS")).anySatisfy(m -> {
            assertThat(m.from()).isEqualTo("section:三(四)");
            assertThat(m.to()).isEqualTo("sector:绿色低碳");
        });
        assertThat(g.rels("MENTIONS")).noneSatisfy(m -> {
            assertThat(m.from()).isEqualTo("section:一");
            assertThat(m.to()).isEqualTo("sector:绿色低碳");
        });
    }

    @Test
    void everyLabelAndRelationshipTypeIsPresent() {
        assertThat(g.nodes().stream().map(NodeRecord::label).distinct()).containsExactlyInAnyOrder(
                "Document", "Section", "Domain", "Sector", "Subsector", "Technology", "Project", "Park", "Platform",
                "Area", "District", "Industry", "Bureau", "Measure", "Target", "Strategy", "CooperationSystem", "Instrument", "Field");
        assertThat(g.rels().stream().map(RelRecord::type).distinct()).containsExactlyInAnyOrder(
                "HAS_SECTION", "IN_DOMAIN", "HAS_SUBSECTOR", "DEVELOPS", "HAS_PROJECT", "BUILDS", "HOSTS",
                "RESPONSIBLE_FOR", "PARTICIPATES_IN", "HAS_TARGET", "EXAMPLE_OF", "FOCUSES_ON", "MAPS_TO", "INCLUDES",
                "LOCATED_IN", "MEMBER_OF", "SUPPORTS", "IMPLEMENTS", "BASED_ON", "ALIGNS_WITH", "MENTIONS", "USES_INSTRUMENT",
                "APPLIES_IN", "COVERS", "LEVERAGES", "ASSIGNS_ROLE");
    }
}
