package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 、-list governed by a verb from one clause: {@code [adverb]verb item1、item2…[等category]}.
 * <ul>
 *   <li>verbs: 发展 研发 培育 突破 建设 打造 实施 推进 开展 支持 参与 推广 探索 加强 加快 强化 增强 提升 对接 做大 建成 推动
 *       提高 促进 鼓励 壮大 运用 利用 建立 完善 深化 搭建 设立 构建 办好, optionally after an adverb (大力, 重点, 加快, 组织,
 *       统筹, 深入, 积极, 推动, 支持, 依法, 调整, 提升 …); a clause starting with 以及 continues the previous clause's verb;
 *       {@code 促进企业运用X} is read as {@code 运用X} (what the enterprises are to do);</li>
 *   <li>{@code 等} ends the items; what follows is the category phrase ({@code 关键技术装备}, {@code 10项左右基础研究与前沿技术});</li>
 *   <li>without 等, or with several items, the last item is split once on 以及/及/和;</li>
 *   <li>a list introduced by 一批/若干 is generic unless a {@code …的} names what it is ("一批具有…的X和Y" gives X, Y,
 *       {@code described}); "一批X、Y和Z产品" is one described item; lists whose items contain 在 (application fields)
 *       or start with 为 are not lists of things, nor are items that name a degree (…程度, …效率, …能力, …水平);</li>
 *   <li>without 等 each item loses a trailing action word (…的研发和产业化, …国际化, …系列化生产, …建设 …), which
 *       {@code strippedSuffix} keeps for the last one;</li>
 *   <li>{@code X和Y有关政策}: a conjunction before a policy-like ending joins qualifiers, not items.</li>
 * </ul>
 */
public final class ListParser {

    /**
     * @param generic   introduced by 一批/若干 (a number of a kind)
     * @param described a generic list whose items are nevertheless named ({@code 一批具有…的X}, {@code 一批X产品})
     */
    public record ParsedList(String verb, List<Span> items, Span category, Span clause, boolean hasDeng, boolean generic,
                             boolean described, String strippedSuffix) {
        public boolean single() { return items.size() == 1 && !hasDeng; }
    }

    static final String ADVERBS = "大力|重点|加快|积极|深入|组织|统筹|推动|支持|着力|全面|依法|调整|提升";
    static final String VERBS = "发展|研发|培育|突破|建设|打造|实施|推进|开展|支持|参与|推广|探索|加强|加快|强化|增强|提升|对接|做大|建成|推动"
            + "|提高|促进|鼓励|壮大|运用|利用|建立|完善|深化|搭建|设立|构建|办好|落实";
    private static final Pattern VERB = Pattern.compile("^(?:(?:" + ADVERBS + "))?(" + VERBS + ")");
    private static final String[] GENERIC_PREFIXES = {"一批", "若干", "一些"};
    static final String[] TRAILING = {"的研发和产业化", "的研发及产业化", "的示范应用", "及示范应用", "产业化水平", "产业化", "国际化",
            "系列化生产", "研制总装", "的各项措施", "建设"};
    /** Endings of names of places and platforms (see {@link ParseRules#PARK_SUFFIXES}, {@link ParseRules#PLATFORM_SUFFIXES}). */
    static final String[] NAME_SUFFIXES = java.util.stream.Stream.concat(java.util.Arrays.stream(ParseRules.PARK_SUFFIXES),
            java.util.Arrays.stream(ParseRules.PLATFORM_SUFFIXES)).toArray(String[]::new);
    /** Endings of policy instruments: "X和Y有关政策" is one policy, not X and "Y有关政策". */
    static final String[] POLICY_SUFFIXES = {"政策", "制度", "机制", "体系"};
    /** Endings that name a degree or an amount, not a thing (融合程度, 转换效率, 覆盖范围). */
    private static final String[] DEGREE_SUFFIXES = {"程度", "效率", "能力", "水平", "范围"};
    private static final String[] CONJUNCTIONS = {"以及", "及", "和"};
    /** 在 as a preposition (X在Y领域的应用, 科研院所在津落户), not the 在 of the words 在线, 在职, 在建. */
    private static final Pattern AT = Pattern.compile("在(?![线职建])");

