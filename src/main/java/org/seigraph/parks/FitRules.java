package org.seigraph.parks;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.seigraph.text.NameMatch;
import org.seigraph.text.WholeWord;

/**
 * The park-fit scoring model in one place: the kinds of evidence and their weights, and the one table that
 * maps an enterprise's origin to graph anchors (docs/park-fit.md renders its tables from here). Nothing here names a park: parks are
 * only ever reached through the graph.
 *
 * <p>A park's score is the noisy-OR of its reasons, {@code 1 - Π(1 - weight)}, with at most one reason of
 * each kind (the most direct path), so the score is in [0, 1), grows with every independent kind of
 * evidence, and a direct tie (0.6) outranks any combination of origin and layout (1 - 0.65 × 0.85 = 0.45).
 * Ties in score go to the park the plan names first, then to the smaller id.
 */
public final class FitRules {

    /** Kinds of evidence, strongest first; each reason of a match is one of these. */
    public enum ReasonKind {
        /** The need names the park itself (its name, or a curated synonym of it: 东疆 → 东疆保税港区). */
        NAMED(0.7),
        /** The text says the need's sub-sector builds the park: {@code (Subsector)-[:BUILDS]->(Park)}. */
        BUILDS(0.6),
        /** The text says the park hosts the need's sub-sector or industry: {@code (Park)-[:HOSTS]->(x)}. */
        HOSTS(0.6),
        /** A need technology is developed by a sub-sector that builds or is hosted by the park. */
        TECHNOLOGY(0.45),
        /** A tie that needs one curated industry↔sub-sector mapping (MAPS_TO) to reach the need. */
        INDUSTRY_MAP(0.4),
        /** The need names the district the park lies in (宝坻 → 宝坻区): {@code (Park)-[:LOCATED_IN]->(District)}. */
        DISTRICT(0.5),
        /** The park is a member of a cooperation system, or built under a strategy, that fits the origin. */
        ORIGIN(0.35),
        /** The park lies in a district whose layout area (五(一)) focuses on a matching industry. */
        LAYOUT(0.15);

        private final double weight;

        ReasonKind(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }
    }

    /**
     * The shapes of the way from a need element to the node a park is tied to (types in walking order, with
     * the direction walked), and the tie kind each gives. Layout and origin steps accept the same shapes (a
     * layout step must start at an Industry). Anything else the query walks is not evidence and is dropped,
     * e.g. {@code MAPS_TO<,MAPS_TO>}: a sub-sector, the broad industry over it, and a different sub-sector.
     */
    public static final Map<String, ReasonKind> VIA_SHAPES = Map.of(
            "", ReasonKind.BUILDS,                          // the need itself (BUILDS or HOSTS by the step)
            "HAS_SUBSECTOR>", ReasonKind.BUILDS,            // a sector's sub-sector
            "DEVELOPS<", ReasonKind.TECHNOLOGY,             // the sub-sector that develops a need technology
            "MAPS_TO<", ReasonKind.INDUSTRY_MAP,            // the industry a need sub-sector maps from (curated)
            "MAPS_TO>", ReasonKind.INDUSTRY_MAP,            // the sub-sector a need industry maps to (curated)
            "MAPS_TO>,MAPS_TO<", ReasonKind.INDUSTRY_MAP,   // an industry sharing the need industry's sub-sector
            "DEVELOPS<,MAPS_TO<", ReasonKind.INDUSTRY_MAP,  // the industry over a need technology's sub-sector
            "HAS_SUBSECTOR>,MAPS_TO<", ReasonKind.INDUSTRY_MAP);

    /** The reason kind of one evidence path, or null when its via shape does not count. */
    static ReasonKind kindOf(String family, String viaShape, String firstStepType) {
        ReasonKind tie = VIA_SHAPES.get(viaShape);
        if (tie == null) {
            return null;
        }
        return switch (family) {
            case "NAMED" -> viaShape.isEmpty() ? ReasonKind.NAMED : null;
            case "DISTRICT" -> viaShape.isEmpty() ? ReasonKind.DISTRICT : null;
            case "LAYOUT" -> ReasonKind.LAYOUT;
            case "ORIGIN" -> viaShape.isEmpty() ? ReasonKind.ORIGIN : null;
            default -> tie != ReasonKind.BUILDS ? tie : "HOSTS".equals(firstStepType) ? ReasonKind.HOSTS : ReasonKind.BUILDS;
        };
    }

