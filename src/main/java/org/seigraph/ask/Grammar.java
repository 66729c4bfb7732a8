package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * THE grammar of {@code ask}: for each intent, the frames that say it in Chinese and in English, and the slots
 * it needs. A frame is a regular expression matched against the question with every recognised name, year and
 * metric word replaced by one placeholder character ({@code @} below); a named group {@code (?<slot>@)} puts
 * the name at that place into that slot, other slots take the names of their kinds wherever they stand. The
 * first rule, in table order, whose frame matches, whose slots are all filled without ambiguity, and after
 * which nothing is left but filler words, is the reading of the question ({@link Parser}); there is no
 * scoring and no fallback to a likely reading.
 *
 * <p>Macros: {@code {WHICH}} which/what, {@code {BUREAU}} a word for bureau, {@code {SUB}} a word for
 * sub-sector, {@code {TASK}} a word for task, {@code {HOW}} how many; in English {@code {BUREAUS}},
 * {@code {SUBS}}, {@code {TASKS}}.
 */
final class Grammar {

    enum Lang {
        ZH, EN
    }

    /** A slot: the kinds it takes, in order of preference when a name stands for several. */
    record Slot(String name, List<String> kinds, boolean required, boolean many) {
    }

    /** One way of saying an intent. Flags refine it (leadOnly, count, position, direction ...). */
    record Rule(String intent, Lang lang, Pattern frame, List<Slot> slots, Map<String, String> flags,
                Set<String> extraFillers) {

        Slot slot(String name) {
            return slots.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
        }
    }

    // slot kinds, in order of preference
    static final List<String> SUBJECT = List.of("Subsector", "Measure", "Sector");
    static final List<String> BUREAU = List.of("Bureau");
    static final List<String> SECTOR = List.of("Sector");
    static final List<String> PARENTED = List.of("Subsector", "Sector", "Technology");
    static final List<String> AREA = List.of("Area");
    static final List<String> PLACE = List.of("District", "Area");
    static final List<String> INDUSTRY = List.of("Industry");
    static final List<String> PARK = List.of("Park", "Platform");
    static final List<String> OWNER = List.of("Sector", "Subsector", "Measure", "Document");
    static final List<String> NEED = List.of("Subsector", "Industry", "Technology", "Sector");
    static final List<String> DOCUMENT = List.of("Document");
    /** Any entity, for dependencies and paths: the plan's own structure before layout names and mentions. */
    static final List<String> ANY = List.of("Subsector", "Sector", "Bureau", "Measure", "Park", "Platform", "Area",
            "District", "Industry", "Technology", "Project", "Domain", "Strategy", "CooperationSystem", "Document",
            "Target", "Instrument", "Field");
    static final String YEAR = "Year";
    static final String METRIC = "Metric";

    /** Words that carry no meaning of their own in a question (removed after the frame; longest first). */
    static final List<String> ZH_FILLERS = List.of("请问", "请", "想问一下", "问一下", "问下", "想问", "我想知道", "想知道",
            "想了解", "了解一下", "告诉我", "你知道", "能否", "能不能", "可以", "麻烦", "帮我", "帮忙", "查一下", "查查",
            "看一下", "看看", "列出", "列举", "说说", "说一下", "介绍一下", "一下", "具体", "主要", "分别", "各自", "一共",
            "总共", "合计", "共", "目前", "现在", "其中", "这个", "这些", "那个", "那些", "该", "此", "本意见", "实施意见",
            "意见", "本规划", "规划", "文件", "本", "里面", "当中", "之中", "中", "里", "方面", "天津市", "天津", "我市", "全市",
            "战略性新兴产业", "十三五期间", "十三五时期", "十三五", "期间", "规模", "产业", "领域", "行业", "板块", "方向",
            "的", "地", "了", "吗", "呢", "呀", "啊", "吧", "哦", "嘛", "是", "都", "也", "还", "就", "到", "在", "于",
            "对", "从", "有", "要", "将", "呐");
    static final List<String> EN_FILLERS = List.of("please", "could", "can", "would", "you", "tell", "me", "us", "show",
            "list", "give", "i", "we", "want", "to", "know", "like", "let", "about", "the", "a", "an", "of", "in", "on",
            "for", "at", "by", "with", "from", "as", "plan", "plans", "this", "that", "these", "those", "tianjin",
            "municipal", "city", "exactly", "all", "currently", "according", "under", "what", "which", "who", "is",
            "are", "was", "were", "be", "been", "do", "does", "did", "have", "has", "had", "there", "it", "its", "they",
            "their", "them", "sector", "sectors", "sub sector", "sub sectors", "subsector", "subsectors", "industry",
            "industries", "field", "fields", "'s", "and", "respectively", "each", "named", "listed", "stated",
            "mentioned", "written", "given", "document", "text", "opinions", "implementation", "now", "here", "so",
            "currently", "in total", "total", "altogether", "overall", "year");

