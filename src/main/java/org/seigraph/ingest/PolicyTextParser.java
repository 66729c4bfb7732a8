package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seigraph.ingest.ListParser.ParsedList;
import org.seigraph.ingest.ResponsibilityListParser.Entry;
import org.seigraph.ingest.ResponsibilityListParser.ResponsibilityList;
import org.seigraph.ingest.TargetParser.Target;

/**
 * Rule-based parser of a strategic-emerging-industries plan (the layout of Tianjin's 13th-FYP implementation
 * opinions): text → {@link ParsedPlan} with nodes and relationships that carry their evidence offsets.
 * Every name and number comes from the text; the tables below are parsing rules (verbs, suffixes, qualifiers).
 */
public final class PolicyTextParser {

    /** Parks, zones, bases: what a name must end with. */
    static final String[] PARK_SUFFIXES = {"区", "园", "基地", "科技城", "产业城"};
    static final String[] PLATFORM_SUFFIXES = {"中心", "研究院", "联盟", "平台", "实验室"};
    /** Leading words that make a phrase a positioning or a generic class rather than a named place. */
    static final String[] NOT_A_NAME_PREFIXES = {"一批", "若干", "我国", "全国", "中国"};
    /** Leading words that make a project phrase a generic class (重大工程, 国际重大科技合作项目). */
    static final String[] GENERIC_PROJECT_PREFIXES = {"重大", "重点", "国际"};
    static final String[] QUALIFIER_PREFIXES = {"国内", "新一轮"};
    static final Set<String> PARK_VERBS = Set.of("建设", "打造", "建成", "加快", "推进");
    static final Set<String> PLATFORM_VERBS = Set.of("建设", "支持", "打造", "建成");
    static final Set<String> PROJECT_VERBS = Set.of("实施", "参与", "对接", "开展", "推动", "推进");
    static final Set<String> TECH_VERBS = Set.of("发展", "研发", "培育", "突破", "推广", "探索", "加强", "加快",
            "强化", "增强", "提升", "做大", "推动", "推进", "支持", "开展");
    /** Verbs that may govern a single un-listed item ("发展能源互联网"). */
    static final Set<String> SINGLE_TECH_VERBS = Set.of("发展", "研发", "突破", "做大");
    /** Verbs under which a measure (四–七) develops technologies. */
    static final Set<String> MEASURE_TECH_VERBS = Set.of("支持", "研发", "突破");
    /** Verbs that introduce a cited document, and the relationship they state. */
    static final List<String[]> CITATION_VERBS = List.of(
            new String[]{"贯彻落实", "IMPLEMENTS"}, new String[]{"落实", "IMPLEMENTS"},
            new String[]{"根据", "BASED_ON"}, new String[]{"依据", "BASED_ON"});

    private static final Pattern CITED = Pattern.compile("(贯彻落实|落实|根据|依据)《([^》]+)》（([^）]+)）");
    private static final Pattern ALIGNED = Pattern.compile("结合“([^”]+)”战略");
    private static final Pattern DOMAIN_LIST = Pattern.compile("(?:聚焦|促进)([^，。]+?)等重点领域");
    private static final Pattern SUBSECTOR_HEAD = Pattern.compile("^([^。，、（]{2,12})。");
    private static final Pattern SECTOR_VERB = Pattern.compile("^做\\p{IsHan}");
    private static final Pattern YEAR = Pattern.compile("到(\\d{4})年");
    private static final Pattern COOP_SYSTEM = Pattern.compile("^构建(“[^”]+”[^，。、]{0,6}体系)$");
    private static final Pattern COOP_ZONE = Pattern.compile("^打造([^，。、“”]{2,12}领航区)$");
    private static final Pattern CLUSTER = Pattern.compile("^形成([^，。、]{2,10})产业集群$");
    private static final Pattern LAYOUT = Pattern.compile("^([^，。、]{2,6}?(?:区|区域))(?=建设|重点发展|依托)");
    private static final Pattern FOCUS = Pattern.compile("重点发展([^，。]+?)等");
    private static final Pattern INDUSTRY_LIST = Pattern.compile("(?:形成|围绕)([^，。等]+、[^，。等]+)等(?:一批|细分领域)");
    private static final Pattern STRATEGY_LIST = Pattern.compile("落实([^，。]+?)重大战略部署");
    private static final Pattern STRATEGY_QUOTED = Pattern.compile("实施(“[^”]+”)战略");
    private static final Pattern STRATEGY_PLAIN = Pattern.compile("实施([^，。、“”]{2,8}战略)");
    private static final Pattern REFORM = Pattern.compile("(?:实施|推进)([^，。、的“”]{2,10}改革)(?=[，。])");
    /** 充分发挥A、B…等载体作用: the carriers that bear the city's name are named zones (天津国家自主创新示范区). */
    private static final Pattern CARRIERS = Pattern.compile("发挥([^，。]+?)等载体作用");
    static final String CITY = "天津";
    private static final Pattern COUNT_PREFIX = Pattern.compile("^(\\d+)个");
    private static final Pattern QUOTED_PREFIX = Pattern.compile("^(“[^”]+”)(.+)$");

