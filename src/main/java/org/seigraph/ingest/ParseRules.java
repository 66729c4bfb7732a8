package org.seigraph.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser's rule tables: which verbs govern what, which endings make a name a park, a platform, a project or
 * a policy instrument, and the sub-type ({@code category}) each ending gives. They are rules of the plan's
 * language, not facts of one plan: every name and number still comes from the text.
 */
final class ParseRules {

    /** Parks, zones, bases: what a name must end with. */
    static final String[] PARK_SUFFIXES = {"区", "园", "基地", "科技城", "产业城"};
    /** Platforms and the kinds of platform the measures ask for (众创空间, 孵化器, 博士后科研工作站, 数字图书馆 …). */
    static final String[] PLATFORM_SUFFIXES = {"中心", "研究院", "联盟", "平台", "实验室", "空间", "工场", "咖啡", "社区", "孵化器",
            "工作站", "馆"};
    /** Leading words that make a phrase a positioning or a generic class rather than a named place. */
    static final String[] NOT_A_NAME_PREFIXES = {"一批", "若干", "我国", "全国", "中国"};
    /** Leading words that make a project phrase a generic class (重大工程, 国际重大科技合作项目). */
    static final String[] GENERIC_PROJECT_PREFIXES = {"重大", "重点", "国际"};
    static final String[] QUALIFIER_PREFIXES = {"国内", "新一轮", "专业化", "相关", "各类"};

    static final Set<String> PARK_VERBS = Set.of("建设", "打造", "建成", "加快", "推进");
    static final Set<String> PLATFORM_VERBS = Set.of("建设", "支持", "打造", "建成", "搭建", "设立", "构建", "发展");
    /** Verbs that build a kind of platform serving a list of fields (构建…等若干行业云平台, 加强…等公共服务平台建设). */
    static final Set<String> PLATFORM_TYPE_VERBS = Set.of("建设", "构建", "搭建", "加强");
    static final Set<String> PROJECT_VERBS = Set.of("实施", "参与", "对接", "开展", "推动", "推进", "办好");
    static final Set<String> TECH_VERBS = Set.of("发展", "研发", "培育", "突破", "推广", "探索", "加强", "加快", "强化",
            "增强", "提升", "做大", "推动", "推进", "支持", "开展", "提高", "促进", "鼓励", "壮大", "运用");
    /** Verbs that may govern a single un-listed item ("发展能源互联网", "提升壮大医疗器械产业"). */
    static final Set<String> SINGLE_TECH_VERBS = Set.of("发展", "研发", "突破", "做大", "壮大");
    /** Verbs that govern a single business model (培育基于智慧能源的新业态, 鼓励多业态联动的创意开发模式). */
    static final Set<String> MODEL_VERBS = Set.of("培育", "鼓励");
    /** A single item whose development the text spells out after it (推进现代中药国际化, 开展超大型航天器研制总装). */
    static final Set<String> DEVELOPMENT_SUFFIXES = Set.of("的研发和产业化", "的研发及产业化", "产业化", "国际化", "研制总装",
            "系列化生产", "的示范应用", "及示范应用");
    /** Verbs under which a measure (四–七) develops technologies. */
    static final Set<String> MEASURE_TECH_VERBS = Set.of("支持", "研发", "突破");
    /** Verbs that put a policy instrument to work (落实…政策, 深化…改革, 建立…机制, 统筹利用…专项资金, 运用…模式). */
    static final Set<String> INSTRUMENT_VERBS = Set.of("落实", "深化", "推进", "建立", "完善", "实施", "利用", "运用");

    /** What the text does with a technology: develop (发展, 研发, 突破 …), apply (推广, 运用, …的示范应用) or explore (探索). */
    static String mode(String verb, String strippedSuffix) {
        if (verb.equals("探索")) return "explore";
        if (verb.equals("推广") || verb.equals("运用") || strippedSuffix != null && strippedSuffix.contains("应用")) return "apply";
        return "develop";
    }

    // ------------------------------------------------------------------ instruments

    /** Endings of a policy instrument's name and the category each gives, longest first. */
    private static final List<String[]> INSTRUMENT_ENDINGS = List.of(
            new String[]{"专项资金", "fund"}, new String[]{"基金", "fund"}, new String[]{"资金", "fund"},
            new String[]{"政策", "policy"}, new String[]{"改革", "reform"}, new String[]{"试点", "pilot"},
            new String[]{"试验", "pilot"}, new String[]{"机制", "mechanism"}, new String[]{"制度", "institution"},
            new String[]{"体系", "institution"}, new String[]{"管理", "procedure"}, new String[]{"流程", "procedure"},
            new String[]{"审批", "procedure"}, new String[]{"合一", "procedure"});
    /** Category phrases after 等 whose items are instruments (…等税收优惠政策, …等专项资金, …等模式). */
    private static final List<String[]> INSTRUMENT_CATEGORIES = List.of(
            new String[]{"税收优惠政策", "taxIncentive"}, new String[]{"专项资金", "fund"}, new String[]{"模式", "cooperationModel"},
            new String[]{"政策", "policy"});

