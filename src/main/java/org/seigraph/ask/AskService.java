package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.ask.Answer.Item;
import org.seigraph.ask.Answer.Linked;
import org.seigraph.ask.Grammar.Lang;
import org.seigraph.ask.Parser.Reading;
import org.seigraph.graph.EntityReader;
import org.seigraph.lookup.SearchService;
import org.seigraph.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * Answers a question about the plan in Chinese or English: reads it with the {@link Grammar} over the graph's
 * names ({@link GraphLexicon}), turns the reading into a request of the public GraphQL API ({@link Plan}), runs
 * it in-process ({@link InProcessGraphQl}) and reads the answer from its data. The confidence rule: an answer is
 * given only when the intent and every slot are read without ambiguity and nothing of the question is left
 * over; otherwise {@code understood} is false and the answer offers questions that can be answered.
 */
@Service
public class AskService {

    public static final int MAX_QUESTION = 200;

    private final GraphLexicon lexicon;
    private final InProcessGraphQl graphql;
    private final EntityReader entities;
    private final SearchService search;

    AskService(GraphLexicon lexicon, InProcessGraphQl graphql, EntityReader entities, SearchService search) {
        this.lexicon = lexicon;
        this.graphql = graphql;
        this.entities = entities;
        this.search = search;
    }

    public Answer ask(String question) {
        String q = check(question);
        GraphLexicon.Snapshot snap = lexicon.get();
        Parser parser = new Parser(snap.lexicon());
        Parser.Result result = parser.parse(q);
        Suggestions suggestions = new Suggestions(parser, snap.lexicon(), search, this::developers);
        if (result.reading() == null) {
            Parser.Miss miss = result.miss();
            return notUnderstood(q, miss.lang(), miss.rule() == null ? null : miss.rule().intent(), List.of(),
                    explain(miss), suggestions.forMiss(miss));
        }
        Reading r = result.reading();
        String refused = refusal(r);
        if (refused != null) {
            return notUnderstood(q, r.lang(), r.rule().intent(), linked(r), refused, refusalSuggestions(r, suggestions));
        }
        Plan plan = plan(r, snap);
        Map<String, Object> data = graphql.execute(plan.document(), plan.variables());
        Plan.Reply reply = plan.read(data);
        Map<String, Map<String, Object>> full = fullEntities(r, reply.items());
        List<Item> all = complete(reply.items(), full);
        List<Item> items = modify(r, all);
        return new Answer(q, true, lang(r.lang()), Templates.key(r.rule().intent(), r.rule().flags()),
                Templates.interpretation(r), linked(r, full), items, Phrasing.text(r, items, all), reply.evidence(),
                new Answer.Query(plan.document(), plan.variables(), plan.select() + modifierNote(r)), List.of(), null);
    }

    /**
     * The items {@code data} gives for {@code question}: how the answer is read from the data of its GraphQL request,
     * wherever that request was run (a test runs it over HTTP and compares). Null when the question is not understood.
     */
    public List<Item> read(String question, Map<String, Object> data) {
        GraphLexicon.Snapshot snap = lexicon.get();
        Reading r = new Parser(snap.lexicon()).parse(check(question)).reading();
        if (r == null || refusal(r) != null) {
            return null;
        }
        return modify(r, plan(r, snap).read(data).items());
    }

    private static String check(String question) {
        if (question == null || question.isBlank()) {
            throw ApiException.badRequest("'question' is required, e.g. 海洋工程装备由哪些部门负责？");
        }
        if (question.length() > MAX_QUESTION) {
            throw ApiException.limit("The question is " + question.length() + " characters, above the limit of "
                    + MAX_QUESTION + "; ask one thing at a time");
        }
        return question.strip();
    }