    private final String docKey;
    private final ListParser lists = new ListParser();
    private final TargetParser targets = new TargetParser();
    private final ResponsibilityListParser responsibilities = new ResponsibilityListParser();

    public PolicyTextParser(String docKey) {
        this.docKey = docKey;
    }

    public ParsedPlan parse(String text) {
        return new Run(text).run();
    }

    /** A paragraph whose facts belong to one subject (a sub-sector, a sector heading, a measure, or none). */
    private record Subject(NodeRecord node, Span paragraph, int statementStart) {}

    private enum Mode { SUBSECTOR, MEASURE, INTRO }

    private final class Run {
        final String text;
        final String docId = NodeRecord.idOf("Document", docKey);
        final GraphRecords g = new GraphRecords();
        final List<Section> sections;
        final List<Subject> subjects = new ArrayList<>();
        NodeRecord doc;

        Run(String text) {
            this.text = text;
            this.sections = new SectionSplitter().split(text);
        }

        ParsedPlan run() {
            doc = g.node("Document", docKey, docKey, Evidence.curated(docId, Evidence.CURATED)).prop("text", text);
            sectionsAndHierarchy();
            citedDocuments();
            domains();
            for (Section s : sections) {
                if (s.isItem() && s.chapter().equals("二")) documentTargets(s);
            }
            sectors();
            for (Section s : sections) {
                if (s.isChapter() && isMeasureChapter(s)) {
                    Span intro = chapterIntro(s);
                    if (!intro.isEmpty()) body(intro, null, Mode.INTRO, yearOf(intro, null));
                }
                if (s.isItem() && isMeasureChapter(sectionOf(s.parentPath()))) measure(s);
            }
            layout();
            carriers();
            industryLists();
            strategies();
            textLocations();
            new MentionIndexer().index(g, text, docId, sections);
            firstOccurrences();
            supports();
            return new ParsedPlan(docId, text, sections, g);
        }

        // ---------------------------------------------------------------- structure

        void sectionsAndHierarchy() {
            for (Section s : sections) {
                String name = s.title() == null ? SectionSplitter.PREAMBLE : s.title().text();
                NodeRecord n = g.node("Section", s.path(), name, ev(s.path(), s.span()))
                        .prop("path", s.path()).prop("title", s.title() == null ? null : s.title().text())
                        .prop("level", s.level());
                NodeRecord parent = s.parentPath() == null ? doc : g.require(NodeRecord.idOf("Section", s.parentPath()));
                String relSection = s.parentPath() == null ? s.path() : s.parentPath();
                g.rel("HAS_SECTION", parent, n, ev(relSection, s.span())).prop("rank", s.rank());
            }
        }

        boolean isMeasureChapter(Section chapter) {
            return Set.of("四", "五", "六", "七").contains(chapter.path());
        }

        Section sectionOf(String path) {
            return sections.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
        }