    /** The enterprise words a park-fit need may hold beside its fields and its origin. */
    static final Set<String> ZH_ENTERPRISE = Set.of("企业", "公司", "厂商", "厂家", "制造商", "生产商", "供应商", "工厂",
            "一家", "家", "做", "搞", "从事", "生产", "制造", "研发", "开发", "来自", "来", "想", "打算", "准备", "计划",
            "落户", "落地", "入驻", "搬迁", "搬到", "迁到", "迁来", "投资", "选址", "设厂", "设立", "去", "我们", "我",
            "一个", "个", "相关", "类", "型", "的", "团队", "机构", "项目", "业务");
    static final Set<String> EN_ENTERPRISE = Set.of("maker", "makers", "manufacturer", "manufacturers", "company",
            "companies", "firm", "firms", "enterprise", "enterprises", "producer", "producers", "developer",
            "developers", "startup", "startups", "business", "businesses", "supplier", "suppliers", "factory", "plant",
            "studio", "studios", "coming", "relocating", "moving", "based", "makes", "produces", "develops", "builds",
            "working", "works", "settle", "locate", "go", "set", "up", "invest", "wants", "looking", "my", "our",
            "team", "group", "that", "which", "who", "where", "should");
    /** The words around a metric in a target question (研发投入比重, 发明专利拥有量年均增速). */
    static final Set<String> ZH_TARGET_WORDS = Set.of("比重", "占比", "比例", "增速", "年均", "拥有量", "规模以上工业企业",
            "规模以上", "以上", "工业企业", "企业", "工业", "数量", "水平", "达到", "超过", "总", "指标", "数字", "数值");
    static final Set<String> EN_TARGET_VERBS = Set.of("will", "should", "shall", "must", "break", "through", "reach",
            "achieve", "build", "set", "form", "cultivate", "develop", "grow", "be", "target", "targeted", "aim",
            "aimed", "expected", "goal", "goals", "value", "by", "up", "exceed", "hit");

    private static final Map<String, String> MACROS = new LinkedHashMap<>();

    static {
        MACROS.put("{WHICH}", "(?:哪些|哪几个|哪几家|哪个|哪一个|哪家|什么|哪几)");
        MACROS.put("{BUREAU}", "(?:部门|单位|机构|委办局|政府部门|职能部门|责任部门|委局)");
        MACROS.put("{SUB}", "(?:子领域|子产业|细分领域|细分产业|产业|领域|行业)");
        MACROS.put("{TASK}", "(?:任务|工作|职责|事项|事情|措施|分工)");
        MACROS.put("{HOW}", "(?:多少|几)");
        MACROS.put("{BUREAUS}", "(?:bureaus?|departments?|agenc(?:y|ies)|authorit(?:y|ies)|government bodies|bodies|commissions?|offices?|units?)");
        MACROS.put("{SUBS}", "(?:sub ?sectors?|sub ?industries|sub ?industry|industries|industry|sectors?|fields?)");
        MACROS.put("{TASKS}", "(?:tasks?|responsibilities|duties|jobs|lists|measures|items)");
        MACROS.put("@", "[\uE000-\uF8FF]");
    }

    static final List<Rule> RULES = new ArrayList<>();