    private static Plan plan(Reading r, GraphLexicon.Snapshot snap) {
        boolean leadOnly = "true".equals(r.flag("leadOnly"));
        return switch (r.rule().intent()) {
            case "responsibility.list", "responsibility.listAndLead" -> ResponsibilityPlans.bureausOf(r, false);
            case "responsibility.lead" -> ResponsibilityPlans.bureausOf(r, true);
            case "reverse.subsectors" -> ResponsibilityPlans.subsectorsOf(r, leadOnly);
            case "reverse.tasks" -> ResponsibilityPlans.tasksOf(r, leadOnly);
            case "negation.subsectors" -> ResponsibilityPlans.notListing(r, leadOnly);
            case "workload.table" -> ResponsibilityPlans.workloadTable(r);
            case "ordering.busiest" -> ResponsibilityPlans.busiest(r);
            case "workload.bureau" -> ResponsibilityPlans.workloadOf(r);
            case "structure.bureaus" -> ResponsibilityPlans.bureaus(r);
            case "structure.subsectors" -> StructurePlans.subsectors(r);
            case "structure.parent" -> StructurePlans.parent(r);
            case "structure.domains" -> StructurePlans.domains(r);
            case "structure.technologies" -> StructurePlans.technologies(r);
            case "layout.focus" -> LayoutPlans.focus(r);
            case "layout.areas" -> LayoutPlans.areas(r);
            case "layout.parks" -> LayoutPlans.parks(r);
            case "layout.districts" -> LayoutPlans.districts(r);
            case "layout.location" -> LayoutPlans.location(r);
            case "targets" -> TargetPlans.targets(r);
            case "targets.max" -> TargetPlans.highest(r);
            case "dependency" -> GraphPlans.dependency(r);
            case "paths" -> GraphPlans.paths(r);
            case "parkfit" -> ParkFitPlan.plan(r);
            case "documents" -> DocumentPlans.plan(r, snap.planDocument());
            default -> throw new IllegalStateException("No plan for intent " + r.rule().intent());
        };
    }

    /**
     * Readings the grammar accepts but the plan cannot answer as asked: a sector's bureaus (the plan lists them per
     * sub-sector), a park-fit need with neither field nor origin. Null when the reading can be answered.
     */
    private static String refusal(Reading r) {
        String intent = r.rule().intent();
        Lexicon.Entry subject = r.entity("subject");
        if (intent.startsWith("responsibility") && subject != null && "Sector".equals(subject.kind())) {
            return r.english()
                    ? "The plan names responsible bureaus per sub-sector, not for the sector " + subject.label(true) + " as a whole."
                    : "规划按子领域列出负责部门，" + subject.name() + "作为整个产业没有负责部门名单。";
        }
        if (intent.equals("parkfit") && r.entities("need").isEmpty() && r.originWords().isEmpty()) {
            return r.english() ? "The question names no field of the plan and no origin to rank parks by."
                    : "问题中没有规划里的产业、技术或来源地，无法为园区排序。";
        }
        return null;
    }

    private List<String> refusalSuggestions(Reading r, Suggestions suggestions) {
        Lexicon.Entry subject = r.entity("subject");
        if (subject != null && "Sector".equals(subject.kind())) {
            Map<String, Object> data = graphql.execute("query($s: ID) { subsectors(sector: $s) { id } }", Map.of("s", subject.id()));
            List<Lexicon.Entry> subs = new ArrayList<>();
            GraphLexicon.Snapshot snap = lexicon.get();
            for (Map<String, Object> s : Data.list(data, "subsectors")) {
                Lexicon.Entry e = snap.lexicon().entry(Data.str(s, "id"));
                if (e != null) {
                    subs.add(e);
                }
            }
            return suggestions.forEach(r, "subject", subs);
        }
        return r.english() ? Suggestions.EXAMPLES_EN.subList(5, 6) : Suggestions.EXAMPLES_ZH.subList(6, 7);
    }

    private List<String> developers(String technology) {
        Map<String, Object> data = graphql.execute("query($id: ID!) { node(id: $id) { ... on Technology { developedBy { id } } } }",
                Map.of("id", technology));
        return Data.list(Data.map(data, "node"), "developedBy").stream().map(d -> Data.str(d, "id")).toList();
    }

    /** count: the number of items; position: the first or last. */
    private static List<Item> modify(Reading r, List<Item> items) {
        if ("true".equals(r.flag("count"))) {
            return List.of(Item.value(items.size(), null, "count"));
        }
        String position = r.flag("position");
        if (position != null && !items.isEmpty()) {
            return List.of("last".equals(position) ? items.get(items.size() - 1) : items.get(0));
        }
        return items;
    }

    private static String modifierNote(Reading r) {
        if ("true".equals(r.flag("count"))) {
            return "; the answer is how many";
        }
        String position = r.flag("position");
        return position == null ? "" : "; the answer is the " + position + " of them";
    }