        /** Text of a chapter between its heading and its first item. */
        Span chapterIntro(Section chapter) {
            int end = chapter.span().end();
            for (Section s : sections) {
                if (s.isItem() && chapter.path().equals(s.parentPath())) { end = Math.min(end, s.span().start()); }
            }
            return Span.of(text, chapter.heading().end(), end).trim();
        }

        List<Span> lines(Span s) {
            List<Span> out = new ArrayList<>();
            for (Span l : ListParser.splitOn(s, '\n')) if (!l.trim().isEmpty()) out.add(l.trim());
            return out;
        }

        Evidence ev(String section, Span span) {
            return Evidence.text(docId, section, span.start(), span.end());
        }

        Evidence ev(Span span) {
            return ev(sectionAt(span.start(), span.end()), span);
        }

        Evidence ev(int start, int end) {
            return ev(Span.of(text, start, end));
        }

        String sectionAt(int start, int end) {
            return SectionSplitter.innermost(sections, start, end).path();
        }

        Integer yearOf(Span paragraph, Section chapter) {
            Matcher m = YEAR.matcher(paragraph.text());
            if (m.find()) return Integer.parseInt(m.group(1));
            if (chapter != null) {
                Matcher c = YEAR.matcher(chapterIntro(chapter).text());
                if (c.find()) return Integer.parseInt(c.group(1));
            }
            return null;
        }

        // ---------------------------------------------------------------- documents, domains, sectors

        void citedDocuments() {
            Matcher m = CITED.matcher(text);
            while (m.find()) {
                Span title = Span.of(text, m.start(2), m.end(2));
                Span number = Span.of(text, m.start(3), m.end(3));
                NodeRecord cited = g.node("Document", number.text(), title.text(), ev(title))
                        .prop("title", title.text()).prop("number", number.text()).alias(number.text());
                g.bind(title, cited);
                g.bind(number, cited);
                g.rel(citationType(m.group(1)), doc, cited, ev(m.start(), m.end()));
            }
            Matcher a = ALIGNED.matcher(text);
            while (a.find()) {
                Span name = Span.of(text, a.start(1), a.end(1));
                NodeRecord cited = g.node("Document", name.text(), name.text(), ev(name))
                        .prop("title", name.text()).alias("“" + name.text() + "”");
                g.bind(name, cited);
                g.rel("ALIGNS_WITH", doc, cited, ev(a.start(), a.end()));
            }
        }

        String citationType(String verb) {
            for (String[] v : CITATION_VERBS) if (v[0].equals(verb)) return v[1];
            throw new IllegalStateException(verb);
        }

        void domains() {
            Span one = sectionOf("一").span();
            Matcher m = DOMAIN_LIST.matcher(one.text());
            if (!m.find()) throw new IllegalStateException("no domain list in 一");
            List<Span> items = ListParser.splitOn(one.sub(m.start(1), m.end(1)), '、');
            for (int i = 0; i < items.size(); i++) {
                g.nodeAt("Domain", docId, "一", items.get(i)).prop("rank", i + 1);
            }
        }

        void documentTargets(Section item) {
            Integer year = yearOf(item.span(), sectionOf("二"));
            for (Span sentence : ListParser.splitOn(item.span(), '。')) {
                for (Span clause : clauses(sentence)) {
                    for (Target t : targets.valueTargets(clause)) addTarget(doc, t, year, clause.start(), clause);
                }
            }
        }

