package org.seigraph.ask;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.seigraph.ask.Grammar.Lang;
import org.seigraph.ask.Parser.Reading;

/**
 * One canonical question per intent (and flags), in Chinese and English, with its slots as {@code {slot}}. They
 * say how a question was understood ({@code interpretation}) and, filled with names, are the suggestions offered
 * when a question is not understood; a test proves that each, filled in, is understood as the intent it stands for.
 */
final class Templates {

    /** A template: the key (intent plus flags), the slots it needs and the two phrasings. */
    record Template(String key, List<String> slots, String zh, String en) {

        String text(Lang lang) {
            return lang == Lang.ZH ? zh : en;
        }
    }

    static final Map<String, Template> ALL = new LinkedHashMap<>();

    private static void t(String key, List<String> slots, String zh, String en) {
        ALL.put(key, new Template(key, slots, zh, en));
    }

    static {
        List<String> subject = List.of("subject");
        List<String> bureau = List.of("bureau");
        t("responsibility.list", subject, "{subject}由哪些部门负责？", "Which bureaus are responsible for {subject}?");
        t("responsibility.lead", subject, "{subject}由哪个部门牵头？", "Who leads {subject}?");
        t("responsibility.listAndLead", subject, "{subject}由哪些部门负责？哪个牵头？",
                "Which bureaus are responsible for {subject}, and which leads?");
        t("responsibility.list|count=true", subject, "{subject}有几个负责部门？", "How many bureaus are responsible for {subject}?");
        t("responsibility.list|position=first", subject, "{subject}的负责部门中排在第一位的是哪个？",
                "Which bureau is listed first for {subject}?");
        t("responsibility.list|position=last", subject, "{subject}的负责部门中排在最后的是哪个？",
                "Which bureau is listed last for {subject}?");
        t("reverse.subsectors", bureau, "{bureau}负责哪些子领域？", "Which sub-sectors is {bureau} responsible for?");
        t("reverse.subsectors|leadOnly=true", bureau, "{bureau}牵头哪些子领域？", "Which sub-sectors does {bureau} lead?");
        t("reverse.subsectors|count=true", bureau, "{bureau}负责多少个子领域？", "How many sub-sectors is {bureau} responsible for?");
        t("reverse.subsectors|count=true|leadOnly=true", bureau, "{bureau}牵头多少个子领域？", "How many sub-sectors does {bureau} lead?");
        t("reverse.tasks", bureau, "{bureau}负责哪些任务？", "What is {bureau} responsible for?");
        t("reverse.tasks|leadOnly=true", bureau, "{bureau}牵头哪些任务？", "What does {bureau} lead?");
        t("reverse.tasks|count=true", bureau, "{bureau}负责多少项任务？", "How many tasks is {bureau} responsible for?");
        t("reverse.tasks|count=true|leadOnly=true", bureau, "{bureau}牵头多少项任务？", "How many tasks does {bureau} lead?");
        t("negation.subsectors", bureau, "哪些子领域没有列{bureau}？", "Which sub-sectors do not list {bureau}?");
        t("negation.subsectors|leadOnly=true", bureau, "哪些子领域不是由{bureau}牵头的？", "Which sub-sectors are not led by {bureau}?");
        t("workload.bureau", bureau, "{bureau}的工作量是多少？", "What is the workload of {bureau}?");
        t("workload.table", List.of(), "各部门的工作量是多少？", "What is the workload of each bureau?");
        t("ordering.busiest|by=total", List.of(), "哪个部门负责的任务最多？", "Which bureau has the most tasks?");
        t("ordering.busiest|by=led", List.of(), "哪个部门牵头的任务最多？", "Which bureau leads the most tasks?");
        t("structure.bureaus", List.of(), "规划涉及哪些部门？", null);
        t("structure.bureaus|count=true", List.of(), "规划涉及多少个部门？", "How many bureaus does the plan name?");
        t("structure.subsectors", List.of("sector"), "{sector}包括哪些子领域？", "Which sub-sectors does {sector} have?");
        t("structure.subsectors|count=true", List.of("sector"), "{sector}包括几个子领域？", "How many sub-sectors does {sector} have?");
        t("structure.parent", List.of("entity"), "{entity}属于哪个产业？", "Which sector does {entity} belong to?");
        t("structure.domains", List.of(), "规划有哪些重点领域？", "Which are the priority domains?");
        t("structure.domains|count=true", List.of(), "规划有几个重点领域？", "How many priority domains are there?");
        t("structure.technologies", List.of("subsector"), "{subsector}发展哪些技术？", "What does {subsector} develop?");
        t("layout.focus", List.of("area"), "{area}重点发展哪些产业？", "What does {area} focus on?");
        t("layout.focus|count=true", List.of("area"), "{area}重点发展几个产业？", "How many industries does {area} focus on?");
        t("layout.focus|position=first", List.of("area"), "{area}重点发展的第一个产业是什么？", "What is the first industry of {area}?");
        t("layout.focus|position=last", List.of("area"), "{area}重点发展的最后一个产业是什么？", null);
        t("layout.areas", List.of("industry"), "哪些区域重点发展{industry}？", "Which areas focus on {industry}?");
        t("layout.parks", List.of("place"), "{place}有哪些园区？", "Which parks are in {place}?");
        t("layout.parks|count=true", List.of("place"), "{place}有几个园区？", "How many parks are in {place}?");
        t("layout.districts", List.of("area"), "{area}包括哪些区？", "Which districts are in {area}?");
        t("layout.districts|count=true", List.of("area"), "{area}包括几个区？", null);
        t("layout.location", List.of("park"), "{park}位于哪个区？", "Which district is {park} in?");
        t("targets", List.of("owner"), "{owner}有哪些目标？", "What are the targets of {owner}?");
        t("targets.max", List.of(), "哪个产业的产值目标最高？", "Which sector has the highest output target?");
        t("dependency|direction=UPSTREAM", List.of("entity"), "{entity}的上游是什么？", "What is upstream of {entity}?");
        t("dependency|direction=DOWNSTREAM", List.of("entity"), "{entity}的下游是什么？", "What is downstream of {entity}?");
        t("paths", List.of("from", "to"), "{from}和{to}有什么关系？", "How is {from} related to {to}?");
        t("parkfit", List.of("need"), "哪些园区适合{need}企业？", "Which parks fit a {need} company?");
        t("documents|relation=implements", List.of(), "本意见贯彻落实哪个文件？", "Which document does the plan implement?");
        t("documents|relation=basedOn", List.of(), "本意见是根据哪个文件制定的？", "What is the plan based on?");
        t("documents|relation=alignsWith", List.of(), "本意见结合了哪个战略？", "Which strategy does the plan align with?");
        t("documents|relation=cited", List.of(), "本意见引用了哪些文件？", "Which documents does the plan cite?");
    }

