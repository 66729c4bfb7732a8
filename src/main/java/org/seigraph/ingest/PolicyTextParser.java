package org.seigraph.ingest;

import static org.seigraph.ingest.ParseRules.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Every name and number comes from the text; {@link ParseRules} holds the rule tables (verbs, suffixes, kinds).
 *
 * <p>Each paragraph has a subject: a sub-sector (三), a measure (四–七), the section of a goal (二) or of a chapter
 * introduction (四–七). A relationship from a subject is evidenced by the statement that states it (from the
 * clause with its verb to the clause with the item), never by the whole paragraph: the paragraph tells whose it is.
 */
public final class PolicyTextParser {

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
    /** “十三五”, 第十三个五年规划: the plan period the plan belongs to. */
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("“十([一二三四五六七八九])五”|第十([一二三四五六七八九])个五年规划");
    private static final Pattern COOP_SYSTEM = Pattern.compile("^构建(“[^”]+”[^，。、]{0,6}体系)$");
    private static final Pattern COOP_ZONE = Pattern.compile("^打造([^，。、“”]{2,12}领航区)$");
    private static final Pattern CLUSTER = Pattern.compile("^形成([^，。、]{2,10})产业集群$");
    private static final Pattern LAYOUT = Pattern.compile("^([^，。、]{2,6}?(?:区|区域))(?=建设|重点发展|依托)");
    private static final Pattern FOCUS = Pattern.compile("重点发展([^，。]+?)等([^，。]+)");
    private static final Pattern BUILDS_ROLE = Pattern.compile("^(?:[^，。、]{2,6}?(?:区|区域))?建设(?:一批)?([^，。]+)$");
    private static final Pattern STRATEGY_LIST = Pattern.compile("落实([^，。]+?)重大战略部署");
    private static final Pattern STRATEGY_QUOTED = Pattern.compile("实施(“[^”]+”)战略");
    private static final Pattern STRATEGY_PLAIN = Pattern.compile("实施([^，。、“”]{2,8}战略)");
    private static final Pattern REFORM = Pattern.compile("(?:实施|推进)([^，。、的“”]{2,10}改革)(?=[，。])");
    /** 充分发挥A、B…等载体作用: the carriers that bear the city's name are named zones (天津国家自主创新示范区). */
    private static final Pattern CARRIERS = Pattern.compile("发挥([^，。]+?)等载体作用");
    /** 发挥X作用 / 发挥X(政策)优势: the subject makes use of X (a zone, a fund). */
    private static final Pattern LEVERAGE = Pattern.compile("^(?:充分)?发挥(.+?)(等载体)?(?:政策)?(?:作用|优势)$");
    /** 以推进X、Y为契机: the subject advances the zones X, Y. */
    private static final Pattern OCCASION = Pattern.compile("^以(推进)(.+?)为契机$");
    /** 到X挂牌: listing on a share-transfer system. */
    private static final Pattern LISTING = Pattern.compile("到([^，。、]+?系统)挂牌");
    /** X在Y、Z等领域的(示范|推广)应用: X is applied in the fields Y, Z. */
    private static final Pattern APPLICATION = Pattern.compile("^(?:(?:" + ListParser.ADVERBS + "))?(" + ListParser.VERBS
            + ")(.+?)在(.+?)(?:等)?(?:领域|中)的?(?:拓展|示范|推广)?应用$");
    /** 为X、Y等配套的Z: Z (developed) is used in X, Y. */
    private static final Pattern SUPPLY = Pattern.compile("^(?:(?:" + ListParser.ADVERBS + "))?(" + ListParser.VERBS
            + ")为(.+?)等?配套的(.+)$");
    /** 构建覆盖全市的城市无线网, 建设生态环境监测网络: an infrastructure network. */
    private static final Pattern INFRASTRUCTURE = Pattern.compile("^(构建|建设|完善)(?:.*的)?([^，。、的]{2,20}?(?:网络|网))$");
    /** 形成/围绕/开展/面向/探索/加大对 X、Y等<fields>: a list of fields (industry chains, cluster fields, cooperation fields …). */
    private static final Pattern FIELD_LIST = Pattern.compile("^(形成|围绕|开展|面向|探索|加大对)(.+?)等(?:一批)?"
            + "(.*?(?:产业链和集群|细分领域|国际合作|领域|市场准入|支持力度))$");
    private static final Pattern COUNT_PREFIX = Pattern.compile("^(\\d+)个");
    private static final Pattern QUOTED_PREFIX = Pattern.compile("^(“[^”]+”)(.+)$");
    static final String CITY = "天津";

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

    /** A paragraph whose facts belong to one subject (a sub-sector, a measure, a section). */
    private record Subject(NodeRecord node, Span paragraph) {}

    /** What a paragraph can state: a sub-sector's or a measure's tasks, a chapter introduction's, or a goal of 二. */
    private enum Mode { SUBSECTOR, MEASURE, INTRO, GOAL }

    /** The year of a target and where it comes from: the text ("到2020年") or the plan period. */
    private record Year(Integer year, String source) {}

    /** A mention of a field whose node is chosen once all industries, domains and sectors are known. */
    private record FieldRef(NodeRecord from, String type, Span name, Map<String, Object> props, Span statement) {}