    /** Every entity of the answer and of the question's slots, with all its fields, in one lookup. */
    private Map<String, Map<String, Object>> fullEntities(Reading r, List<Item> items) {
        Set<String> ids = new LinkedHashSet<>();
        r.slots().values().forEach(filled -> filled.forEach(f -> {
            if (f.entry() != null) {
                ids.add(f.entry().id());
            }
        }));
        for (Item i : items) {
            if (i.id() != null) {
                ids.add(i.id());
            }
            if (i.path() != null) {
                i.path().forEach(n -> ids.add((String) n.get("id")));
            }
        }
        return ids.isEmpty() ? Map.of() : entities.byIds(ids);
    }

    /** The items' entities as full entities (every field of their kind can be selected). */
    private static List<Item> complete(List<Item> items, Map<String, Map<String, Object>> full) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            Item c = i.id() == null ? i : i.withEntity(full.getOrDefault(i.id(), i.entity()));
            if (i.path() != null) {
                c = c.withPath(i.path().stream().map(n -> full.getOrDefault((String) n.get("id"), n)).toList());
            }
            out.add(c);
        }
        return out;
    }

    private List<Linked> linked(Reading r) {
        Set<String> ids = new LinkedHashSet<>();
        r.slots().values().forEach(filled -> filled.forEach(f -> {
            if (f.entry() != null) {
                ids.add(f.entry().id());
            }
        }));
        return linked(r, ids.isEmpty() ? Map.of() : entities.byIds(ids));
    }

    private static List<Linked> linked(Reading r, Map<String, Map<String, Object>> full) {
        List<Linked> out = new ArrayList<>();
        r.slots().forEach((slot, filled) -> filled.forEach(f -> {
            if (f.entry() != null) {
                String how = f.token().mention().senses().stream().filter(s -> s.entry().id().equals(f.entry().id()))
                        .map(Lexicon.Sense::how).findFirst().orElse("name");
                out.add(new Linked(f.token().surface(), slot, full.get(f.entry().id()), how));
            }
        }));
        return out;
    }

    private static Answer notUnderstood(String q, Lang lang, String nearIntent, List<Linked> linked, String why,
                                        List<String> suggestions) {
        boolean en = lang == Lang.EN;
        String text = en ? "I did not understand the question well enough to answer it. " + why
                : "没能完全理解这个问题，因此不作回答。" + why;
        return new Answer(q, false, lang(lang), nearIntent, null, linked, List.of(), text, List.of(), null, suggestions, why);
    }

    /** Why a question was not understood, in its language. */
    static String explain(Parser.Miss miss) {
        boolean en = miss.lang() == Lang.EN;
        String reason = miss.reason();
        String what = miss.unknown() == null || miss.unknown().isBlank() ? null : miss.unknown();
        if (miss.rule() == null) {
            return en ? "It matches none of the question forms I know" + (what == null ? "." : " (not understood: \"" + what + "\").")
                    : "它不属于我能回答的问题类型" + (what == null ? "。" : "（未能理解：“" + what + "”）。");
        }
        String intent = miss.rule().intent();
        if (reason.startsWith("missing:")) {
            return en ? "It looks like a question of type " + intent + ", but names nothing of the plan for it"
                    + (what == null ? "." : " (not found: \"" + what + "\").")
                    : "它像是“" + intent + "”类问题，但没有找到规划中对应的名称" + (what == null ? "。" : "（未找到：“" + what + "”）。");
        }
        if (reason.startsWith("ambiguous:")) {
            return en ? "It names more than one thing where one is expected: " + what + "."
                    : "它在只需一个名称的地方给出了多个：" + what + "。";
        }
        if (reason.equals("extra-name") || reason.equals("wrong-kind")) {
            return en ? "It looks like a question of type " + intent + ", but \"" + what + "\" does not fit it."
                    : "它像是“" + intent + "”类问题，但“" + what + "”放在这里说不通。";
        }
        return en ? "It looks like a question of type " + intent + ", but I do not understand \"" + what + "\"."
                : "它像是“" + intent + "”类问题，但不理解“" + what + "”。";
    }

    private static String lang(Lang lang) {
        return lang == Lang.ZH ? "zh" : "en";
    }
}