    /** The key of a reading: its intent and flags, as in {@link #ALL}. */
    static String key(String intent, Map<String, String> flags) {
        StringBuilder k = new StringBuilder(intent);
        new TreeMap<>(flags).forEach((f, v) -> k.append('|').append(f).append('=').append(v));
        return k.toString();
    }

    static Template of(String intent, Map<String, String> flags) {
        return ALL.get(key(intent, flags));
    }

    /** The template filled with names; null when a slot has no name or the template has no such language. */
    static String fill(Template t, Lang lang, Map<String, String> names) {
        String text = t.text(lang);
        if (text == null) {
            return null;
        }
        for (String slot : t.slots()) {
            String name = names.get(slot);
            if (name == null) {
                if (slot.equals("sector") || slot.equals("owner")) {
                    text = text.replace("{" + slot + "}", lang == Lang.ZH ? "规划" : "the plan");
                    continue;
                }
                return null;
            }
            text = text.replace("{" + slot + "}", name);
        }
        return text;
    }

    /** How the question was understood, as the canonical question of its reading (targets spelled out). */
    static String interpretation(Reading r) {
        Map<String, String> names = new LinkedHashMap<>();
        r.slots().forEach((slot, filled) -> {
            if (!filled.isEmpty() && filled.get(0).entry() != null) {
                names.put(slot, String.join(r.english() ? " and " : "、",
                        filled.stream().map(f -> f.entry().label(r.english())).toList()));
            }
        });
        String intent = r.rule().intent();
        if (intent.equals("targets")) {
            return targets(r, names);
        }
        if (intent.equals("parkfit") && !r.originWords().isEmpty()) {
            String origin = String.join(" ", r.originWords());
            String need = names.getOrDefault("need", r.english() ? "any" : "");
            return r.english() ? "Which parks fit a " + need + " company from " + origin + "?"
                    : "来自" + origin + "的" + need + "企业适合哪些园区？";
        }
        Template t = of(intent, r.rule().flags());
        String text = t == null ? null : fill(t, r.lang(), names);
        if (text == null && t != null) {
            text = fill(t, r.lang() == Lang.ZH ? Lang.EN : Lang.ZH, names);
        }
        return text == null ? intent : text;
    }

    private static String targets(Reading r, Map<String, String> names) {
        String owner = names.get("owner");
        Integer year = r.year();
        String metric = r.metric();
        if (r.english()) {
            return "Targets" + (metric == null ? "" : " of metric " + metric) + (owner == null ? "" : " of " + owner)
                    + (year == null ? "" : " for " + year) + "?";
        }
        return (year == null ? "" : "到" + year + "年") + (owner == null ? "" : owner + "的")
                + (metric == null ? "" : metric) + "目标是多少？";
    }

    private Templates() {
    }
}