        void sectors() {
            Section three = sectionOf("三");
            Matcher dm = DOMAIN_LIST.matcher(chapterIntro(three).text());
            Span intro = chapterIntro(three);
            if (!dm.find()) throw new IllegalStateException("no domain list in 三");
            Span domainList = intro.sub(dm.start(1), dm.end(1));
            List<Span> domainItems = ListParser.splitOn(domainList, '、');
            List<Span> split = ListParser.splitOnce(domainItems.remove(domainItems.size() - 1));
            domainItems.addAll(split);
            List<NodeRecord> domainNodes = new ArrayList<>();
            for (Span d : domainItems) {
                NodeRecord n = g.require(NodeRecord.idOf("Domain", d.text()));
                g.bind(d, n);
                domainNodes.add(n);
            }
            int rank = 0;
            for (Section item : sections) {
                if (!item.isItem() || !"三".equals(item.parentPath())) continue;
                rank++;
                Span firstClause = ListParser.splitOn(item.title(), '，').get(0);
                Matcher v = SECTOR_VERB.matcher(firstClause.text());
                Span nameSpan = v.find() ? firstClause.sub(v.end()) : firstClause;
                NodeRecord sector = g.nodeAt("Sector", docId, item.path(), nameSpan).prop("rank", rank);
                if (rank <= domainNodes.size()) {
                    g.rel("IN_DOMAIN", sector, domainNodes.get(rank - 1),
                            ev("三", Span.of(text, domainList.start(), nameSpan.end())));
                }
                List<Span> paragraphs = lines(item.span());
                Span heading = paragraphs.get(0);
                Integer year = yearOf(heading, null);
                for (Span clause : clausesOf(heading)) {
                    for (Target t : targets.valueTargets(clause)) addTarget(sector, t, year, heading.start(), clause);
                }
                int subRank = 0;
                for (Span p : paragraphs.subList(1, paragraphs.size())) {
                    Matcher h = SUBSECTOR_HEAD.matcher(p.text());
                    if (!h.find()) throw new IllegalStateException("not a sub-sector paragraph: " + p.text());
                    Span subName = p.sub(h.start(1), h.end(1));
                    NodeRecord sub = g.nodeAt("Subsector", docId, item.path(), subName).prop("rank", ++subRank);
                    g.rel("HAS_SUBSECTOR", sector, sub, ev(item.path(), Span.of(text, nameSpan.start(), subName.end())))
                            .prop("rank", subRank);
                    subjects.add(new Subject(sub, p, subName.start()));
                    responsibility(sub, p);
                    body(p.sub(h.end()), new Subject(sub, p, subName.start()), Mode.SUBSECTOR, yearOf(p, null));
                }
            }
        }

        void measure(Section item) {
            // id by path (measure:七(八)), name = the title as written
            NodeRecord m = g.node("Measure", item.path(), item.title().text(), ev(item.path(), item.title()))
                    .prop("path", item.path()).prop("title", item.title().text());
            g.bind(item.title(), m);
            Span p = item.span();
            subjects.add(new Subject(m, p, item.heading().start()));
            responsibility(m, p);
            List<List<Span>> participants = responsibilities.participants(p);
            List<Span> clauses = responsibilities.participantClauses(p);
            for (int i = 0; i < participants.size(); i++) {
                List<Span> names = participants.get(i);
                for (int r = 0; r < names.size(); r++) {
                    NodeRecord b = g.nodeAt("Bureau", docId, item.path(), names.get(r)).prop("category", "municipal");
                    g.rel("PARTICIPATES_IN", b, m, ev(item.path(), Span.of(text, item.heading().start(), clauses.get(i).end())))
                            .prop("rank", r + 1).prop("listSize", names.size());
                }
            }
            Span body = Span.of(text, item.heading().end(), p.end());
            body(body, new Subject(m, p, item.heading().start()), Mode.MEASURE, yearOf(p, null));
        }

        void responsibility(NodeRecord subject, Span paragraph) {
            Optional<ResponsibilityList> list = responsibilities.parse(paragraph);
            if (list.isEmpty()) return;
            List<Entry> entries = list.get().entries();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                NodeRecord b = g.nodeAt("Bureau", docId, sectionAt(e.name().start(), e.name().end()), e.name())
                        .prop("category", e.generic() ? "generic" : "municipal");
                g.rel("RESPONSIBLE_FOR", b, subject, ev(list.get().parenthesis()))
                        .prop("rank", i + 1).prop("lead", i == 0).prop("listSize", entries.size());
            }
        }

        // ---------------------------------------------------------------- bodies: lists, targets, parks …

        List<Span> clauses(Span sentence) {
            List<Span> out = new ArrayList<>();
            for (Span a : ListParser.splitOn(sentence, '，')) out.addAll(ListParser.splitOn(a, '；'));
            return out;
        }