    private final class Run {
        final String text;
        final String docId = NodeRecord.idOf("Document", docKey);
        final GraphRecords g = new GraphRecords();
        final List<Section> sections;
        /** Sub-sectors and measures with their paragraphs (strategies a paragraph invokes are supported by its subject). */
        final List<Subject> subjects = new ArrayList<>();
        final List<FieldRef> fieldRefs = new ArrayList<>();
        NodeRecord doc;
        Integer planEnd;

        Run(String text) {
            this.text = text;
            this.sections = new SectionSplitter().split(text);
        }

        ParsedPlan run() {
            doc = g.node("Document", docKey, docKey, Evidence.curated(docId, Evidence.CURATED)).prop("text", text);
            planEnd = planPeriodEnd();
            sectionsAndHierarchy();
            citedDocuments();
            domains();
            strategies();
            carriers();
            for (Section s : sections) {
                if (s.isItem() && s.chapter().equals("二")) goal(s);
            }
            sectors();
            for (Section s : sections) {
                if (s.isChapter() && isMeasureChapter(s)) {
                    Span intro = chapterIntro(s);
                    if (!intro.isEmpty()) body(intro, new Subject(sectionNode(s), intro), Mode.INTRO, targetYear(intro, null));
                }
                if (s.isItem() && isMeasureChapter(sectionOf(s.parentPath()))) measure(s);
            }
            layout();
            textLocations();
            nameTies();
            resolveFields();
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

        NodeRecord sectionNode(Section s) {
            return g.require(NodeRecord.idOf("Section", s.path()));
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

        Evidence inferred(Span read, String rule) {
            return Evidence.inferred(docId, sectionAt(read.start(), read.end()), read, rule);
        }

        String sectionAt(int start, int end) {
            return SectionSplitter.innermost(sections, start, end).path();
        }

        /** The end year of the plan period the text names (“十三五” → 2020), or null. */
        Integer planPeriodEnd() {
            Matcher m = FIVE_YEAR_PLAN.matcher(text);
            if (!m.find()) return null;
            String digit = m.group(1) != null ? m.group(1) : m.group(2);
            return ParseRules.fiveYearPlanEnd(10 + "一二三四五六七八九".indexOf(digit) + 1);
        }

        /** 到YYYY年 in the paragraph (or, for 二, in the chapter's lead sentence), else the end of the plan period. */
        Year targetYear(Span paragraph, Section chapter) {
            Matcher m = YEAR.matcher(paragraph.text());
            if (m.find()) return new Year(Integer.parseInt(m.group(1)), "text");
            if (chapter != null) {
                Matcher c = YEAR.matcher(chapterIntro(chapter).text());
                if (c.find()) return new Year(Integer.parseInt(c.group(1)), "text");
            }
            return new Year(planEnd, planEnd == null ? null : "plan");
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
                g.rel(citationType(m.group(1)), doc, cited, ev(Span.of(text, m.start(), m.end())));
            }
            Matcher a = ALIGNED.matcher(text);
            while (a.find()) {
                Span name = Span.of(text, a.start(1), a.end(1));
                NodeRecord cited = g.node("Document", name.text(), name.text(), ev(name))
                        .prop("title", name.text()).alias("“" + name.text() + "”");
                g.bind(name, cited);
                g.rel("ALIGNS_WITH", doc, cited, ev(Span.of(text, a.start(), a.end())));
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

        /** An item of 二 (a goal): its targets and its field lists hang off its section. */
        void goal(Section item) {
            Year year = targetYear(item.span(), sectionOf("二"));
            body(Span.of(text, item.heading().end(), item.span().end()), new Subject(sectionNode(item), item.span()), Mode.GOAL, year);
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
                if (rank <= domainNodes.size()) inDomain(sector, domainNodes.get(rank - 1), item, domainList);
                List<Span> paragraphs = lines(item.span());
                Span heading = paragraphs.get(0);
                Year year = targetYear(heading, null);
                for (Span clause : clausesOf(heading)) {
                    for (Target t : targets.valueTargets(clause)) addTarget(sector, t, year, clause);
                }
                int subRank = 0;
                for (Span p : paragraphs.subList(1, paragraphs.size())) {
                    Matcher h = SUBSECTOR_HEAD.matcher(p.text());
                    if (!h.find()) throw new IllegalStateException("not a sub-sector paragraph: " + p.text());
                    Span subName = p.sub(h.start(1), h.end(1));
                    NodeRecord sub = g.nodeAt("Subsector", docId, item.path(), subName).prop("rank", ++subRank);
                    // the heading inside the sector's section states the membership
                    g.rel("HAS_SUBSECTOR", sector, sub, ev(item.path(), subName)).prop("rank", subRank);
                    Subject subject = new Subject(sub, p);
                    subjects.add(subject);
                    responsibility(sub, p);
                    body(p.sub(h.end()), subject, Mode.SUBSECTOR, targetYear(p, null));
                }
            }
        }

        /**
         * The sector heading names its domain ("做优信息技术，拓展网络经济空间"), or the sector's name is the domain's:
         * a text fact. Otherwise the pairing comes only from the two lists of 三 being in the same order: inferred.
         */
        void inDomain(NodeRecord sector, NodeRecord domain, Section item, Span domainList) {
            if (item.title().text().contains(domain.name())) {
                g.rel("IN_DOMAIN", sector, domain, ev(item.path(), item.title()));
            } else {
                g.rel("IN_DOMAIN", sector, domain, Evidence.inferred(docId, "三", domainList,
                        "inferred from order: 三 names the key domains and then the sectors in the same order; the heading of "
                                + item.path() + " does not name " + domain.name()));
            }
        }

        void measure(Section item) {
            // id by path (measure:七(八)), name = the title as written
            NodeRecord m = g.node("Measure", item.path(), item.title().text(), ev(item.path(), item.title()))
                    .prop("path", item.path()).prop("title", item.title().text());
            g.bind(item.title(), m);
            Span p = item.span();
            Subject subject = new Subject(m, p);
            subjects.add(subject);
            responsibility(m, p);
            List<List<Span>> participants = responsibilities.participants(p);
            List<Span> clauses = responsibilities.participantClauses(p);
            for (int i = 0; i < participants.size(); i++) {
                List<Span> names = participants.get(i);
                for (int r = 0; r < names.size(); r++) {
                    NodeRecord b = bureau(names.get(r), false);
                    g.rel("PARTICIPATES_IN", b, m, ev(item.path(), clauses.get(i)))
                            .prop("rank", r + 1).prop("listSize", names.size());
                }
            }
            Span body = Span.of(text, item.heading().end(), p.end());
            body(body, subject, Mode.MEASURE, targetYear(p, null));
        }

        NodeRecord bureau(Span name, boolean placeholder) {
            return g.nodeAt("Bureau", docId, sectionAt(name.start(), name.end()), name)
                    .prop("category", placeholder ? "generic" : "municipal").prop("placeholder", placeholder);
        }

        /**
         * A responsibility list in the order written. 市有关部门 and 有关区人民政府 (after 等, or alone) are placeholders,
         * not bureaus: they keep their edges, flagged, but never lead and are not counted in {@code listSize}
         * ({@code listSizeAll} counts every entry).
         */
        void responsibility(NodeRecord subject, Span paragraph) {
            Optional<ResponsibilityList> list = responsibilities.parse(paragraph);
            if (list.isEmpty()) return;
            List<Entry> entries = list.get().entries();
            int named = (int) entries.stream().filter(e -> !e.generic()).count();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                NodeRecord b = bureau(e.name(), e.generic());
                g.rel("RESPONSIBLE_FOR", b, subject, ev(list.get().parenthesis()))
                        .prop("rank", i + 1).prop("lead", i == 0 && !e.generic()).prop("listSize", named)
                        .prop("listSizeAll", entries.size()).prop("placeholder", e.generic());
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

        void body(Span body, Subject subject, Mode mode, Year year) {
            for (Span sentence : ListParser.splitOn(body, '。')) {
                if (sentence.text().startsWith("（") && sentence.text().endsWith("按职责分工负责）")) continue;
                String carried = null;
                Span statementStart = null;
                List<NodeRecord> parksInSentence = new ArrayList<>();
                List<NodeRecord> previousParks = List.of();
                for (Span clause : clauses(sentence)) {
                    List<NodeRecord> before = previousParks;
                    previousParks = List.of();
                    if (cooperation(clause, sentence, parksInSentence)) continue;
                    for (Target t : targets.valueTargets(clause)) addTarget(subject.node(), t, year, clause);
                    if (mode == Mode.GOAL) {
                        fieldList(clause, subject);
                        continue;
                    }
                    if (clauseRule(clause, subject, mode)) {
                        carried = null;
                        continue;
                    }
                    Optional<ParsedList> parsed = lists.parse(clause, carried);
                    if (parsed.isEmpty()) continue;
                    if (!clause.text().startsWith("以及") || statementStart == null) statementStart = clause;
                    carried = parsed.get().verb();
                    Span statement = Span.of(text, statementStart.start(), clause.end());
                    List<NodeRecord> parks = list(parsed.get(), statement, subject, mode, year, parksInSentence);
                    designation(before, parks, parsed.get(), sentence);
                    previousParks = parks;
                }
            }
        }

        /** Clause-level statements that are not verb lists: applications, fields, infrastructure, leverage … */
        boolean clauseRule(Span clause, Subject subject, Mode mode) {
            if (mode == Mode.SUBSECTOR && (application(clause, subject) || supply(clause, subject))) return true;
            if (mode != Mode.INTRO && infrastructure(clause, subject)) return true;
            if (mode == Mode.MEASURE && fieldList(clause, subject)) return true;
            if (mode != Mode.SUBSECTOR && leverage(clause, subject)) return true;
            if (mode == Mode.MEASURE && (occasion(clause, subject) || listing(clause, subject))) return true;
            return false;
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
                // 加快A、B…等建设，构建…体系: the system is built of the listed parks. 建设A、B，…，打造…领航区: the zone
                // is the aim of building them; that they belong to it is a reading, not a statement.
                Span stated = Span.of(text, sentence.start(), clause.end());
                for (int i = 0; i < parksInSentence.size(); i++) {
                    Evidence e = isSystem ? ev(stated) : inferred(stated, "inferred: " + sectionAt(stated.start(), stated.end())
                            + " builds the parks and, in the same sentence, 打造" + name.text() + "; membership is read from the sentence");
                    g.rel("MEMBER_OF", parksInSentence.get(i), coop, e).prop("rank", i + 1);
                }
                return true;
            }
            if (cluster.find() && !parksInSentence.isEmpty()) {
                Span name = clause.sub(cluster.start(1), cluster.end(1));
                NodeRecord industry = g.nodeAt("Industry", docId, sectionAt(name.start(), name.end()), name);
                for (NodeRecord park : parksInSentence) {
                    g.rel("HOSTS", park, industry, ev(Span.of(text, sentence.start(), clause.end())))
                            .prop("role", clause.sub(cluster.start(1)).text());
                }
                return true;
            }
            return false;
        }

        /** Returns the parks the list builds. */
        List<NodeRecord> list(ParsedList l, Span statement, Subject subject, Mode mode, Year year, List<NodeRecord> parksInSentence) {
            String verb = l.verb();
            String category = l.category().text();
            // counted targets with examples: 突破X等10项左右基础研究与前沿技术
            if (l.hasDeng() && verb.equals("突破") && mode == Mode.SUBSECTOR) {
                Optional<Target> counted = targets.counted(l.category());
                if (counted.isPresent()) {
                    NodeRecord target = addTarget(subject.node(), counted.get(), year, l.clause());
                    for (int i = 0; i < l.items().size(); i++) {
                        NodeRecord tech = technology(l.items().get(i), technologyCategory(counted.get().metric(), null));
                        develops(subject, tech, verb, "develop", i + 1, statement);
                        g.rel("EXAMPLE_OF", tech, target, ev(l.clause())).prop("rank", i + 1);
                    }
                    return List.of();
                }
            }
            // construction counts: 建设5家智能工厂和100个数字化车间
            if (verb.equals("建设") && l.items().stream().allMatch(i -> targets.counted(i).isPresent())) {
                for (Span item : l.items()) addTarget(subject.node(), targets.counted(item).get(), year, l.clause());
                return List.of();
            }
            // projects named by the category: 实施…等重点节能工程, 推进…等14个重点行动
            String projectKind = projectKind(stripCount(category));
            if (l.hasDeng() && projectKind != null && PROJECT_VERBS.contains(verb)) {
                projects(l, statement, subject, projectKind, year);
                return List.of();
            }
            if (mode == Mode.MEASURE && instruments(l, statement, subject)) return List.of();
            if (platformType(l, statement, subject)) return List.of();
            List<Span> parks = new ArrayList<>(), platforms = new ArrayList<>(), projects = new ArrayList<>(),
                    instruments = new ArrayList<>(), rest = new ArrayList<>();
            for (Span item : l.items()) {
                Span name = stripQualifiers(item);
                boolean named = !ListParser.startsWithAny(name.text(), NOT_A_NAME_PREFIXES) && !name.text().contains("的");
                if (named && !l.generic() && PARK_VERBS.contains(verb) && ListParser.endsWithAny(name.text(), PARK_SUFFIXES)) parks.add(name);
                else if (named && PLATFORM_VERBS.contains(verb) && ListParser.endsWithAny(name.text(), PLATFORM_SUFFIXES)) platforms.add(name);
                else if (!l.hasDeng() && PROJECT_VERBS.contains(verb) && projectItemKind(name.text(), verb) != null
                        && !ListParser.startsWithAny(name.text(), GENERIC_PROJECT_PREFIXES)) projects.add(name);
                else if (mode == Mode.MEASURE && INSTRUMENT_VERBS.contains(verb) && isInstrument(name.text())) instruments.add(name);
                else rest.add(item);
            }
            List<NodeRecord> built = new ArrayList<>();
            for (int i = 0; i < parks.size(); i++) {
                Span name = parks.get(i);
                NodeRecord park = park(name);
                parksInSentence.add(park);
                built.add(park);
                g.rel("BUILDS", subject.node(), park, ev(statement)).prop("verb", verb).prop("rank", i + 1);
                if (mode == Mode.SUBSECTOR && category.startsWith(subject.node().name()) && category.endsWith("集聚区")) {
                    g.rel("HOSTS", park, subject.node(), ev(l.clause())).prop("role", category);
                }
            }
            for (int i = 0; i < platforms.size(); i++) {
                Span name = platforms.get(i);
                NodeRecord platform = g.nodeAt("Platform", docId, sectionAt(name.start(), name.end()), name)
                        .propIfAbsent("category", platformKind(name.text()));
                g.rel("BUILDS", subject.node(), platform, ev(statement)).prop("verb", verb).prop("rank", i + 1);
            }
            for (int i = 0; i < projects.size(); i++) {
                Span name = projects.get(i);
                NodeRecord project = g.nodeAt("Project", docId, sectionAt(name.start(), name.end()), name)
                        .propIfAbsent("category", projectItemKind(name.text(), verb));
                g.rel("HAS_PROJECT", subject.node(), project, ev(statement)).prop("verb", verb).prop("rank", i + 1);
            }
            for (int i = 0; i < instruments.size(); i++) {
                instrument(subject, instruments.get(i), instruments.get(i).text(), instrumentCategory(instruments.get(i).text()),
                        verb, i + 1, statement);
            }
            technologies(l, rest, statement, subject, mode, category);
            return built;
        }

        void technologies(ParsedList l, List<Span> items, Span statement, Subject subject, Mode mode, String category) {
            if (items.isEmpty()) return;
            String verb = l.verb();
            boolean single = items.size() == 1 && l.items().size() == 1 && !l.hasDeng();
            // 提升 develops only what it brings to industrial scale: 提升X和Y产业化水平
            boolean verbFits = !verb.equals("提升") || l.strippedSuffix() != null && l.strippedSuffix().contains("产业化");
            boolean singleFits = !single || l.described() || SINGLE_TECH_VERBS.contains(verb) || l.strippedSuffix() != null && DEVELOPMENT_SUFFIXES.contains(l.strippedSuffix())
                    || MODEL_VERBS.contains(verb) && "businessModel".equals(categoryOf(items.get(0).text()));
            boolean developsHere = mode == Mode.SUBSECTOR
                    ? verbFits && TECH_VERBS.contains(verb) && singleFits && (!l.generic() || l.described())
                    : mode == Mode.MEASURE && l.hasDeng() && MEASURE_TECH_VERBS.contains(verb);
            if (!developsHere) return;
            String techMode = ParseRules.mode(verb, l.strippedSuffix());
            List<Span> all = new ArrayList<>(items);
            Span extra = categoryItem(l);
            if (extra != null) all.add(extra);
            for (int i = 0; i < all.size(); i++) {
                Span item = all.get(i);
                String phrase = item == extra ? "" : l.hasDeng() ? category : "";
                NodeRecord tech = technology(item, technologyCategory(phrase, item.text()));
                develops(subject, tech, verb, techMode, i + 1, statement);
            }
        }

        /** 发展A、B等生物技术药物和新型化学药物制剂: after the category of the items, 和 adds one more thing. */
        Span categoryItem(ParsedList l) {
            if (!l.hasDeng()) return null;
            Span c = l.category();
            int he = c.text().indexOf('和');
            if (he < 0) return null;
            Span right = c.sub(he + 1).trim();
            String kind = categoryOf(right.text());
            boolean thing = "product".equals(kind) || "material".equals(kind) || "equipment".equals(kind);
            return right.text().length() >= 4 && thing && !right.text().endsWith("发展") && !right.text().endsWith("水平")
                    && !right.text().contains("的") ? right : null;
        }

        String projectItemKind(String name, String verb) {
            if (verb.equals("开展") && name.endsWith("应用")) return "application";
            return projectKind(name);
        }

        boolean isInstrument(String name) {
            return instrumentCategory(name) != null && !g.has(NodeRecord.idOf("Strategy", name));
        }

        /** 落实A、B等税收优惠政策, 统筹利用A、B等专项资金, 运用A等模式: every item is an instrument of the category. */
        boolean instruments(ParsedList l, Span statement, Subject subject) {
            if (!l.hasDeng() || !INSTRUMENT_VERBS.contains(l.verb())) return false;
            String listCategory = l.category().text();
            String category = instrumentListCategory(listCategory);
            if (category == null) return false;
            for (int i = 0; i < l.items().size(); i++) {
                Span item = l.items().get(i);
                String name = composesNames(listCategory) ? item.text() + listCategory : item.text();
                instrument(subject, item, name, category, l.verb(), i + 1, statement);
            }
            return true;
        }

        void instrument(Subject subject, Span item, String name, String category, String verb, int rank, Span statement) {
            NodeRecord instrument = g.node("Instrument", name, ev(item)).propIfAbsent("category", category);
            if (!name.equals(item.text())) instrument.alias(item.text());
            for (String alias : parentheticalAliases(name)) instrument.alias(alias);
            g.bind(item, instrument);
            g.rel("USES_INSTRUMENT", subject.node(), instrument, ev(statement)).prop("verb", verb).prop("rank", rank);
        }

        /** 构建A、B等若干行业云平台: a kind of platform, built, and the fields it serves. */
        boolean platformType(ParsedList l, Span statement, Subject subject) {
            if (!l.hasDeng() || !PLATFORM_TYPE_VERBS.contains(l.verb())) return false;
            Span type = l.category();
            for (String p : new String[]{"一批", "若干"}) if (type.text().startsWith(p)) type = type.sub(p.length());
            if (type.text().endsWith("建设")) type = type.sub(0, type.text().length() - 2);
            if (!ListParser.endsWithAny(type.text(), "平台") || type.text().length() < 4) return false;
            if (l.items().stream().anyMatch(i -> ListParser.endsWithAny(i.text(), PLATFORM_SUFFIXES) || ListParser.endsWithAny(i.text(), PARK_SUFFIXES))) {
                return false;
            }
            NodeRecord platform = g.nodeAt("Platform", docId, sectionAt(type.start(), type.end()), type)
                    .propIfAbsent("category", platformKind(type.text()));
            g.rel("BUILDS", subject.node(), platform, ev(statement)).prop("verb", l.verb()).prop("rank", 1);
            for (int i = 0; i < l.items().size(); i++) {
                field(platform, "COVERS", stripQualifiers(l.items().get(i)), props("rank", i + 1), l.clause());
            }
            return true;
        }

        /**
         * 加快建设X，打造Y示范基地: a demonstration base made, in the next clause, right after one zone is built,
         * is located in that zone (a reading of the sentence).
         */
        void designation(List<NodeRecord> previous, List<NodeRecord> built, ParsedList l, Span sentence) {
            if (previous.size() != 1 || built.size() != 1 || !l.verb().equals("打造")) return;
            NodeRecord base = built.get(0);
            if (!base.name().endsWith("示范基地")) return;
            Span read = Span.of(text, sentence.start(), l.clause().end());
            g.rel("LOCATED_IN", base, previous.get(0), inferred(read, "inferred: " + sectionAt(read.start(), read.end())
                    + " builds " + previous.get(0).name() + " and, in the next clause, 打造 " + base.name()
                    + "; the base is read as made of that zone"));
        }

        NodeRecord park(Span name) {
            Optional<NodeRecord> known = knownPark(name.text());
            if (known.isPresent()) {
                g.bind(name, known.get());
                return known.get();
            }
            return g.nodeAt("Park", docId, sectionAt(name.start(), name.end()), name).propIfAbsent("category", parkKind(name.text()));
        }

        Optional<NodeRecord> knownPark(String name) {
            return g.nodes("Park").stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst();
        }

        void projects(ParsedList l, Span statement, Subject subject, String kind, Year year) {
            List<Span> items = l.items();
            Matcher count = COUNT_PREFIX.matcher(l.category().text());
            NodeRecord counted = null;
            if (count.find()) {
                if (Integer.parseInt(count.group(1)) != items.size()) {
                    throw new IllegalStateException("list says " + count.group(1) + " items but has " + items.size() + ": " + l.clause().text());
                }
                counted = addTarget(subject.node(), targets.counted(l.category()).orElseThrow(), year, l.clause());
            }
            Matcher q = QUOTED_PREFIX.matcher(items.get(0).text());
            String sharedPrefix = q.find() && items.stream().skip(1).noneMatch(i -> i.text().startsWith("“")) ? q.group(1) : null;
            for (int i = 0; i < items.size(); i++) {
                Span item = stripQualifiers(items.get(i));
                String name = sharedPrefix != null && i > 0 ? sharedPrefix + item.text() : item.text();
                NodeRecord project = g.node("Project", name, ev(item)).propIfAbsent("category", kind);
                if (!name.equals(item.text())) project.alias(item.text());
                g.bind(item, project);
                g.rel("HAS_PROJECT", subject.node(), project, ev(statement)).prop("verb", l.verb()).prop("rank", i + 1);
                if (counted != null) g.rel("EXAMPLE_OF", project, counted, ev(l.clause())).prop("rank", i + 1);
            }
        }

        NodeRecord technology(Span item, String category) {
            NodeRecord tech = g.nodeAt("Technology", docId, sectionAt(item.start(), item.end()), item)
                    .propIfAbsent("category", category);
            for (String alias : parentheticalAliases(item.text())) tech.alias(alias);
            return tech;
        }

        void develops(Subject subject, NodeRecord tech, String verb, String mode, int rank, Span statement) {
            g.rel("DEVELOPS", subject.node(), tech, ev(statement)).prop("verb", verb).prop("mode", mode).prop("rank", rank);
        }

        NodeRecord addTarget(NodeRecord subject, Target t, Year year, Span clause) {
            String subjectKey = switch (subject.label()) {
                case "Document" -> docKey;
                case "Measure", "Section" -> (String) subject.prop("path");
                default -> subject.name();
            };
            NodeRecord target = g.node("Target", subjectKey + "/" + t.name().text(), t.name().text(), ev(t.name()))
                    .prop("metric", t.metric()).prop("value", t.value()).prop("unit", t.unit())
                    .prop("qualifier", t.qualifier()).prop("qualifiers", t.qualifiers().isEmpty() ? null : t.qualifiers())
                    .prop("approx", t.approx()).prop("valueNormalized", t.valueNormalized()).prop("unitNormalized", t.unitNormalized())
                    .prop("year", year.year()).prop("yearSource", year.source())
                    .prop("asWritten", t.asWritten().text()).prop("targetKind", t.targetKind());
            g.bind(t.name(), target);
            Span stated = Span.of(text, Math.min(clause.start(), t.name().start()), Math.max(clause.end(), t.name().end()));
            g.rel("HAS_TARGET", subject, target, ev(stated));
            return target;
        }

        // ---------------------------------------------------------------- clause rules

        /** 加快3D打印装备在航空航天、医疗器械…等领域的应用: what is applied, and the fields, in order. */
        boolean application(Span clause, Subject subject) {
            Matcher m = APPLICATION.matcher(clause.text());
            if (!m.matches()) return false;
            String verb = m.group(1);
            Span applied = clause.sub(m.start(2), m.end(2));
            int deng = applied.text().indexOf('等');
            List<Span> things = ListParser.splitOn(deng > 0 ? applied.sub(0, deng) : applied, '、');
            List<Span> fields = ListParser.splitOn(clause.sub(m.start(3), m.end(3)), '、');
            for (int t = 0; t < things.size(); t++) {
                NodeRecord thing = applied(things.get(t), subject);
                if (thing != subject.node()) develops(subject, thing, verb, "apply", t + 1, clause);
                appliesIn(thing, fields, verb, clause);
            }
            return true;
        }

        void appliesIn(NodeRecord thing, List<Span> fields, String verb, Span clause) {
            for (int i = 0; i < fields.size(); i++) field(thing, "APPLIES_IN", fields.get(i), props("verb", verb, "rank", i + 1), clause);
        }

        /** 发展为X、Y等配套的关键零部件: Z is developed, for use in X, Y. */
        boolean supply(Span clause, Subject subject) {
            Matcher m = SUPPLY.matcher(clause.text());
            if (!m.matches()) return false;
            String verb = m.group(1);
            Span thingName = clause.sub(m.start(3), m.end(3));
            NodeRecord thing = technology(thingName, technologyCategory("", thingName.text()));
            develops(subject, thing, verb, ParseRules.mode(verb, null), 1, clause);
            appliesIn(thing, ListParser.splitOn(clause.sub(m.start(2), m.end(2)), '、'), "配套", clause);
            return true;
        }

        /** What an application statement applies: the paragraph's own subject, a known technology, or a new one. */
        NodeRecord applied(Span name, Subject subject) {
            if (subject.node().name().equals(name.text())) return subject.node();
            for (NodeRecord t : g.nodes("Technology")) {
                if (t.name().equals(name.text()) || t.aliases().contains(name.text())) {
                    g.bind(name, t);
                    return t;
                }
            }
            return technology(name, technologyCategory("", name.text()));
        }

        boolean infrastructure(Span clause, Subject subject) {
            Matcher m = INFRASTRUCTURE.matcher(clause.text());
            if (!m.matches()) return false;
            Span name = clause.sub(m.start(2), m.end(2));
            NodeRecord project = g.nodeAt("Project", docId, sectionAt(name.start(), name.end()), name)
                    .propIfAbsent("category", "infrastructure");
            g.rel("HAS_PROJECT", subject.node(), project, ev(clause)).prop("verb", m.group(1)).prop("rank", 1);
            return true;
        }

        /**
         * A list of fields owned by a goal or a measure, in order. Industry chains (形成…等一批高端产业链和集群) and
         * cluster fields (围绕…等细分领域) are industries; the members of other lists resolve to the industry, domain or
         * sector of that name, else become fields.
         */
        boolean fieldList(Span clause, Subject subject) {
            Matcher m = FIELD_LIST.matcher(clause.text());
            if (!m.matches()) return false;
            boolean industries = m.group(1).equals("形成") || m.group(1).equals("围绕");
            String role = m.group(3);
            List<Span> members = new ArrayList<>();
            for (Span item : ListParser.splitOn(clause.sub(m.start(2), m.end(2)), '、')) {
                int and = item.text().indexOf("以及");
                if (and > 0) {
                    members.add(item.sub(0, and).trim());
                    members.add(item.sub(and + 2).trim());
                } else {
                    members.add(item);
                }
            }
            for (int i = 0; i < members.size(); i++) {
                Span member = members.get(i);
                if (industries) {
                    NodeRecord industry = g.nodeAt("Industry", docId, sectionAt(member.start(), member.end()), member);
                    g.rel("COVERS", subject.node(), industry, ev(clause)).prop("role", role).prop("rank", i + 1);
                } else {
                    field(subject.node(), "COVERS", member, props("role", role, "rank", i + 1), clause);
                }
            }
            return true;
        }

        /** 发挥X作用 / 发挥X优势: a named zone the subject leverages, or a kind of fund it uses. */
        boolean leverage(Span clause, Subject subject) {
            Matcher m = LEVERAGE.matcher(clause.text());
            if (!m.matches()) return false;
            boolean carriers = m.group(2) != null;
            List<Span> items = new ArrayList<>();
            for (Span item : ListParser.splitOn(clause.sub(m.start(1), m.end(1)), '、')) items.addAll(ListParser.splitOnce(item));
            int rank = 0;
            for (Span raw : items) {
                if (ListParser.startsWithAny(raw.text(), "现有")) continue;
                Span item = stripQualifiers(raw);
                Optional<NodeRecord> known = knownPark(item.text());
                if (known.isPresent() || !carriers && ListParser.endsWithAny(item.text(), PARK_SUFFIXES) && item.text().length() >= 4) {
                    NodeRecord park = park(item);
                    g.rel("LEVERAGES", subject.node(), park, ev(clause)).prop("verb", "发挥").prop("rank", ++rank);
                } else if (!carriers && isInstrument(item.text())) {
                    instrument(subject, item, item.text(), instrumentCategory(item.text()), "发挥", ++rank, clause);
                }
            }
            return true;
        }

        /** 以推进X、Y为契机: the measure advances the zones X and Y. */
        boolean occasion(Span clause, Subject subject) {
            Matcher m = OCCASION.matcher(clause.text());
            if (!m.matches()) return false;
            List<Span> items = ListParser.splitOn(clause.sub(m.start(2), m.end(2)), '、');
            for (int i = 0; i < items.size(); i++) {
                if (!ListParser.endsWithAny(items.get(i).text(), PARK_SUFFIXES)) continue;
                NodeRecord park = park(items.get(i));
                g.rel("BUILDS", subject.node(), park, ev(clause)).prop("verb", m.group(1)).prop("rank", i + 1);
            }
            return true;
        }

        /** 支持企业…到全国中小企业股份转让系统挂牌: the share-transfer system is an instrument of the measure. */
        boolean listing(Span clause, Subject subject) {
            Matcher m = LISTING.matcher(clause.text());
            if (!m.find()) return false;
            Span name = clause.sub(m.start(1), m.end(1));
            instrument(subject, name, name.text(), "market", "挂牌", 1, clause);
            return true;
        }

        Map<String, Object> props(Object... kv) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], kv[i + 1]);
            return out;
        }

