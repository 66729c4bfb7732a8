package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The grammar on the bundled graph's names, without a database: readings, slots, and what is refused. */
class GrammarTest {

    private final Parser parser = new Parser(BundleLexicon.get());

    private Parser.Reading read(String q) {
        Parser.Result r = parser.parse(q);
        assertThat(r.reading()).as(q + " → " + r.miss()).isNotNull();
        return r.reading();
    }

    private Parser.Miss miss(String q) {
        Parser.Result r = parser.parse(q);
        assertThat(r.reading()).as(q).isNull();
        return r.miss();
    }

    @Test
    void theIssueExamplesAreRead() {
        assertThat(read("海洋工程装备由哪些部门负责？哪个牵头？").rule().intent()).isEqualTo("responsibility.listAndLead");
        assertThat(read("市海洋局负责哪些产业？").rule().intent()).isEqualTo("reverse.subsectors");
        Parser.Reading negation = read("哪些子领域没有列市科委？");
        assertThat(negation.rule().intent()).isEqualTo("negation.subsectors");
        assertThat(negation.entity("bureau").id()).isEqualTo("bureau:市科委");
        Parser.Reading down = read("石墨烯的下游是什么？");
        assertThat(down.flag("direction")).isEqualTo("DOWNSTREAM");
        assertThat(down.entity("entity").id()).isEqualTo("technology:石墨烯");
        assertThat(read("滨海新区重点发展哪些产业？").entity("area").id()).isEqualTo("area:滨海新区");
        Parser.Reading target = read("到2020年生物产业产值目标是多少？");
        assertThat(target.entity("owner").id()).isEqualTo("sector:生物产业");
        assertThat(target.year()).isEqualTo(2020);
        assertThat(target.metric()).isEqualTo("产值");
    }

    @Test
    void aNameOfSeveralKindsTakesTheKindItsSlotWants() {
        // 滨海新区 is an area (五(一)) and a district (curated): focus asks the area, parks the district
        assertThat(read("滨海新区重点发展哪些产业？").entity("area").kind()).isEqualTo("Area");
        assertThat(read("滨海新区有哪些园区？").entity("place").kind()).isEqualTo("District");
        // 新材料 is a sub-sector and a layout industry
        assertThat(read("新材料由哪些部门负责？").entity("subject").kind()).isEqualTo("Subsector");
        assertThat(read("哪些区域重点发展新材料？").entity("industry").kind()).isEqualTo("Industry");
    }

    @Test
    void derivedShortFormsAndEnglishNamesLink() {
        assertThat(read("科委牵头哪些子领域？").entity("bureau").id()).isEqualTo("bureau:市科委");
        assertThat(read("武清有哪些园区？").entity("place").id()).isEqualTo("district:武清区");
        assertThat(read("Who leads new energy vehicles?").entity("subject").id()).isEqualTo("subsector:新能源汽车");
        assertThat(read("Which bureaus are responsible for the Internet Plus industries?").entity("subject").id())
                .isEqualTo("subsector:“互联网＋”产业");
        assertThat(read("互联网+产业由哪些部门负责").entity("subject").id()).isEqualTo("subsector:“互联网＋”产业");
        assertThat(read("四（一）由哪个部门牵头？").entity("subject").id()).isEqualTo("measure:四(一)");
    }

    @Test
    void wordsLeftOverMeanNotUnderstood() {
        // an unknown subject: the frame matches, the slot stays empty
        assertThat(miss("量子计算由哪些部门负责？").reason()).isEqualTo("missing:subject");
        // a name the reading has no place for: the plan lists bureaus per sub-sector, not per district
        assertThat(miss("滨海新区的海洋工程装备由哪些部门负责？").reason()).isEqualTo("extra-name");
        // a negation word the frame does not carry is never dropped
        assertThat(miss("海洋工程装备不由哪些部门负责？").reason()).isEqualTo("unknown-words");
        // no metric word: 预算 is not a target of the plan
        assertThat(miss("市海洋局的预算是多少？").reason()).isEqualTo("missing:metric");
        assertThat(miss("今天天气怎么样？").rule()).isNull();
    }