        List<Span> clausesOf(Span paragraph) {
            List<Span> out = new ArrayList<>();
            for (Span s : ListParser.splitOn(paragraph, '。')) out.addAll(clauses(s));
            return out;
        }

        void body(Span body, Subject subject, Mode mode, Integer year) {
            for (Span sentence : ListParser.splitOn(body, '。')) {
                if (sentence.text().startsWith("（") && sentence.text().endsWith("按职责分工负责）")) continue;
                String carried = null;
                List<NodeRecord> parksInSentence = new ArrayList<>();
                for (Span clause : clauses(sentence)) {
                    if (cooperation(clause, sentence, parksInSentence)) continue;
                    for (Target t : targets.valueTargets(clause)) {
                        if (subject != null) addTarget(subject.node(), t, year, subject.statementStart(), clause);
                    }
                    Optional<ParsedList> parsed = lists.parse(clause, carried);
                    if (parsed.isEmpty()) continue;
                    carried = parsed.get().verb();
                    list(parsed.get(), subject, mode, year, parksInSentence);
                }
            }
        }

        boolean cooperation(Span clause, Span sentence, List<NodeRecord> parksInSentence) {
            Matcher sys = COOP_SYSTEM.matcher(clause.text());
            Matcher zone = COOP_ZONE.matcher(clause.text());
            Matcher cluster = CLUSTER.matcher(clause.text());
            boolean isSystem = sys.find();
            if (isSystem || zone.find()) {
                Matcher m = isSystem ? sys : zone;
                Span name = clause.sub(m.start(1), m.end(1));
                NodeRecord coop = g.nodeAt("CooperationSystem", docId, sectionAt(name.start(), name.end()), name);
                for (int i = 0; i < parksInSentence.size(); i++) {
                    g.rel("MEMBER_OF", parksInSentence.get(i), coop, ev(sentence)).prop("rank", i + 1);
                }
                return true;
            }
            if (cluster.find() && !parksInSentence.isEmpty()) {
                Span name = clause.sub(cluster.start(1), cluster.end(1));
                NodeRecord industry = g.nodeAt("Industry", docId, sectionAt(name.start(), name.end()), name);
                for (NodeRecord park : parksInSentence) {
                    g.rel("HOSTS", park, industry, ev(sentence)).prop("role", clause.sub(cluster.start(1)).text());
                }
                return true;
            }
            return false;
        }