    public Optional<ParsedList> parse(Span clause, String carriedVerb) {
        Span c = clause.trim();
        String verb;
        Span rest;
        if (c.text().startsWith("以及") && carriedVerb != null) {
            verb = carriedVerb;
            rest = c.sub(2);
        } else {
            Matcher m = VERB.matcher(c.text());
            if (!m.find()) return Optional.empty();
            verb = m.group(1);
            rest = c.sub(m.end());
            // 促进企业运用X: what is listed is what the enterprises are to do
            Matcher inner = VERB.matcher(rest.text().startsWith("企业") ? rest.text().substring(2) : "");
            if (inner.find()) {
                verb = inner.group(1);
                rest = rest.sub(2 + inner.end());
            }
        }
        if (rest.isEmpty()) return Optional.empty();
        int deng = rest.text().indexOf('等');
        boolean hasDeng = deng > 0;
        Span itemsPart = hasDeng ? rest.sub(0, deng) : rest;
        Span category = hasDeng ? rest.sub(deng + 1) : rest.sub(rest.text().length());
        List<Span> items = splitOn(itemsPart, '、');
        if (items.isEmpty()) return Optional.empty();

        Span first = items.get(0);
        boolean generic = startsWithAny(first.text(), GENERIC_PREFIXES);
        boolean described = false;
        if (generic || first.text().startsWith("具有")) {
            int de = first.text().lastIndexOf('的');
            if (de >= 0) {
                items.set(0, first.sub(de + 1));
                described = true;
            } else if (!first.text().startsWith("具有")) {
                Span unprefixed = itemsPart.sub(2);
                if (!hasDeng && unprefixed.text().endsWith("产品")) {
                    // 一批大数据处理、分析和可视化软硬件产品: one kind of product, described by its list
                    return Optional.of(new ParsedList(verb, List.of(unprefixed), category, c, false, true, true, null));
                }
                items.set(0, first.sub(2).trim());
            } else {
                return Optional.empty();
            }
        }
        if (items.get(0).text().startsWith("为")) return Optional.empty();
        for (Span s : items) if (AT.matcher(s.text()).find()) return Optional.empty();

        String stripped = null;
        if (!hasDeng) {
            for (int i = 0; i < items.size(); i++) {
                Span before = items.get(i);
                items.set(i, stripTrailing(before));
                if (i == items.size() - 1 && before.text().length() != items.get(i).text().length()) {
                    stripped = before.text().substring(items.get(i).text().length());
                }
            }
        }
        if ((items.size() >= 2 || !hasDeng) && !(hasDeng && items.get(items.size() - 1).text().contains("以及"))) {
            int last = items.size() - 1;
            List<Span> split = splitOnce(items.get(last));
            // "…创新和应用中心", "…在职创业和离岗创业有关政策": a conjunction inside a name joins qualifiers, not items
            if (split.size() == 2 && (endsWithAny(split.get(1).text(), NAME_SUFFIXES) && !endsWithAny(split.get(0).text(), NAME_SUFFIXES)
                    || endsWithAny(split.get(1).text(), POLICY_SUFFIXES) && !endsWithAny(split.get(0).text(), POLICY_SUFFIXES))) {
                split = List.of(items.get(last));
            }
            items.remove(last);
            for (Span part : split) items.add(hasDeng ? part : stripTrailing(part));
        }
        List<Span> kept = new ArrayList<>();
        for (Span s : items) {
            Span t = s.trim();
            if (t.text().length() >= 2 && !t.text().endsWith("企业") && !endsWithAny(t.text(), DEGREE_SUFFIXES)) kept.add(t);
        }
        if (kept.isEmpty()) return Optional.empty();
        return Optional.of(new ParsedList(verb, kept, category, c, hasDeng, generic, described, stripped));
    }

    static List<Span> splitOn(Span s, char sep) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        String t = s.text();
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == sep) {
                Span part = s.sub(from, i).trim();
                if (!part.isEmpty()) out.add(part);
                from = i + 1;
            }
        }
        return out;
    }

    static Span stripTrailing(Span s) {
        boolean again = true;
        while (again) {
            again = false;
            for (String suffix : TRAILING) {
                if (s.text().endsWith(suffix) && s.text().length() > suffix.length() + 1) {
                    s = s.sub(0, s.text().length() - suffix.length());
                    again = true;
                }
            }
        }
        return s;
    }

    /** Splits once on the first 以及 / 及 / 和 when both halves have at least two characters. */
    static List<Span> splitOnce(Span s) {
        for (String conj : CONJUNCTIONS) {
            int i = s.text().indexOf(conj);
            if (i >= 2 && s.text().length() - i - conj.length() >= 2) {
                return List.of(s.sub(0, i).trim(), s.sub(i + conj.length()).trim());
            }
        }
        return List.of(s);
    }

    static boolean startsWithAny(String t, String... prefixes) {
        for (String p : prefixes) if (t.startsWith(p)) return true;
        return false;
    }

    static boolean endsWithAny(String t, String... suffixes) {
        for (String p : suffixes) if (t.endsWith(p)) return true;
        return false;
    }
}