    /** How much a layout reason loses per place its industry stands lower in the area's focus list of 五(一). */
    public static final double LAYOUT_RANK_STEP = 0.1;
    /**
     * A layout reason reached through a curated industry↔sub-sector mapping counts this share of one where the area
     * names the need's industry outright, so a district naming the sector beats one reached through a mapping.
     */
    public static final double LAYOUT_MAPPED_FACTOR = 0.6;

    /**
     * The weight of one reason: its kind's weight; for LAYOUT scaled by the focus rank r (1 = named first),
     * {@code 0.15 × max(0.5, 1 − 0.1 × (r − 1))}: 0.15, 0.135, 0.12 … never below 0.075.
     */
    public static double weight(ReasonKind kind, Integer focusRank) {
        return weight(kind, focusRank, false);
    }

    /** {@link #weight(ReasonKind, Integer)}, times {@link #LAYOUT_MAPPED_FACTOR} for a layout reached through MAPS_TO. */
    public static double weight(ReasonKind kind, Integer focusRank, boolean mapped) {
        if (kind != ReasonKind.LAYOUT) {
            return kind.weight();
        }
        double factor = focusRank == null ? 1 : Math.max(0.5, 1 - LAYOUT_RANK_STEP * (focusRank - 1));
        return Math.round(kind.weight() * factor * (mapped ? LAYOUT_MAPPED_FACTOR : 1) * 10_000) / 10_000.0;
    }

    /** The kinds that tie a park to the need itself (not only to its origin or its district's layout). */
    public static final Set<ReasonKind> DIRECT = java.util.EnumSet.of(ReasonKind.NAMED, ReasonKind.BUILDS,
            ReasonKind.HOSTS, ReasonKind.TECHNOLOGY, ReasonKind.INDUSTRY_MAP, ReasonKind.DISTRICT);

    /**
     * An origin profile: the words that recognise it (in the {@code origin} argument, or in the free text), the
     * cooperation profile it implies (in English and Chinese) and the graph anchors it points at. Latin keywords match
     * whole words or phrases, {@code *} marks a prefix; Chinese keywords match anywhere.
     */
    public record OriginRule(String profile, String description, String descriptionZh, List<String> keywords,
                             List<String> anchors) {
    }

    private static final List<String> BEIJING_ANCHORS = List.of("cooperationsystem:“1＋16”承接体系", "strategy:京津冀协同发展");
    private static final List<String> FOREIGN_ANCHORS = List.of("strategy:“一带一路”");