        void list(ParsedList l, Subject subject, Mode mode, Integer year, List<NodeRecord> parksInSentence) {
            String verb = l.verb();
            String category = l.category().text();
            // counted targets with examples: 突破X等10项左右基础研究与前沿技术
            if (l.hasDeng() && verb.equals("突破")) {
                Optional<Target> counted = targets.counted(l.category());
                if (counted.isPresent() && subject != null) {
                    NodeRecord target = addTarget(subject.node(), counted.get(), year, subject.statementStart(), l.clause());
                    for (int i = 0; i < l.items().size(); i++) {
                        NodeRecord tech = technology(l.items().get(i), technologyCategory(counted.get().metric(), null));
                        develops(subject, tech, verb, i + 1, l.clause());
                        g.rel("EXAMPLE_OF", tech, target, ev(l.clause())).prop("rank", i + 1);
                    }
                    return;
                }
            }
            // construction counts: 建设5家智能工厂和100个数字化车间
            if (verb.equals("建设") && subject != null && l.items().stream().allMatch(i -> targets.counted(i).isPresent())) {
                for (Span item : l.items()) addTarget(subject.node(), targets.counted(item).get(), year, subject.statementStart(), l.clause());
                return;
            }
            // projects named by the category: 实施…等重点节能工程, 推进…等14个重点行动
            String projectKind = projectKind(stripCount(category));
            if (l.hasDeng() && projectKind != null && PROJECT_VERBS.contains(verb)) {
                projects(l, subject, projectKind);
                return;
            }
            List<Span> parks = new ArrayList<>(), platforms = new ArrayList<>(), projects = new ArrayList<>();
            for (Span item : l.items()) {
                Span name = stripQualifiers(item);
                boolean named = !l.generic() && !ListParser.startsWithAny(name.text(), NOT_A_NAME_PREFIXES)
                        && !name.text().contains("的");
                if (named && PARK_VERBS.contains(verb) && ListParser.endsWithAny(name.text(), PARK_SUFFIXES)) parks.add(name);
                else if (named && PLATFORM_VERBS.contains(verb) && ListParser.endsWithAny(name.text(), PLATFORM_SUFFIXES)) platforms.add(name);
                else if (!l.hasDeng() && PROJECT_VERBS.contains(verb) && projectKind(name.text()) != null
                        && !ListParser.startsWithAny(name.text(), GENERIC_PROJECT_PREFIXES)) projects.add(name);
            }
            if (!parks.isEmpty() || !platforms.isEmpty() || !projects.isEmpty()) {
                for (int i = 0; i < parks.size(); i++) {
                    Span name = parks.get(i);
                    NodeRecord park = g.nodeAt("Park", docId, sectionAt(name.start(), name.end()), name)
                            .propIfAbsent("category", parkKind(name.text()));
                    parksInSentence.add(park);
                    if (subject != null) {
                        g.rel("BUILDS", subject.node(), park, ev(subject.statementStart(), l.clause().end()))
                                .prop("verb", verb).prop("rank", i + 1);
                        if (mode == Mode.SUBSECTOR && category.startsWith(subject.node().name()) && category.endsWith("集聚区")) {
                            g.rel("HOSTS", park, subject.node(), ev(l.clause())).prop("role", category);
                        }
                    }
                }
                for (int i = 0; i < platforms.size(); i++) {
                    Span name = platforms.get(i);
                    NodeRecord platform = g.nodeAt("Platform", docId, sectionAt(name.start(), name.end()), name)
                            .propIfAbsent("category", platformKind(name.text()));
                    if (subject != null) {
                        g.rel("BUILDS", subject.node(), platform, ev(subject.statementStart(), l.clause().end()))
                                .prop("verb", verb).prop("rank", i + 1);
                    }
                }
                for (int i = 0; i < projects.size(); i++) {
                    Span name = projects.get(i);
                    NodeRecord project = g.nodeAt("Project", docId, sectionAt(name.start(), name.end()), name)
                            .propIfAbsent("category", projectKind(name.text()));
                    if (subject != null) {
                        g.rel("HAS_PROJECT", subject.node(), project, ev(subject.statementStart(), l.clause().end()))
                                .prop("verb", verb).prop("rank", i + 1);
                    }
                }
                return;
            }
            if (subject == null) return;
            // 提升 develops only what it brings to industrial scale: 提升X和Y产业化水平
            boolean verbFits = !verb.equals("提升") || l.strippedSuffix() != null && l.strippedSuffix().contains("产业化");
            boolean developsHere = mode == Mode.SUBSECTOR
                    ? verbFits && TECH_VERBS.contains(verb) && (!l.single() || SINGLE_TECH_VERBS.contains(verb))
                    : mode == Mode.MEASURE && l.hasDeng() && MEASURE_TECH_VERBS.contains(verb);
            if (!developsHere) return;
            for (int i = 0; i < l.items().size(); i++) {
                Span item = l.items().get(i);
                NodeRecord tech = technology(item, technologyCategory(l.hasDeng() ? category : "", item.text()));
                develops(subject, tech, verb, i + 1, l.clause());
            }
        }

        void projects(ParsedList l, Subject subject, String kind) {
            List<Span> items = l.items();
            Matcher count = COUNT_PREFIX.matcher(l.category().text());
            if (count.find() && Integer.parseInt(count.group(1)) != items.size()) {
                throw new IllegalStateException("list says " + count.group(1) + " items but has " + items.size() + ": " + l.clause().text());
            }
            Matcher q = QUOTED_PREFIX.matcher(items.get(0).text());
            String sharedPrefix = q.find() && items.stream().skip(1).noneMatch(i -> i.text().startsWith("“")) ? q.group(1) : null;
            for (int i = 0; i < items.size(); i++) {
                Span item = stripQualifiers(items.get(i));
                String name = sharedPrefix != null && i > 0 ? sharedPrefix + item.text() : item.text();
                NodeRecord project = g.node("Project", name, ev(item)).propIfAbsent("category", kind);
                if (!name.equals(item.text())) project.alias(item.text());
                g.bind(item, project);
                if (subject != null) {
                    g.rel("HAS_PROJECT", subject.node(), project, ev(subject.statementStart(), l.clause().end()))
                            .prop("verb", l.verb()).prop("rank", i + 1);
                }
            }
        }

