package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.ask.Grammar.Lang;
import org.seigraph.ask.Grammar.Rule;
import org.seigraph.ask.Parser.Miss;
import org.seigraph.ask.Parser.Token;
import org.seigraph.graph.GraphModel;
import org.seigraph.lookup.SearchService;

/**
 * The closest questions {@code ask} can answer, for a question it did not understand: the intent it came near,
 * filled with the names it found or with what search finds for the words it did not know; otherwise the
 * questions it can ask about the names it found; otherwise a few examples. Every suggestion is parsed before it
 * is offered, so each one is understood.
 */
final class Suggestions {

    static final int MAX = 5;

    static final List<String> EXAMPLES_ZH = List.of("海洋工程装备由哪些部门负责？哪个牵头？", "市海洋局负责哪些子领域？",
            "哪些子领域没有列市科委？", "石墨烯的下游是什么？", "滨海新区重点发展哪些产业？", "到2020年生物产业产值目标是多少？",
            "哪些园区适合来自北京的航空航天企业？");
    static final List<String> EXAMPLES_EN = List.of("Which bureaus are responsible for marine engineering equipment?",
            "Which sub-sectors do not list the Municipal Science and Technology Commission?", "What is downstream of graphene?",
            "What does Binhai New Area focus on?", "What are the targets of bio-industry?",
            "Which parks fit an aerospace company from Beijing?", "Which documents does the plan cite?");

    private final Parser parser;
    private final Lexicon lexicon;
    private final SearchService search;
    /** The ids of what develops a technology (its sub-sectors and measures). */
    private final java.util.function.Function<String, List<String>> developers;

    Suggestions(Parser parser, Lexicon lexicon, SearchService search,
                java.util.function.Function<String, List<String>> developers) {
        this.parser = parser;
        this.lexicon = lexicon;
        this.search = search;
        this.developers = developers;
    }

    List<String> forMiss(Miss miss) {
        Lang lang = miss.lang();
        Set<String> out = new LinkedHashSet<>();
        Rule rule = miss.rule();
        List<Lexicon.Entry> found = new ArrayList<>();
        for (Token t : miss.tokens()) {
            if (t.mention() != null) {
                found.addAll(t.mention().entries());
            }
        }
        if (rule != null) {
            Templates.Template template = Templates.of(rule.intent(), rule.flags());
            if (template != null) {
                if (template.slots().isEmpty()) {
                    add(out, template.text(lang));
                } else {
                    String slot = template.slots().get(0);
                    Grammar.Slot s = rule.slot(slot);
                    List<String> kinds = s == null ? Grammar.ANY : s.kinds();
                    for (Lexicon.Entry e : found) {
                        if (kinds.contains(e.kind())) {
                            add(out, Templates.fill(template, lang, Map.of(slot, e.label(lang == Lang.EN))));
                        } else if ("Technology".equals(e.kind())) {
                            // a technology where a sub-sector is wanted: ask about what develops it
                            for (String id : developers.apply(e.id())) {
                                Lexicon.Entry d = lexicon.entry(id);
                                if (d != null && kinds.contains(d.kind())) {
                                    add(out, Templates.fill(template, lang, Map.of(slot, d.label(lang == Lang.EN))));
                                }
                            }
                        }
                    }
                    for (Lexicon.Entry e : searched(miss.unknown(), kinds)) {
                        add(out, Templates.fill(template, lang, Map.of(slot, e.label(lang == Lang.EN))));
                    }
                }
            }
        }
        for (Lexicon.Entry e : found.isEmpty() ? searched(miss.unknown(), Grammar.ANY) : found) {
            for (String q : about(e, lang)) {
                add(out, q);
            }
        }
        if (out.isEmpty()) {
            (lang == Lang.ZH ? EXAMPLES_ZH : EXAMPLES_EN).forEach(q -> add(out, q));
        }
        return out.stream().limit(MAX).toList();
    }

    /** The same question asked about each of {@code entries} (e.g. a sector's sub-sectors). */
    List<String> forEach(Parser.Reading reading, String slot, List<Lexicon.Entry> entries) {
        Templates.Template template = Templates.of(reading.rule().intent(), reading.rule().flags());
        Set<String> out = new LinkedHashSet<>();
        if (template != null) {
            for (Lexicon.Entry e : entries) {
                add(out, Templates.fill(template, reading.lang(), Map.of(slot, e.label(reading.english()))));
            }
        }
        return out.stream().limit(MAX).toList();
    }

    /** Questions that take an entity of this kind, one per intent. */
    private List<String> about(Lexicon.Entry e, Lang lang) {
        List<String> out = new ArrayList<>();
        for (Templates.Template t : Templates.ALL.values()) {
            if (t.slots().size() != 1) {
                continue;
            }
            String intent = t.key().split("\\|")[0];
            Rule rule = Grammar.rules(lang).stream().filter(r -> r.intent().equals(intent) && r.slot(t.slots().get(0)) != null)
                    .findFirst().orElse(null);
            List<String> kinds = rule == null ? List.of() : rule.slot(t.slots().get(0)).kinds();
            if (!e.placeholder() && (kinds.indexOf(e.kind()) == 0 || (kinds == Grammar.ANY && kinds.contains(e.kind())))) {
                out.add(Templates.fill(t, lang, Map.of(t.slots().get(0), e.label(lang == Lang.EN))));
            }
        }
        return out;
    }

    private List<Lexicon.Entry> searched(String words, List<String> kinds) {
        if (words == null || words.isBlank() || words.length() > SearchService.MAX_TEXT) {
            return List.of();
        }
        List<Lexicon.Entry> out = new ArrayList<>();
        // only the kinds this graph has (a slot may name kinds a later graph brings)
        List<String> known = kinds.stream().filter(GraphModel.LABEL_NAMES::contains).toList();
        for (SearchService.Hit hit : search.search(words, known, 3)) {
            Lexicon.Entry e = lexicon.entry((String) hit.entity().get("id"));
            if (e != null && !e.placeholder()) {
                out.add(e);
            }
        }
        return out;
    }

    private void add(Set<String> out, String question) {
        if (question != null && out.size() < MAX * 2 && parser.parse(question).reading() != null) {
            out.add(question);
        }
    }
}