    /**
     * THE origin table. Anchors are CooperationSystem ids (parks that are MEMBER_OF) or Strategy ids (parks BUILT by
     * a measure or sub-sector that SUPPORTS the strategy). A profile with no anchors is recognised and said, but the
     * plan names no cooperation channel for it, so it adds no park.
     */
    public static final List<OriginRule> ORIGINS = List.of(
            new OriginRule("BEIJING", "an enterprise relocating from Beijing: the plan's “1＋16” receiving platforms and "
                    + "Beijing-Tianjin-Hebei coordination (六(一))",
                    "北京企业疏解转移：六(一)的“1＋16”承接平台与京津冀协同发展",
                    List.of("北京", "首都", "京津", "疏解", "中关村", "beijing", "relocat*", "zhongguancun"),
                    BEIJING_ANCHORS),
            new OriginRule("HEBEI", "a Hebei enterprise: Beijing-Tianjin-Hebei coordination (六(一) names 津冀协同发展示范区 "
                    + "among the “1＋16” platforms)",
                    "河北企业：京津冀协同发展（六(一)“1＋16”承接体系含津冀协同发展示范区）",
                    List.of("河北", "石家庄", "唐山", "保定", "廊坊", "沧州", "张家口", "承德", "秦皇岛", "邯郸", "邢台",
                            "衡水", "雄安", "hebei", "shijiazhuang", "tangshan", "baoding", "langfang", "xiong'an", "xiongan"),
                    BEIJING_ANCHORS),
            new OriginRule("DOMESTIC", "an enterprise from elsewhere in China: the plan names no cooperation channel for "
                    + "it, so the industry alone decides",
                    "国内其他地区企业：规划未列专门合作渠道，按产业匹配",
                    List.of("上海", "深圳", "广州", "杭州", "南京", "苏州", "无锡", "宁波", "武汉", "成都", "重庆", "西安", "青岛",
                            "大连", "沈阳", "长春", "哈尔滨", "济南", "郑州", "长沙", "合肥", "福州", "厦门", "东莞", "佛山",
                            "珠海", "昆明", "南昌", "太原", "江苏", "浙江", "广东", "山东", "福建", "四川", "湖北", "湖南", "河南",
                            "安徽", "辽宁", "吉林", "黑龙江", "山西", "陕西", "江西", "云南", "贵州", "广西", "内蒙古", "新疆",
                            "甘肃", "海南", "长三角", "珠三角", "内资", "shanghai", "shenzhen", "guangzhou", "hangzhou",
                            "nanjing", "suzhou", "wuhan", "chengdu", "chongqing", "xi'an", "qingdao", "dalian", "shenyang",
                            "jiangsu", "zhejiang", "guangdong", "shandong", "domestic"),
                    List.of()),
            new OriginRule("HMT", "an enterprise from Hong Kong, Macao or Taiwan: invested from outside the mainland, so "
                    + "the plan's opening-up and international cooperation (六(二)) apply",
                    "港澳台企业：境外投资，适用六(二)对外开放与国际合作",
                    List.of("香港", "澳门", "台湾", "港澳台", "港资", "澳资", "台资", "港商", "台商", "hong kong", "hongkong",
                            "macao", "macau", "taiwan*"),
                    FOREIGN_ANCHORS),
            new OriginRule("EUROPE", "a European enterprise: the China-EU parks of 六(二) (中欧高端产业领航区)",
                    "欧洲企业：六(二)的中欧产业园（中欧高端产业领航区）",
                    List.of("欧洲", "欧盟", "中欧", "德国", "法国", "意大利", "荷兰", "瑞典", "西班牙", "英国", "瑞士", "奥地利",
                            "比利时", "丹麦", "芬兰", "挪威", "波兰", "捷克", "葡萄牙", "爱尔兰", "希腊", "匈牙利",
                            "europe*", "eu", "german*", "france", "french", "ital*", "dutch", "netherlands",
                            "swed*", "spain", "spanish", "austria*", "belgi*", "danish", "denmark", "finland",
                            "finnish", "poland", "polish", "british", "britain", "uk", "swiss", "switzerland", "norw*",
                            "czech", "portug*", "irish", "ireland"),
                    List.of("cooperationsystem:中欧高端产业领航区")),
            new OriginRule("FOREIGN", "a foreign-invested or foreign-trade enterprise (外资, 独资, 合资, any country): the "
                    + "plan's opening-up (六(二): “一带一路”, the free-trade zone and port, multinationals' R&D)",
                    "外资（含外商独资、中外合资）或外贸企业：六(二)“一带一路”、自由贸易试验区与港口、吸引跨国公司研发",
                    List.of("外资", "外商", "外企", "独资", "合资", "外贸", "境外", "国外", "海外", "跨国", "进出口", "自贸",
                            "自由贸易", "一带一路", "美国", "日本", "韩国", "新加坡", "以色列", "加拿大", "澳大利亚", "新西兰",
                            "俄罗斯", "印度", "巴西", "墨西哥", "马来西亚", "泰国", "越南", "印尼", "沙特", "阿联酋",
                            "foreign", "overseas", "international", "multinational", "export*", "import", "imports",
                            "importer*", "importing", "trade", "trading", "joint venture", "joint-venture",
                            "wholly foreign-owned", "america*", "usa", "u.s.", "japan*", "korea*", "singapor*",
                            "israel*", "canad*", "australia*", "russia*", "india", "indian", "brazil*", "mexic*"),
                    FOREIGN_ANCHORS));