        void field(NodeRecord from, String type, Span name, Map<String, Object> props, Span statement) {
            fieldRefs.add(new FieldRef(from, type, name, props, statement));
        }

        /** Each field mention becomes the industry, domain or sector of that name, else a Field node. */
        void resolveFields() {
            for (FieldRef f : fieldRefs) {
                NodeRecord to = null;
                for (String label : List.of("Industry", "Domain", "Sector")) {
                    if (to == null) to = g.get(NodeRecord.idOf(label, f.name().text()));
                }
                if (to == null) to = g.nodeAt("Field", docId, sectionAt(f.name().start(), f.name().end()), f.name());
                else g.bind(f.name(), to);
                RelRecord r = g.rel(f.type(), f.from(), to, ev(f.statement()));
                f.props().forEach(r::prop);
            }
        }

        // ---------------------------------------------------------------- layout, carriers, strategies

        /** 五(一): each layout area, the role the measure gives it and the industries it focuses on, in order. */
        void layout() {
            Section s = sectionOf("五(一)");
            NodeRecord measure = g.require(NodeRecord.idOf("Measure", s.path()));
            int rank = 0;
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
                areaRole(measure, area, sentence, sentence.sub(f.start(2), f.end(2)), ++rank);
            }
        }

        /** The area builds a zone (滨海新区建设重大制造和研发产业集聚区), else it develops a kind of industry (…等特色产业). */
        void areaRole(NodeRecord measure, NodeRecord area, Span sentence, Span focusKind, int rank) {
            for (Span clause : clauses(sentence)) {
                Matcher b = BUILDS_ROLE.matcher(clause.text());
                if (b.matches()) {
                    g.rel("ASSIGNS_ROLE", measure, area, ev(Span.of(text, sentence.start(), clause.end())))
                            .prop("role", b.group(1)).prop("verb", "建设").prop("rank", rank);
                    return;
                }
            }
            g.rel("ASSIGNS_ROLE", measure, area, ev(Span.of(text, sentence.start(), focusKind.end())))
                    .prop("role", focusKind.text()).prop("verb", "重点发展").prop("rank", rank);
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

        /** A park named after a sub-sector (航空航天科技产业城) hosts it: read from the name, so inferred. */
        void nameTies() {
            for (NodeRecord park : g.nodes("Park")) {
                if (!g.relsFrom("HOSTS", park.id()).isEmpty() || !park.evidence().fromText()) continue;
                for (NodeRecord sub : g.nodes("Subsector")) {
                    if (park.name().startsWith(sub.name()) && park.name().length() > sub.name().length()) {
                        Evidence e = park.evidence();
                        g.rel("HOSTS", park, sub, Evidence.inferred(docId, e.section(), Span.of(text, e.start(), e.end()),
                                "inferred from the name: " + park.name() + " begins with the sub-sector " + sub.name()));
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

        /**
         * SUPPORTS: the paragraph's subject (sub-sector or measure; else the document) supports each strategy it invokes,
         * first of all in a measure's own title (深度融入“一带一路”建设), which the title's binding keeps out of MENTIONS.
         */
        void supports() {
            for (Subject subject : subjects) {
                if (!subject.node().label().equals("Measure")) continue;
                Section item = sectionOf((String) subject.node().prop("path"));
                for (NodeRecord strategy : g.nodes("Strategy")) {
                    boolean named = item.title().text().contains(strategy.name())
                            || strategy.aliases().stream().anyMatch(a -> item.title().text().contains(a));
                    if (named) g.rel("SUPPORTS", subject.node(), strategy, ev(item.path(), item.title()));
                }
            }
            for (RelRecord mention : new ArrayList<>(g.rels("MENTIONS"))) {
                NodeRecord strategy = g.get(mention.to());
                if (!strategy.label().equals("Strategy")) continue;
                int at = mention.evidence().start();
                Subject subject = subjects.stream().filter(s -> s.paragraph().start() <= at && at < s.paragraph().end())
                        .findFirst().orElse(null);
                Span clause = clauseAround(at, mention.evidence().end());
                g.rel("SUPPORTS", subject == null ? doc : subject.node(), strategy, ev(clause));
            }
        }

        /** The clause around a span: from the previous separator (，；。：、 line end) to the next one. */
        Span clauseAround(int start, int end) {
            int a = start;
            while (a > 0 && "，；。：\n".indexOf(text.charAt(a - 1)) < 0) a--;
            int b = end;
            while (b < text.length() && "，；。\n".indexOf(text.charAt(b)) < 0) b++;
            return Span.of(text, a, b).trim();
        }
    }

    // -------------------------------------------------------------------- rule tables

    /** Labels whose evidence is the heading that defines them, never an earlier mention. */
    static final Set<String> STRUCTURE_LABELS = Set.of("Sector", "Subsector", "Measure", "Section");

    static String stripCount(String category) {
        return COUNT_PREFIX.matcher(category).replaceFirst("");
    }
}