    private static void rule(String intent, Lang lang, String frame, List<Slot> slots, String... flags) {
        String regex = frame;
        for (Map.Entry<String, String> m : MACROS.entrySet()) {
            regex = regex.replace(m.getKey(), m.getValue());
        }
        Map<String, String> f = new LinkedHashMap<>();
        Set<String> extra = Set.of();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            f.put(flag.substring(0, eq), flag.substring(eq + 1));
        }
        if (intent.equals("parkfit")) {
            extra = lang == Lang.ZH ? ZH_ENTERPRISE : EN_ENTERPRISE;
        } else if (intent.startsWith("targets")) {
            extra = lang == Lang.EN ? EN_TARGET_VERBS : ZH_TARGET_WORDS;
        }
        RULES.add(new Rule(intent, lang, Pattern.compile(regex), slots, Map.copyOf(f), extra));
    }

    private static List<Slot> one(String name, List<String> kinds) {
        return List.of(new Slot(name, kinds, true, false));
    }

    private static Slot opt(String name, List<String> kinds) {
        return new Slot(name, kinds, false, false);
    }

    private static Slot req(String name, List<String> kinds) {
        return new Slot(name, kinds, true, false);
    }

    private static void zh(String intent, List<Slot> slots, String[] flags, String... frames) {
        for (String f : frames) {
            rule(intent, Lang.ZH, f, slots, flags);
        }
    }

    private static void en(String intent, List<Slot> slots, String[] flags, String... frames) {
        for (String f : frames) {
            rule(intent, Lang.EN, f, slots, flags);
        }
    }

    private static String[] flags(String... f) {
        return f;
    }

    private static final String[] NONE = {};

    static {
        List<Slot> subject = one("subject", SUBJECT);
        List<Slot> bureau = one("bureau", BUREAU);
        List<Slot> none = List.of();

        // ---------------------------------------------------------------- Chinese
        zh("responsibility.listAndLead", subject, NONE,
                "(?:是)?由{WHICH}{BUREAU}(?:来|共同)?负责[,?]*(?:其中)?(?:由)?(?:哪个|哪一个|哪家|谁)(?:部门|单位)?(?:来)?牵头",
                "(?:负责|责任)(?:部门|单位)(?:有哪些|是哪些|有谁|是谁)[,?]*(?:其中)?(?:哪个|哪一个|谁)(?:部门|单位)?(?:来)?牵头");
        zh("responsibility.list", subject, flags("count=true"),
                "(?:是)?由(?:共|一共|总共)?{HOW}(?:个|家)(?:部门|单位|机构)(?:来|共同)?(?:负责|承担)",
                "(?:共|一共|总共)?{HOW}(?:个|家)(?:负责|责任)?(?:部门|单位|机构)(?:来|共同)?(?:负责|参与|承担)?",
                "(?:负责|责任)(?:部门|单位)(?:共|一共|总共)?{HOW}(?:个|家)?");
        zh("responsibility.list", subject, flags("position=first"),
                "(?:负责|责任)?(?:部门|单位)(?:名单)?(?:中|里)?(?:排|列|写)?(?:在)?(?:第一|首)(?:位|个)?(?:的)?(?:是哪个|是谁|是什么|是哪家|是)?",
                "(?:第一个|首先)(?:列出|列|写|提到)?(?:的)?(?:负责)?(?:部门|单位)(?:是哪个|是谁|是什么|是)?",
                "(?:排在|列在)(?:第一|首)(?:位|个)?的(?:负责)?(?:部门|单位)(?:是哪个|是谁|是什么|是)?");
        zh("responsibility.list", subject, flags("position=last"),
                "(?:负责|责任)?(?:部门|单位)(?:名单)?(?:中|里)?(?:排|列|写)?(?:在)?最后(?:一位|一个|一家)?(?:的)?(?:是哪个|是谁|是什么|是哪家|是)?",
                "最后(?:一个|一位)?(?:列出|列|写|提到)?(?:的)?(?:负责)?(?:部门|单位)(?:是哪个|是谁|是什么|是)?");
        zh("responsibility.lead", subject, NONE,
                "(?:是)?由(?:哪个|哪一个|哪家|什么|谁)(?:部门|单位|机构)?(?:来)?牵头(?:负责)?",
                "(?:哪个|哪一个|哪家|什么)(?:部门|单位|机构)(?:来)?牵头(?:负责)?",
                "谁(?:来)?牵头(?:负责)?",
                "(?:的)?牵头(?:部门|单位)(?:是哪个|是谁|是什么|是哪家|有哪些|是)?");
        zh("responsibility.list", subject, NONE,
                "(?:是)?由{WHICH}{BUREAU}(?:来|共同)?(?:负责|承担|主管|分工负责|落实)",
                "{WHICH}{BUREAU}(?:来|共同)?(?:负责|承担|主管|管|分工负责)",
                "谁(?:来)?(?:负责|主管|管)",
                "(?:负责|责任|主管)(?:部门|单位|机构)(?:有哪些|是哪些|是什么|是谁|有谁|都有谁|包括哪些|都有哪些|有什么)?",
                "(?:归|由)(?:哪些|哪个|什么)(?:部门|单位)(?:管|负责)");

        zh("negation.subsectors", List.of(req("bureau", BUREAU)), flags("leadOnly=true"),
                "{WHICH}{SUB}(?:不是|并非|没有|不)(?:由)?(?<bureau>@)(?:来)?牵头(?:的)?",
                "(?<bureau>@)(?:没有|不|未)牵头(?:哪些|什么){SUB}",
                "{WHICH}{SUB}的牵头(?:部门|单位)不是(?<bureau>@)");
        zh("negation.subsectors", List.of(req("bureau", BUREAU)), NONE,
                "{WHICH}{SUB}(?:的负责部门|的责任部门|的部门名单)?(?:中|里)?(?:没有|没|未|不)(?:列|列出|列入|列上|包括|包含|写|写入|提到|提及|出现)?(?:到)?(?<bureau>@)",
                "{WHICH}{SUB}(?:不是|不|并非|没有)(?:由)?(?<bureau>@)(?:负责|参与)(?:的)?",
                "(?<bureau>@)(?:不|没有|没|未)(?:负责|参与|列入|列)(?:哪些|什么){SUB}",
                "{WHICH}{SUB}(?<bureau>@)(?:没有|没|未|不)(?:参与|负责|列入)");

        zh("workload.table", none, NONE,
                "(?:各|每个|每一个|所有)(?:部门|单位)(?:的)?(?:工作量|任务数|任务量)(?:是多少|分别是多少|如何|有多少)?",
                "(?:各|每个|每一个)(?:部门|单位)(?:分别)?(?:负责|承担)(?:了)?{HOW}(?:项|个)(?:任务)?");
        zh("ordering.busiest", none, flags("by=led"),
                "(?:哪个|哪一个|哪家|什么)(?:部门|单位)牵头(?:的)?(?:任务|工作|事项|子领域|产业)?(?:数量)?最多",
                "牵头(?:的)?(?:任务|工作)?(?:数量)?最多的(?:部门|单位)(?:是哪个|是谁|是什么|是)?");
        zh("ordering.busiest", none, flags("by=total"),
                "(?:哪个|哪一个|哪家|什么)(?:部门|单位)(?:负责|承担|参与)?(?:的)?(?:任务|工作|事项)(?:数量)?最多",
                "(?:负责|承担)?(?:的)?(?:任务|工作)(?:数量)?最多的(?:部门|单位)(?:是哪个|是谁|是什么|是)?",
                "(?:哪个|哪一个)?(?:部门|单位)最忙",
                "最忙的(?:部门|单位)(?:是哪个|是谁|是)?",
                "(?:哪个|哪一个)(?:部门|单位)(?:的)?工作量最(?:大|多|重)");
        zh("workload.bureau", bureau, NONE,
                "(?:的)?工作量(?:是多少|有多少|有多大|如何|怎么样|多大)?",
                "牵头(?:了)?{HOW}(?:项|个)(?:任务)?[,、]?(?:参与|配合|协办|共同负责)(?:了)?{HOW}(?:项|个)(?:任务)?");

        zh("reverse.subsectors", bureau, flags("leadOnly=true", "count=true"),
                "(?:共|一共|总共)?牵头(?:负责)?(?:了)?{HOW}(?:个|项){SUB}");
        zh("reverse.subsectors", bureau, flags("count=true"),
                "(?:共|一共|总共)?(?:负责|参与|承担)(?:了)?{HOW}(?:个|项){SUB}");
        zh("reverse.tasks", bureau, flags("leadOnly=true", "count=true"),
                "(?:共|一共|总共)?牵头(?:负责)?(?:了)?{HOW}(?:个|项|条|件)(?:{TASK})?");
        zh("reverse.tasks", bureau, flags("count=true"),
                "(?:共|一共|总共)?(?:负责|参与|承担)(?:了)?{HOW}(?:个|项|条|件)(?:{TASK})?");
        zh("reverse.subsectors", bureau, flags("leadOnly=true"),
                "牵头(?:负责)?(?:了)?(?:哪些|什么|哪几个){SUB}",
                "{WHICH}{SUB}(?:是)?(?:由)?(?<bureau>@)(?:来)?牵头(?:的)?");
        zh("reverse.subsectors", bureau, NONE,
                "(?:负责|参与|承担|主管|分管)(?:了)?(?:哪些|什么|哪几个){SUB}",
                "{WHICH}{SUB}(?:是)?(?:由)?(?<bureau>@)(?:来)?(?:负责|参与)(?:的)?",
                "{WHICH}{SUB}(?:列了|列有|列出了?|包括|包含|有)(?<bureau>@)");
        zh("reverse.tasks", bureau, flags("leadOnly=true"),
                "牵头(?:负责)?(?:了)?(?:哪些|什么|哪几项)(?:{TASK})?");
        zh("reverse.tasks", bureau, NONE,
                "(?:负责|承担|参与)(?:了)?(?:哪些|什么|哪几项)(?:{TASK})?",
                "的(?:{TASK})(?:有哪些|是什么|包括哪些)?");

        zh("layout.focus", one("area", AREA), flags("count=true"),
                "(?:重点|主要)?(?:发展|布局)(?:了)?{HOW}(?:个|类)(?:产业|行业|领域)?");
        zh("layout.focus", one("area", AREA), flags("position=first"),
                "(?:重点|主要)?(?:发展|布局)的第一(?:个|类)?(?:产业|行业)?(?:是什么|是哪个|是)?");
        zh("layout.focus", one("area", AREA), flags("position=last"),
                "(?:重点|主要)?(?:发展|布局)的最后(?:一个|一类)?(?:产业|行业)?(?:是什么|是哪个|是)?");
        zh("layout.focus", one("area", AREA), NONE,
                "(?:重点|主要|着力)?(?:发展|布局|聚焦)(?:哪些|什么|哪几个|哪几类)(?:产业|行业|领域|方向)?",
                "有(?:哪些|什么)(?:重点|主导)?产业",
                "的(?:重点|主导)产业(?:有哪些|是什么|是哪些)?",
                "的(?:产业)?(?:布局|定位|发展重点)(?:是什么|有哪些)?");
        zh("layout.areas", one("industry", INDUSTRY), NONE,
                "{WHICH}(?:区域|地区|片区|板块|区)(?:重点|主要)?(?:发展|布局)",
                "(?:重点)?(?:布局|分布)在(?:哪些|哪个|哪里|什么)(?:区域|地区|地方|区)?",
                "在(?:哪些|哪个|什么)(?:区域|地区|区)(?:重点)?发展");
        zh("layout.parks", one("place", PLACE), flags("count=true"),
                "(?:有|共有)?{HOW}(?:个|家|座)(?:园区|产业园|开发区|功能区|载体)");
        zh("layout.parks", one("place", PLACE), NONE,
                "(?:有|内有|里有|境内有|包括|包含)?(?:哪些|什么|哪几个)(?:园区|产业园|开发区|功能区|载体)",
                "的(?:园区|产业园)(?:有哪些|是哪些|是什么)?",
                "{WHICH}(?:园区|产业园)(?:位于|在)");
        zh("layout.districts", one("area", AREA), flags("count=true"),
                "(?:包括|包含|有)?{HOW}个(?:区|行政区)");
        zh("layout.districts", one("area", AREA), NONE,
                "(?:包括|包含|指|是|有|由)(?:哪些|哪几个|什么)(?:区|行政区)(?:组成)?");
        zh("layout.location", one("park", PARK), NONE,
                "(?:位于|在|属于)(?:哪个|哪一个|什么)(?:区|行政区|地方|区域|地区)",
                "在哪(?:里|儿)?");

        zh("structure.subsectors", List.of(opt("sector", SECTOR)), flags("count=true"),
                "(?:包括|包含|下设|有|分为|涵盖|列了|列有|提出了?)?(?:共|一共|总共)?{HOW}个(?:子领域|子产业|细分领域|细分产业|产业|领域|方向)");
        zh("structure.subsectors", List.of(opt("sector", SECTOR)), NONE,
                "(?:包括|包含|下设|有|分为|涵盖|列了|列有)(?:哪些|哪几个|什么)(?:子领域|子产业|细分领域|细分产业|产业|领域|方向)",
                "的(?:子领域|子产业)(?:有哪些|是哪些|是什么)?");
        zh("structure.parent", one("entity", PARENTED), NONE,
                "(?:属于|归属于?|隶属于?|归入|归在|在)(?:哪个|哪一个|什么)(?:产业|领域|板块|大类|方向|重点领域|重点产业|子领域)?(?:之下|下面|下|里|中)?");
        zh("structure.domains", none, flags("count=true"),
                "(?:聚焦|有|提出|列了|包括)?{HOW}个重点领域");
        zh("structure.domains", none, NONE,
                "(?:聚焦|有|提出|列了|包括)?(?:哪些|哪几个|什么)重点领域");
        zh("structure.technologies", one("subsector", List.of("Subsector")), NONE,
                "(?:重点)?(?:发展|研发|突破|培育|有|包括|包含|依赖|需要|涉及)(?:了)?(?:哪些|什么)(?:技术|产品|装备|技术和产品|技术装备|关键技术|材料)");
        zh("structure.bureaus", none, flags("count=true"),
                "(?:涉及|列了|列出|提到|有)(?:了)?{HOW}(?:个|家)(?:部门|单位|委办局)");
        zh("structure.bureaus", none, NONE,
                "(?:涉及|列了|列出|提到)(?:了)?(?:哪些|什么)(?:部门|单位|委办局)");

        List<Slot> target = List.of(opt("owner", OWNER), opt("year", List.of(YEAR)), opt("metric", List.of(METRIC)));
        List<Slot> targetMetric = List.of(opt("owner", OWNER), opt("year", List.of(YEAR)), req("metric", List.of(METRIC)));
        zh("targets.max", List.of(opt("metric", List.of(METRIC))), NONE,
                "(?:哪个|哪一个)(?:产业|领域|板块)?(?:的)?(?<metric>@)?(?:目标)?最(?:高|大)",
                "(?<metric>@)?目标最(?:高|大)的(?:是)?(?:哪个)?(?:产业|领域)?");
        zh("targets", target, NONE,
                "(?:的)?(?:量化)?目标(?:值)?(?:共|一共|合计|总共|加起来)?(?:是多少|是什么|有哪些|为多少|是|为|有多少项|有多少个|有多少|多少项|多少个|多少家|多少|有多大|如何|是哪些|分别是多少|包括哪些)?",
                "有(?:哪些|什么)(?<metric>@)?(?:量化)?目标");
        zh("targets", targetMetric, NONE,
                "(?:要|将|需要|计划|预计|力争)?(?:达到|超过|突破|建设|建成|形成|培育|实现|提高到|提升到)?(?:多少|多大|几)(?:项|个|家)?");

        zh("dependency", one("entity", ANY), flags("direction=UPSTREAM"),
                "(?:的)?上游(?:环节|产业)?(?:是什么|有哪些|是哪些|包括哪些|有什么)?",
                "(?:依赖|依靠|需要)(?:于)?(?:哪些|什么)");
        zh("dependency", one("entity", ANY), flags("direction=DOWNSTREAM"),
                "(?:的)?下游(?:环节|产业)?(?:是什么|有哪些|是哪些|包括哪些|有什么)?",
                "(?:哪些|什么)(?:依赖|依靠)(?:于)?(?<entity>@)");

        List<Slot> path = List.of(req("from", ANY), req("to", ANY));
        zh("paths", path, NONE,
                "(?<from>@)(?:和|与|跟|同|及)(?<to>@)(?:之间)?(?:有|存在|是)?(?:什么|啥|何|怎样的|哪些|怎么样的)(?:关系|联系|关联)",
                "(?<from>@)(?:和|与|跟|同)(?<to>@)(?:之间)?(?:是)?(?:怎么|如何|怎样)(?:关联|联系|连接)(?:起来)?(?:的)?",
                "(?<from>@)(?:是)?(?:怎么|如何|怎样)(?:和|与|跟)(?<to>@)(?:关联|联系)(?:起来)?(?:的)?",
                "(?<from>@)(?:到|至)(?<to>@)的?(?:路径|关系链|链路)");

        List<Slot> need = List.of(new Slot("need", NEED, false, true));
        zh("parkfit", need, NONE,
                "(?:适合|适宜|应该|可以|该|最好)(?:去|到|在|入驻|落户|落地|进驻|选址|搬到|迁到|投资)?(?:哪些|哪个|哪里|什么|哪几个|哪一个)(?:园区|产业园|园|地方|载体)",
                "(?:哪些|哪个|什么)(?:园区|产业园)(?:最)?(?:适合|适宜|可以承接|能承接)",
                "(?:推荐|建议)(?:一些|几个)?(?:哪些|哪个|什么)?(?:园区|产业园)",
                "(?:去|到|在)(?:哪些|哪个|哪里)(?:园区|产业园)?(?:落户|落地|入驻|投资|发展|选址)(?:比较好|好|合适|最好)?");

        List<Slot> doc = List.of(opt("document", DOCUMENT));
        zh("documents", doc, flags("relation=implements"),
                "(?:是)?(?:为了?)?(?:贯彻落实|贯彻|落实|实施)(?:了)?(?:哪个|哪份|哪一份|哪些|什么)(?:国家|国务院)?(?:文件|通知|规划|政策|要求)(?:而制定|而出台|而提出)?(?:的)?");
        zh("documents", doc, flags("relation=basedOn"),
                "(?:是)?(?:根据|依据|依照|基于|按照)(?:哪个|哪份|哪一份|哪些|什么)(?:文件|规划|纲要|规划纲要)?(?:制定|提出|出台)?(?:的)?");
        zh("documents", doc, flags("relation=alignsWith"),
                "(?:紧密)?结合(?:了)?(?:哪个|什么|哪项|哪一个)(?:国家)?(?:战略|规划)(?:的实施)?");
        zh("documents", doc, flags("relation=cited"),
                "(?:引用|援引|提到|提及|引述)(?:了)?(?:哪些|哪几个|哪几份|什么)(?:文件|政策文件|上位文件|文献)",
                "(?:上位|依据)(?:文件|政策)(?:有哪些|是什么|是哪些)?");

        // ---------------------------------------------------------------- English
        en("responsibility.listAndLead", subject, NONE,
                "{BUREAUS} (?:are|is) (?:responsible for|in charge of) (?<subject>@)[ ,?]+(?:and )?(?:which|who)(?: one| of them)? (?:leads|is the lead|takes the lead)(?: it)?",
                "who is (?:responsible for|in charge of) (?<subject>@)[ ,?]+(?:and )?who (?:leads|is the lead|takes the lead)(?: it)?");
        en("responsibility.list", subject, flags("count=true"),
                "how many {BUREAUS} (?:are|is) (?:responsible for|in charge of|listed for|named for) (?<subject>@)",
                "how many {BUREAUS} (?:does|do) (?<subject>@) have");
        en("responsibility.list", subject, flags("position=first"),
                "{BUREAUS} (?:is |comes )?(?:listed |named )?first (?:for|in the list for|in the list of|on) (?<subject>@)",
                "who is (?:listed |named )?first (?:for|on) (?<subject>@)",
                "first (?:listed |named )?{BUREAUS}? (?:for|of|on) (?<subject>@)");
        en("responsibility.list", subject, flags("position=last"),
                "{BUREAUS} (?:is |comes )?(?:listed |named )?last (?:for|in the list for|in the list of|on) (?<subject>@)",
                "last (?:listed |named )?{BUREAUS}? (?:for|of|on) (?<subject>@)");
        en("responsibility.lead", subject, NONE,
                "who leads (?<subject>@)",
                "{BUREAUS} leads (?<subject>@)",
                "lead {BUREAUS}? ?(?:for|of|on) (?<subject>@)",
                "who takes the lead (?:on|for|in) (?<subject>@)",
                "who is (?:in the lead|leading) (?:on|for) (?<subject>@)");
        en("responsibility.list", subject, NONE,
                "{BUREAUS} (?:are|is) (?:responsible for|in charge of) (?<subject>@)",
                "who is (?:responsible for|in charge of) (?<subject>@)",
                "who (?:are|is) (?:the )?{BUREAUS} (?:responsible for|for|of) (?<subject>@)",
                "{BUREAUS} responsible for (?<subject>@)",
                "who (?:handles|oversees|looks after) (?<subject>@)",
                "{BUREAUS} (?:handle|handles|cover|covers|oversee|oversees) (?<subject>@)");

        en("negation.subsectors", List.of(req("bureau", BUREAU)), flags("leadOnly=true"),
                "{SUBS} (?:are|is) not led by (?<bureau>@)",
                "{SUBS} (?:does|do) (?<bureau>@) not lead",
                "{SUBS} (?:don't|do not|does not|doesn't) have (?<bureau>@) as (?:the )?lead");
        en("negation.subsectors", List.of(req("bureau", BUREAU)), NONE,
                "{SUBS} (?:do not|don't|does not|doesn't) (?:list|name|include|mention|involve) (?<bureau>@)",
                "{SUBS} (?:is|are) (?<bureau>@) not (?:responsible for|listed for|listed in|listed on|involved in|named for)",
                "{SUBS} (?:does|do) (?<bureau>@) not (?:cover|handle|take part in|work on)",
                "{SUBS} (?:is|are) (?<bureau>@) not listed",
                "{SUBS} (?:are|is) not (?:assigned to|covered by|handled by) (?<bureau>@)",
                "{SUBS} (?:list|name|include) no (?<bureau>@)");

        en("workload.table", none, NONE,
                "workload of (?:each|every|all the|all) {BUREAUS}",
                "how many {TASKS} (?:does|do) (?:each|every) {BUREAUS} (?:have|lead|take)",
                "{BUREAUS}? workload (?:table|per bureau|by bureau|per department|by department)");
        en("ordering.busiest", none, flags("by=led"),
                "{BUREAUS} leads the most(?: {TASKS}| {SUBS})?",
                "who leads the most(?: {TASKS}| {SUBS})?");
        en("ordering.busiest", none, flags("by=total"),
                "{BUREAUS} (?:is the busiest|has the most {TASKS}|has the heaviest workload|has the largest workload|is responsible for the most(?: {TASKS})?)",
                "(?:who|what|which) is the busiest {BUREAUS}",
                "busiest {BUREAUS}");
        en("workload.bureau", bureau, NONE,
                "workload of (?<bureau>@)",
                "(?<bureau>@) ?'s workload",
                "how (?:busy|loaded) is (?<bureau>@)",
                "how many {TASKS} does (?<bureau>@) lead and how many (?:does it )?(?:co ?own|share|take part in|join)");

        en("reverse.subsectors", bureau, flags("leadOnly=true", "count=true"),
                "how many {SUBS} does (?<bureau>@) lead");
        en("reverse.subsectors", bureau, flags("count=true"),
                "how many {SUBS} (?:is|does) (?<bureau>@) (?:responsible for|cover|handle|involved in|listed for)");
        en("reverse.tasks", bureau, flags("leadOnly=true", "count=true"),
                "how many {TASKS} does (?<bureau>@) lead");
        en("reverse.tasks", bureau, flags("count=true"),
                "how many {TASKS} (?:is|does) (?<bureau>@) (?:responsible for|have|handle|take part in|share)",
                "how many {TASKS} (?:is|are) (?:assigned to|listed for) (?<bureau>@)");
        en("reverse.subsectors", bureau, flags("leadOnly=true"),
                "{SUBS} does (?<bureau>@) lead",
                "{SUBS} (?:are|is) led by (?<bureau>@)");
        en("reverse.tasks", bureau, flags("leadOnly=true"),
                "what does (?<bureau>@) lead",
                "{TASKS} does (?<bureau>@) lead");
        en("reverse.subsectors", bureau, NONE,
                "{SUBS} (?:is|does) (?<bureau>@) (?:responsible for|cover|handle|in charge of)",
                "{SUBS} (?:list|name|include) (?<bureau>@)",
                "{SUBS} (?:is|are) (?<bureau>@) (?:responsible for|listed for|in charge of)");
        en("reverse.tasks", bureau, NONE,
                "what (?:is|are) (?<bureau>@) responsible for",
                "what (?:does|do) (?<bureau>@) (?:handle|cover|do)",
                "{TASKS} of (?<bureau>@)",
                "(?<bureau>@) ?'s {TASKS}",
                "{TASKS} (?:is|does) (?<bureau>@) (?:responsible for|have)");

        en("layout.focus", one("area", AREA), flags("count=true"),
                "how many {SUBS} does (?<area>@) (?:focus on|develop|prioriti[sz]e)");
        en("layout.focus", one("area", AREA), flags("position=first"),
                "first (?:industry|priority|focus) (?:of|for|in) (?<area>@)",
                "{SUBS} does (?<area>@) (?:list|name) first");
        en("layout.focus", one("area", AREA), NONE,
                "what does (?<area>@) focus on",
                "{SUBS} does (?<area>@) (?:focus on|develop|prioriti[sz]e|concentrate on)",
                "(?<area>@) ?'s (?:focus|focus industries|priorities|priority industries)",
                "(?:focus|focus industries|priorities|priority industries) of (?<area>@)");
        en("layout.areas", one("industry", INDUSTRY), NONE,
                "(?:areas|parts of the city|zones|regions) (?:focus on|develop|prioriti[sz]e) (?<industry>@)",
                "where (?:is|are) (?<industry>@) (?:developed|prioriti[sz]ed|concentrated|a focus)");
        en("layout.parks", one("place", PLACE), flags("count=true"),
                "how many parks (?:are|is) (?:there )?(?:located )?in (?<place>@)",
                "how many parks does (?<place>@) (?:have|contain|host)");
        en("layout.parks", one("place", PLACE), NONE,
                "parks (?:are|is) (?:located )?in (?<place>@)",
                "parks does (?<place>@) (?:have|contain|host)",
                "parks (?:in|of) (?<place>@)");
        en("layout.districts", one("area", AREA), NONE,
                "districts (?:are in|does (?<area>@) (?:include|contain|cover)|make up|form)",
                "districts (?:are )?in (?<area>@)");
        en("layout.location", one("park", PARK), NONE,
                "(?:where|in which district|which district) (?:is|are) (?<park>@)(?: located| in)?",
                "which district (?:is )?(?<park>@) (?:in|located in)");

        en("structure.subsectors", List.of(opt("sector", SECTOR)), flags("count=true"),
                "how many (?:sub ?sectors?|sub ?industries)");
        en("structure.subsectors", List.of(opt("sector", SECTOR)), NONE,
                "(?:sub ?sectors?|sub ?industries) does (?<sector>@) (?:have|include|contain|cover)",
                "(?:sub ?sectors?|sub ?industries) (?:are )?(?:in|under|part of) (?<sector>@)",
                "(?:sub ?sectors?|sub ?industries) (?:does (?:the )?plan (?:have|list|name)|are there)");
        en("structure.parent", one("entity", PARENTED), NONE,
                "(?:sector|industry|group|domain) (?:does|is) (?<entity>@) (?:belong to|part of|under|in)",
                "what does (?<entity>@) belong to",
                "(?<entity>@) belongs? to which (?:sector|industry|group)");
        en("structure.domains", none, flags("count=true"), "how many (?:priority |key |focus )?domains");
        en("structure.domains", none, NONE, "(?:priority |key |focus )?domains");
        en("structure.technologies", one("subsector", List.of("Subsector")), NONE,
                "(?:technologies|products|equipment|technologies and products) (?:does|will) (?<subsector>@) (?:develop|cover|include|break through)",
                "what does (?<subsector>@) develop");
        en("structure.bureaus", none, flags("count=true"),
                "how many {BUREAUS} (?:does (?:the )?plan (?:name|list|involve)|are (?:named|listed|involved))");

        en("targets.max", List.of(opt("metric", List.of(METRIC))), NONE,
                "(?:sector|industry|field) has the (?:highest|largest|biggest) (?:(?<metric>@) )?target",
                "(?:highest|largest|biggest) (?:(?<metric>@) )?target");
        en("targets", target, NONE, "\\btargets?\\b");
        en("targets", targetMetric, NONE, "how (?:many|much|large|high|big)");

        en("dependency", one("entity", ANY), flags("direction=UPSTREAM"),
                "upstream (?:of|from|for) (?<entity>@)",
                "(?<entity>@) ?'s upstream",
                "what (?:does|do) (?<entity>@) (?:depend|rely) on");
        en("dependency", one("entity", ANY), flags("direction=DOWNSTREAM"),
                "downstream (?:of|from|for) (?<entity>@)",
                "(?<entity>@) ?'s downstream",
                "(?:what|which \\w+) (?:depends|relies|depend|rely) on (?<entity>@)");

        en("paths", path, NONE,
                "how (?:is|are) (?<from>@) (?:related|connected|linked) (?:to|with) (?<to>@)",
                "(?:relation|relationship|connection|link|path) between (?<from>@) and (?<to>@)",
                "how (?:do|does) (?<from>@) and (?<to>@) (?:relate|connect)",
                "what connects (?<from>@) (?:and|to|with) (?<to>@)",
                "how (?:is|are) (?<from>@) and (?<to>@) (?:related|connected|linked)");

        en("parkfit", need, NONE,
                "parks? (?:would )?(?:fit|fits|suit|suits|is best for|are best for|are good for|is good for|should host|could host|would host|are suitable for|is suitable for|match|matches)",
                "where should",
                "(?:recommend|suggest) (?:a |some )?parks? for",
                "(?:best|suitable) parks? for");

        en("documents", doc, flags("relation=implements"),
                "(?:documents?|notices?|plans?|policies) does (?:the )?plan (?:implement|carry out|put into effect)",
                "what does (?:the )?plan implement");
        en("documents", doc, flags("relation=basedOn"),
                "what is (?:the )?plan based on",
                "(?:documents?|plans?|outlines?) is (?:the )?plan based on");
        en("documents", doc, flags("relation=alignsWith"),
                "(?:strategy|strategies|initiative) does (?:the )?plan (?:align with|combine with|follow)");
        en("documents", doc, flags("relation=cited"),
                "documents does (?:the )?plan (?:cite|refer to|reference|quote)",
                "documents are cited");
    }

    /** The metric words a target question may use, and the text of the graph's metrics they stand for. */
    static final Map<String, String> METRICS = new LinkedHashMap<>();

    static {
        for (String[] m : new String[][] {
                {"总产值", "总产值"}, {"产值", "产值"}, {"增加值", "增加值"}, {"发明专利", "发明专利"},
                {"专利申请量", "专利申请量"}, {"专利", "专利"}, {"研发投入", "研发投入"},
                {"基础研究与前沿技术", "基础研究与前沿技术"}, {"基础研究", "基础研究与前沿技术"}, {"前沿技术", "基础研究与前沿技术"},
                {"关键技术和产品", "关键技术和产品"}, {"关键技术", "关键技术和产品"}, {"数字化车间", "数字化车间"},
                {"智能工厂", "智能工厂"}, {"产业技术创新联盟", "产业技术创新联盟"}, {"创新联盟", "产业技术创新联盟"},
                {"gross output", "总产值"}, {"output", "产值"}, {"value added", "增加值"}, {"invention patents", "发明专利"},
                {"patent applications", "专利申请量"}, {"patents", "专利"}, {"r&d spending", "研发投入"}, {"r&d", "研发投入"},
                {"basic research and frontier technologies", "基础研究与前沿技术"}, {"basic research", "基础研究与前沿技术"},
                {"frontier technologies", "基础研究与前沿技术"}, {"key technologies and products", "关键技术和产品"},
                {"key technologies", "关键技术和产品"}, {"digital workshops", "数字化车间"}, {"smart factories", "智能工厂"},
                {"innovation alliances", "产业技术创新联盟"}, {"alliances", "产业技术创新联盟"}}) {
            METRICS.put(m[0], m[1]);
        }
    }

    static List<Rule> rules(Lang lang) {
        return RULES.stream().filter(r -> r.lang() == lang).toList();
    }

    private static final Set<String> OWN_WORDS = new java.util.HashSet<>();

    static {
        OWN_WORDS.addAll(ZH_FILLERS);
        OWN_WORDS.addAll(EN_FILLERS);
        OWN_WORDS.addAll(ZH_ENTERPRISE);
        OWN_WORDS.addAll(EN_ENTERPRISE);
        OWN_WORDS.addAll(ZH_TARGET_WORDS);
        OWN_WORDS.addAll(EN_TARGET_VERBS);
    }

    /**
     * A word the grammar reads itself (a filler, an enterprise or target word: industry, plan, 企业, 工业), in the
     * normalised spelling: never a name on its own, or the field 工业 ("Industry") would take the word of every
     * question about an industry.
     */
    static boolean ownWord(String normalized) {
        return OWN_WORDS.contains(normalized);
    }

    /** Filler words of a language, longest first. */
    static List<String> fillers(Lang lang) {
        List<String> f = new ArrayList<>(lang == Lang.ZH ? ZH_FILLERS : EN_FILLERS);
        f.sort((a, b) -> b.length() - a.length());
        return f;
    }

    private Grammar() {
    }
}