    /** The category of an instrument named {@code name}, or null when the name is not one (too short, generic, a 的-phrase). */
    static String instrumentCategory(String name) {
        String bare = name.replace("“", "").replace("”", "");
        if (bare.length() < 4 || name.contains("的") || name.contains("重大") || name.contains("重点")) return null;
        String listed = instrumentListCategory(name);
        if (listed != null) return listed;
        for (String[] e : INSTRUMENT_ENDINGS) if (bare.endsWith(e[0])) return e[1];
        return null;
    }

    /** The category of the instruments a {@code …等<phrase>} lists, or null when the phrase names no instruments. */
    static String instrumentListCategory(String phrase) {
        for (String[] e : INSTRUMENT_CATEGORIES) if (phrase.equals(e[0])) return e[1];
        return null;
    }

    /** Funds are named by their purpose: 高新技术产业化、…等专项资金 lists 高新技术产业化专项资金 …. */
    static boolean composesNames(String listCategory) {
        return listCategory.endsWith("资金");
    }

    // ------------------------------------------------------------------ kinds

    static String projectKind(String t) {
        if (t.endsWith("项目计划") || t.endsWith("行动计划") || t.endsWith("计划")) return "programme";
        if (t.endsWith("项目")) return "project";
        if (t.endsWith("专项")) return "specialProgramme";
        if (t.endsWith("行动")) return "action";
        if (t.endsWith("工程")) return "engineering";
        if (t.endsWith("活动") || t.endsWith("活动周")) return "campaign";
        return null;
    }

    static String parkKind(String t) {
        if (t.endsWith("示范区")) return "demonstrationArea";
        if (t.endsWith("试验区")) return "pilotZone";
        if (t.endsWith("集聚区")) return "cluster";
        if (t.endsWith("基地")) return "base";
        if (t.endsWith("园") || t.endsWith("园区") || t.endsWith("城")) return "park";
        return "zone";
    }

    static String platformKind(String t) {
        if (t.endsWith("研发中心") || t.endsWith("研究中心")) return "researchCentre";
        if (t.endsWith("研究院")) return "institute";
        if (t.endsWith("联盟")) return "alliance";
        if (t.endsWith("实验室")) return "laboratory";
        if (t.endsWith("平台")) return "servicePlatform";
        if (t.endsWith("空间") || t.endsWith("工场") || t.endsWith("咖啡") || t.endsWith("社区")) return "makerSpace";
        if (t.endsWith("孵化器")) return "incubator";
        if (t.endsWith("工作站")) return "postdoctoralStation";
        if (t.endsWith("馆")) return "digitalVenue";
        return "centre";
    }

    /** Category of a developed thing, from the category phrase after 等, else from the item itself. */
    static String technologyCategory(String phrase, String item) {
        String c = categoryOf(phrase);
        if (c == null && item != null) c = categoryOf(item);
        return c != null ? c : (item == null ? "technology" : "product");
    }

    static String categoryOf(String t) {
        if (t == null || t.isEmpty()) return null;
        if (t.contains("药")) return "product";
        if (t.contains("装备") || t.contains("设备") || t.contains("机床") || t.contains("机械")) return "equipment";
        if (t.contains("材料")) return "material";
        if (t.contains("业态") || t.contains("模式")) return "businessModel";
        if (t.endsWith("服务业") || t.endsWith("产业")) return "industry";
        if (t.contains("服务")) return "service";
        if (t.contains("技术")) return "technology";
        if (t.contains("产品") || t.contains("制品") || t.contains("食品")) return "product";
        if (t.contains("应用")) return "application";
        if (t.equals("产业") || t.endsWith("业")) return "industry";
        if (t.contains("领域")) return "field";
        return null;
    }

    /** {@code A（B）C} is also written {@code AC} and {@code BC} (增材制造（3D打印）装备 → 增材制造装备, 3D打印装备). */
    static List<String> parentheticalAliases(String name) {
        Matcher m = Pattern.compile("^(.*?)（([^）]+)）(.*)$").matcher(name);
        if (!m.find()) return List.of();
        return List.of(m.group(1) + m.group(3), m.group(2) + m.group(3));
    }

    static Span stripQualifiers(Span s) {
        for (String q : QUALIFIER_PREFIXES) {
            if (s.text().startsWith(q) && s.text().length() > q.length() + 1) return s.sub(q.length());
        }
        return s;
    }

    /** The end year of the Nth five-year plan (“十三五”, 第十三个五年规划 → 2020): the 3rd ran 1966–1970, one every five years since. */
    static int fiveYearPlanEnd(int n) {
        return 1955 + 5 * n;
    }

    private ParseRules() {
    }
}