    @Test
    void twoNamesForOneSlotAreAmbiguous() {
        assertThat(miss("海洋工程装备和新材料由哪些部门负责？").reason()).isEqualTo("ambiguous:subject");
    }

    @Test
    void parkFitTakesFieldsAndOriginWords() {
        Parser.Reading r = read("来自北京的航空航天企业适合去哪些园区？");
        assertThat(r.entities("need")).extracting(Lexicon.Entry::id).containsExactly("subsector:航空航天");
        assertThat(r.originWords()).containsExactly("北京");
        Parser.Reading en = read("Which parks fit an aerospace company from Beijing?");
        assertThat(en.originWords()).containsExactly("beijing");
        // an origin the table does not know (it has 上海, not 拉萨) is a word not understood
        assertThat(read("上海的航空航天企业适合去哪些园区？").originWords()).containsExactly("上海");
        assertThat(miss("拉萨的航空航天企业适合去哪些园区？").reason()).isEqualTo("unknown-words");
    }

    @Test
    void synonymsLinkButNeverOverAMetricWord() {
        Parser.Reading drone = read("Which parks fit a drone maker from Beijing?");
        assertThat(drone.entities("need")).extracting(Lexicon.Entry::id).containsExactly("technology:无人机");
        assertThat(drone.originWords()).containsExactly("beijing");
        // 专利 is a synonym of the IP park for park fit; in a target question it is the metric
        Parser.Reading patents = read("发明专利拥有量年均增速目标是多少？");
        assertThat(patents.metric()).isEqualTo("发明专利");
        assertThat(patents.entity("owner")).isNull();
        // a name of the graph before a synonym where both fit: 云计算 is a field of the plan and, by synonym, 大数据产业
        assertThat(read("云计算的上游是什么？").entity("entity").id()).isEqualTo("field:云计算");
        assertThat(read("云计算由哪些部门负责？").entity("subject").id()).isEqualTo("subsector:大数据产业");
    }

    @Test
    void everyTemplateFilledWithANameIsReadAsItsIntent() {
        Map<String, String> examples = Map.of("subject", "海洋工程装备", "bureau", "市科委", "sector", "高端装备与新材料",
                "entity", "石墨烯", "subsector", "智能制造", "area", "滨海新区", "industry", "新材料", "place", "武清区",
                "park", "临港经济区", "owner", "生物产业");
        Map<String, String> examplesEn = Map.of("subject", "marine engineering equipment", "bureau",
                "the Municipal Science and Technology Commission", "sector", "bio-industry", "entity", "graphene",
                "subsector", "intelligent manufacturing", "area", "Binhai New Area", "industry", "new materials",
                "place", "Wuqing District", "park", "Lingang Economic Zone", "owner", "bio-industry");
        for (Templates.Template t : Templates.ALL.values()) {
            for (Grammar.Lang lang : Grammar.Lang.values()) {
                Map<String, String> names = new java.util.HashMap<>(lang == Grammar.Lang.ZH ? examples : examplesEn);
                names.put("from", lang == Grammar.Lang.ZH ? "市海洋局" : "the Municipal Oceanic Administration");
                names.put("to", lang == Grammar.Lang.ZH ? "临港经济区" : "Lingang Economic Zone");
                names.put("need", lang == Grammar.Lang.ZH ? "海洋工程装备" : "marine engineering equipment");
                String q = Templates.fill(t, lang, names);
                if (q == null) {
                    continue;
                }
                Parser.Reading r = read(q);
                assertThat(Templates.key(r.rule().intent(), r.rule().flags())).as(q).isEqualTo(t.key());
            }
        }
    }

    @Test
    void normalisationMakesFullWidthAndQuotesIrrelevant() {
        assertThat(Normalizer.normalize("“互联网＋”产业由哪些部门负责？")).isEqualTo("互联网+产业由哪些部门负责");
        assertThat(Normalizer.normalize("Who leads  Bio-industry ?")).isEqualTo("who leads bio industry");
        assertThat(List.of(Normalizer.normalize("四（一）"))).containsExactly("四(一)");
    }
}