        NodeRecord technology(Span item, String category) {
            NodeRecord tech = g.nodeAt("Technology", docId, sectionAt(item.start(), item.end()), item)
                    .propIfAbsent("category", category);
            for (String alias : parentheticalAliases(item.text())) tech.alias(alias);
            return tech;
        }

        void develops(Subject subject, NodeRecord tech, String verb, int rank, Span clause) {
            g.rel("DEVELOPS", subject.node(), tech, ev(subject.statementStart(), clause.end()))
                    .prop("verb", verb).prop("rank", rank);
        }

        NodeRecord addTarget(NodeRecord subject, Target t, Integer year, int statementStart, Span clause) {
            String subjectKey = switch (subject.label()) {
                case "Document" -> docKey;
                case "Measure" -> (String) subject.prop("path");
                default -> subject.name();
            };
            NodeRecord target = g.node("Target", subjectKey + "/" + t.name().text(), t.name().text(), ev(t.name()))
                    .prop("metric", t.metric()).prop("value", t.value()).prop("unit", t.unit())
                    .prop("qualifier", t.qualifier()).prop("approx", t.approx()).prop("year", year)
                    .prop("asWritten", t.asWritten().text()).prop("targetKind", t.targetKind());
            g.bind(t.name(), target);
            int start = subject.label().equals("Document") ? clause.start() : Math.min(statementStart, clause.start());
            g.rel("HAS_TARGET", subject, target, ev(start, Math.max(clause.end(), t.name().end())));
            return target;
        }

        // ---------------------------------------------------------------- layout, industries, strategies

        void layout() {
            Section s = sectionOf("五(一)");
            for (Span sentence : ListParser.splitOn(s.span(), '。')) {
                Matcher a = LAYOUT.matcher(sentence.text());
                Matcher f = FOCUS.matcher(sentence.text());
                if (!a.find() || !f.find()) continue;
                Span areaName = sentence.sub(a.start(1), a.end(1));
                NodeRecord area = g.nodeAt("Area", docId, s.path(), areaName);
                List<Span> industries = ListParser.splitOn(sentence.sub(f.start(1), f.end(1)), '、');
                for (int i = 0; i < industries.size(); i++) {
                    NodeRecord industry = g.nodeAt("Industry", docId, s.path(), industries.get(i));
                    g.rel("FOCUSES_ON", area, industry, ev(s.path(), sentence)).prop("rank", i + 1);
                }
            }
        }

        void carriers() {
            Matcher m = CARRIERS.matcher(text);
            while (m.find()) {
                for (Span item : ListParser.splitOn(Span.of(text, m.start(1), m.end(1)), '、')) {
                    if (!item.text().startsWith(CITY) || !ListParser.endsWithAny(item.text(), PARK_SUFFIXES)) continue;
                    g.nodeAt("Park", docId, sectionAt(item.start(), item.end()), item)
                            .propIfAbsent("category", parkKind(item.text())).alias(item.text().substring(CITY.length()));
                }
            }
        }

        void industryLists() {
            Matcher m = INDUSTRY_LIST.matcher(text);
            while (m.find()) {
                for (Span item : ListParser.splitOn(Span.of(text, m.start(1), m.end(1)), '、')) {
                    g.nodeAt("Industry", docId, sectionAt(item.start(), item.end()), item);
                }
            }
        }