    /** Every anchor id of the origin table. */
    static final Set<String> ANCHOR_IDS = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ORIGINS.stream()
            .flatMap(r -> r.anchors().stream()).toList()));

    /** The rules whose keywords occur in {@code text}, in table order. */
    public static List<OriginRule> originsIn(String text) {
        Text t = new Text(text);
        Set<OriginRule> found = new LinkedHashSet<>();
        for (OriginRule rule : ORIGINS) {
            for (String keyword : rule.keywords()) {
                if (Keyword.of(keyword).in(t)) {
                    found.add(rule);
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    /** The keywords of any rule that occur in {@code text} (to take them out of the text before matching it). */
    static List<String> keywordsIn(String text) {
        Text t = new Text(text);
        return ORIGINS.stream().flatMap(r -> r.keywords().stream()).filter(k -> Keyword.of(k).in(t)).distinct().toList();
    }

    /** The text with the origin table's words blanked out (so 北京 or Europe is not also matched as an industry). */
    static String withoutOriginWords(String text) {
        String out = text;
        for (String k : keywordsIn(text)) {
            Keyword keyword = Keyword.of(k);
            out = keyword.latin ? keyword.blank.matcher(out).replaceAll(" ") : out.replace(k, " ");
        }
        return out;
    }

    static boolean keywordIn(String keyword, String text) {
        return Keyword.of(keyword).in(new Text(text));
    }

    /** A text as keywords are matched against it; its lower-cased form and words ({@link NameMatch#words}) are cut once for all keywords. */
    private static final class Text {
        final String text;
        private String lower;
        private String[] words;

        Text(String text) {
            this.text = text;
        }

        String lower() {
            return lower == null ? lower = text.toLowerCase(Locale.ROOT) : lower;
        }

        String[] words() {
            return words == null ? words = NameMatch.words(text) : words;
        }
    }

    /**
     * A keyword of the origin table, compiled once: Chinese keywords match anywhere, Latin words whole words of the
     * lower-cased text ({@code *}: a prefix), Latin phrases and words with punctuation (joint venture, xi'an, u.s.)
     * by a pattern; {@code blank} is the pattern that blanks it out of a text.
     */
    private record Keyword(String keyword, boolean latin, boolean prefix, String bare, WholeWord phrase, Pattern blank) {

        private static final Map<String, Keyword> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

        static Keyword of(String keyword) {
            return COMPILED.computeIfAbsent(keyword, Keyword::compile);
        }

        private static Keyword compile(String keyword) {
            if (!NameMatch.isLatin(keyword)) {
                return new Keyword(keyword, false, false, keyword, null, null);
            }
            boolean prefix = keyword.endsWith("*");
            String k = prefix ? keyword.substring(0, keyword.length() - 1) : keyword;
            WholeWord phrase = k.matches("[\\p{IsLatin}\\p{Nd}]+") ? null : WholeWord.of(k, prefix);
            Pattern blank = Pattern.compile("(?i)(?<![\\p{IsLatin}\\p{Nd}])" + Pattern.quote(k)
                    + (prefix ? "[\\p{IsLatin}\\p{Nd}]*" : "(?![\\p{IsLatin}\\p{Nd}])"));
            return new Keyword(keyword, true, prefix, k, phrase, blank);
        }

        boolean in(Text text) {
            if (!latin) {
                return text.text.contains(keyword);
            }
            if (phrase != null) {
                return phrase.in(text.lower()).find();
            }
            for (String w : text.words()) {
                if (prefix ? w.startsWith(bare) : w.equals(bare)) {
                    return true;
                }
            }
            return false;
        }
    }

    private FitRules() {
    }
}