        void strategies() {
            Matcher m = STRATEGY_LIST.matcher(text);
            while (m.find()) {
                for (Span item : ListParser.splitOn(Span.of(text, m.start(1), m.end(1)), '、')) strategy(item, null);
            }
            Matcher q = STRATEGY_QUOTED.matcher(text);
            while (q.find()) strategy(Span.of(text, q.start(1), q.end(1)), Span.of(text, q.start(1), q.end()).text());
            for (Pattern p : List.of(STRATEGY_PLAIN, REFORM)) {
                Matcher r = p.matcher(text);
                while (r.find()) strategy(Span.of(text, r.start(1), r.end(1)), null);
            }
        }

        void strategy(Span name, String alias) {
            g.nodeAt("Strategy", docId, sectionAt(name.start(), name.end()), name).alias(alias);
        }

        /** LOCATED_IN where the park's name itself starts with a layout area (滨海新区中欧先进制造产业园 → 滨海新区). */
        void textLocations() {
            for (NodeRecord park : g.nodes("Park")) {
                for (NodeRecord area : g.nodes("Area")) {
                    if (park.name().startsWith(area.name()) && park.evidence().fromText()) {
                        Evidence e = park.evidence();
                        g.rel("LOCATED_IN", park, area, ev(e.section(), Span.of(text, e.start(), e.end())));
                    }
                }
            }
        }

        /**
         * A node's evidence is the first occurrence of its name in the text (the earliest mention resolved to it),
         * except for the plan's own structure: a sector, sub-sector, measure or section is evidenced by its heading
         * (航空航天 by "航空航天。…", not by an earlier "…在航空航天、医疗器械…领域的应用").
         */
        void firstOccurrences() {
            for (RelRecord m : g.rels("MENTIONS")) {
                NodeRecord node = g.require(m.to());
                if (!STRUCTURE_LABELS.contains(node.label())) node.offerEvidence(m.evidence());
            }
        }

        /** SUPPORTS: the paragraph's subject (sub-sector or measure; else the document) supports each strategy it invokes. */
        void supports() {
            for (RelRecord mention : new ArrayList<>(g.rels("MENTIONS"))) {
                NodeRecord strategy = g.get(mention.to());
                if (!strategy.label().equals("Strategy")) continue;
                int at = mention.evidence().start();
                Subject subject = subjects.stream().filter(s -> s.paragraph().start() <= at && at < s.paragraph().end())
                        .findFirst().orElse(null);
                Span sentence = sentenceAround(at, mention.evidence().end());
                if (subject == null) {
                    g.rel("SUPPORTS", doc, strategy, ev(sentence));
                } else {
                    g.rel("SUPPORTS", subject.node(), strategy, ev(Span.of(text, Math.min(subject.statementStart(), sentence.start()), sentence.end())));
                }
            }
        }

        Span sentenceAround(int start, int end) {
            int a = start;
            while (a > 0 && "。\n：".indexOf(text.charAt(a - 1)) < 0) a--;
            int b = end;
            while (b < text.length() && "。\n".indexOf(text.charAt(b)) < 0) b++;
            if (b < text.length() && text.charAt(b) == '。') b++;
            return Span.of(text, a, b).trim();
        }
    }

    // -------------------------------------------------------------------- rule tables

    /** Labels whose evidence is the heading that defines them, never an earlier mention. */
    static final java.util.Set<String> STRUCTURE_LABELS = java.util.Set.of("Sector", "Subsector", "Measure", "Section");

    static Span stripQualifiers(Span s) {
        for (String q : QUALIFIER_PREFIXES) {
            if (s.text().startsWith(q) && s.text().length() > q.length() + 1) return s.sub(q.length());
        }
        return s;
    }

    static String stripCount(String category) {
        return COUNT_PREFIX.matcher(category).replaceFirst("");
    }

    static String projectKind(String t) {
        if (t.endsWith("项目计划") || t.endsWith("行动计划") || t.endsWith("计划")) return "programme";
        if (t.endsWith("项目")) return "project";
        if (t.endsWith("专项")) return "specialProgramme";
        if (t.endsWith("行动")) return "action";
        if (t.endsWith("工程")) return "engineering";
        if (t.endsWith("活动")) return "campaign";
        return null;
    }

    static String parkKind(String t) {
        if (t.endsWith("示范区")) return "demonstrationArea";
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
}
