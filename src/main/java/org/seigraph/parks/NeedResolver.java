package org.seigraph.parks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.text.NameMatch;
import org.seigraph.text.Reason;
import org.seigraph.text.Retriever;
import org.seigraph.text.Stages;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Validates a need and resolves it into graph ids: explicit ids are checked, free text goes through the retrieval
 * service ({@link Retriever}: segmented words against names, curated synonyms, semantic similarity), the origin
 * through {@link FitRules#ORIGINS}.
 *
 * <p>Which matches are used as need elements (sub-sectors, industries, technologies, sectors): a name equal to the
 * whole text wins outright. Otherwise per term of the text (origin words taken out) the matches of the best tier —
 * the term is the name, lies in it, or the name lies in the term; a curated synonym counts as the name — minus those
 * another match covers with more terms and no worse tier. Only when words find nothing, the semantically nearest
 * entities above {@code seigraph.text.min-similarity} are used. A park or district the text names (its name, or a
 * synonym of it) is honoured as such. Matches that only share characters with the text are never used, only shown.
 */
@Component
class NeedResolver {

    static final int MAX_TEXT = 500;
    static final int MAX_IDS = 20;
    static final int MAX_ORIGIN = 100;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final int RETRIEVE_FIRST = 60;
    private static final int VECTOR_NEEDS = 3;
    /** More names than this containing a term, none equal to it: the term alone picks none of them. */
    static final int AMBIGUOUS = 3;
    static final Set<String> USABLE_KINDS = Set.of("Subsector", "Industry", "Technology", "Sector");
    static final Set<String> PLACE_KINDS = Set.of("Park", "District");
    private static final Set<String> RETRIEVE_KINDS = Set.of("Subsector", "Industry", "Technology", "Sector", "Park", "District");
    private static final Set<String> INDUSTRY_KINDS = Set.of("Industry", "Subsector", "Sector");

    private final Retriever retriever;
    private final EntityReader entities;
    /** The entities of the origin table's anchors in the current graph (read once per graph; absent ones left out). */
    private final AtomicReference<Map<String, Map<String, Object>>> originAnchors = new AtomicReference<>();
    /** Replaced on every load, so anchors read while a load was under way are not kept. */
    private volatile Object generation = new Object();

    NeedResolver(Retriever retriever, EntityReader entities) {
        this.retriever = retriever;
        this.entities = entities;
    }

    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        generation = new Object();
        originAnchors.set(null);
    }

    /** The anchors are entity maps (their own properties): read again only when a change touched one of them. */
    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        if (event.entityIds().stream().anyMatch(FitRules.ANCHOR_IDS::contains)) {
            generation = new Object();
            originAnchors.set(null);
        }
    }

    Stages configuredStages() {
        return retriever.settings().stages();
    }

    /** Entities by id: the origin table's anchors from memory, anything else in one lookup. */
    private Map<String, Map<String, Object>> byIds(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (!FitRules.ANCHOR_IDS.containsAll(ids)) {
            return entities.byIds(ids);
        }
        Map<String, Map<String, Object>> anchors = originAnchors.get();
        if (anchors == null) {
            Object readFor = generation;
            anchors = Collections.unmodifiableMap(entities.byIds(FitRules.ANCHOR_IDS));
            if (generation == readFor) {
                originAnchors.compareAndSet(null, anchors);
            }
        }
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        for (String id : ids) {
            if (anchors.containsKey(id)) {
                found.put(id, anchors.get(id));
            }
        }
        return found;
    }

    /**
     * One match of the text and what became of it: {@code role} is need (a need element), park or district (named
     * in the need), or null (not used); {@code why}/{@code whyZh} say why in words, {@code reasons} in parts.
     */
    record TextMatch(Map<String, Object> entity, double score, String matchedBy, boolean used, String role, String why,
                     String whyZh, List<Reason> reasons) {
    }

    /** A layout area of 五(一) that focuses on an industry matching the need: the district-level answer. */
    record LayoutArea(Map<String, Object> area, Map<String, Object> industry, int rank, boolean mapped,
                      List<String> districts, List<String> parks, List<Map<String, Object>> sources, String summary,
                      String summaryZh) {
    }

    /** An entity close to the need that the ranking did not use, why, and the parks it would lead to. */
    record NearMatch(Map<String, Object> entity, String why, String whyZh, List<Reason> reasons,
                     List<Map<String, Object>> parks) {
    }

    /** The need as the ranking sees it; explanation, layout and near matches are filled in once the ranking is known. */
    record Resolution(String text, List<String> terms, List<TextMatch> textMatches, List<Map<String, Object>> needs,
                      List<Map<String, Object>> namedParks, List<Map<String, Object>> namedDistricts,
                      String origin, String originFrom, List<String> originProfiles, List<String> originDescriptions,
                      List<String> originDescriptionsZh, List<Map<String, Object>> originAnchors, int limit,
                      String explanation, String explanationZh, List<LayoutArea> layout, List<NearMatch> nearMatches,
                      List<Retriever.Match> semanticNeighbours, Stages stages, boolean vectorsReady) {

        Resolution finish(String why, String whyZh, List<LayoutArea> areas, List<NearMatch> near) {
            return new Resolution(text, terms, textMatches, needs, namedParks, namedDistricts, origin, originFrom,
                    originProfiles, originDescriptions, originDescriptionsZh, originAnchors, limit, why, whyZh, areas,
                    near, semanticNeighbours, stages, vectorsReady);
        }

        List<String> idsOf(String kind) {
            return needs.stream().filter(n -> kind.equals(n.get("kind"))).map(n -> (String) n.get("id")).toList();
        }
    }

    Resolution resolve(ParkNeedInput need) {
        return resolve(need, configuredStages());
    }

    Resolution resolve(ParkNeedInput need, Stages stages) {
        if (need == null) {
            throw ApiException.badRequest("A need is required: text, industries, technologies and/or origin");
        }
        String text = need.text() == null ? "" : need.text().strip();
        List<String> industries = ids(need.industries(), "industries");
        List<String> technologies = ids(need.technologies(), "technologies");
        String origin = need.origin() == null ? "" : need.origin().strip();
        int limit = limit(need.limit());
        if (text.length() > MAX_TEXT) {
            throw ApiException.badRequest("'text' is " + text.length() + " characters, above the limit of " + MAX_TEXT
                    + "; describe the enterprise in a few words (e.g. 锂离子动力电池, animation studio)");
        }
        if (origin.length() > MAX_ORIGIN) {
            throw ApiException.badRequest("'origin' is " + origin.length() + " characters, above the limit of " + MAX_ORIGIN);
        }
        if (text.isEmpty() && industries.isEmpty() && technologies.isEmpty() && origin.isEmpty()) {
            throw ApiException.badRequest("The need is empty: give text, industries, technologies and/or origin");
        }

        // origin: an id, or words of the table; without an origin, origin words in the text count
        List<String> originIds = new ArrayList<>();
        List<FitRules.OriginRule> rules = new ArrayList<>();
        String originFrom = null;
        if (!origin.isEmpty()) {
            originFrom = "origin";
            if (origin.startsWith("cooperationsystem:") || origin.startsWith("strategy:")) {
                originIds.add(origin);
            } else {
                rules.addAll(FitRules.originsIn(origin));
                if (rules.isEmpty()) {
                    throw ApiException.badRequest("'origin' \"" + origin + "\" is not recognised; use words such as "
                            + "Beijing / 北京, 河北, 上海, 香港, Europe / 欧洲, 德国, 美国, 日本, foreign / 外资 / 独资 / 合资, "
                            + "or a cooperationsystem: or strategy: id");
                }
            }
        } else if (!text.isEmpty()) {
            rules.addAll(FitRules.originsIn(text));
            if (!rules.isEmpty()) {
                originFrom = "text";
            }
        }
        rules.forEach(r -> r.anchors().stream().filter(a -> !originIds.contains(a)).forEach(originIds::add));

        // one lookup for every id the need names (explicit ids and origin anchors)
        Set<String> lookup = new LinkedHashSet<>(industries);
        lookup.addAll(technologies);
        lookup.addAll(originIds);
        Map<String, Map<String, Object>> found = byIds(lookup);
        Map<String, Map<String, Object>> needs = new LinkedHashMap<>();
        for (String id : industries) {
            Map<String, Object> e = known(found, id, "industries");
            if (!INDUSTRY_KINDS.contains(e.get("kind"))) {
                throw ApiException.badRequest("'" + id + "' in 'industries' is a " + e.get("kind")
                        + "; industries takes Industry, Subsector or Sector ids");
            }
            needs.put(id, e);
        }
        for (String id : technologies) {
            Map<String, Object> e = known(found, id, "technologies");
            if (!"Technology".equals(e.get("kind"))) {
                throw ApiException.badRequest("'" + id + "' in 'technologies' is a " + e.get("kind")
                        + "; technologies takes Technology ids");
            }
            needs.put(id, e);
        }
        List<Map<String, Object>> anchors = new ArrayList<>();
        for (String id : originIds) {
            Map<String, Object> e = found.get(id);
            if (e == null && "origin".equals(originFrom) && rules.isEmpty()) {
                throw ApiException.notFound("cooperation system or strategy", id);
            }
            if (e != null && !anchors.contains(e)) {
                anchors.add(e);
            }
        }

        // free text
        List<String> terms = List.of();
        List<TextMatch> matches = List.of();
        List<Map<String, Object>> parks = new ArrayList<>();
        List<Map<String, Object>> districts = new ArrayList<>();
        List<Retriever.Match> neighbours = List.of();
        boolean vectorsReady = false;
        String cleaned = FitRules.withoutOriginWords(text);
        if (cleaned.codePoints().anyMatch(Character::isLetterOrDigit)) {
            Retriever.Retrieval retrieval = retriever.retrieve(cleaned, RETRIEVE_KINDS, RETRIEVE_FIRST, stages,
                    stages.vectors() ? Retriever.VectorUse.ALWAYS : Retriever.VectorUse.NEVER);
            terms = retrieval.terms();
            matches = choose(retrieval);
            neighbours = retrieval.nearMatches();
            vectorsReady = retrieval.vectorsReady();
            for (TextMatch m : matches) {
                if (!m.used()) {
                    continue;
                }
                switch (m.role()) {
                    case "park" -> parks.add(m.entity());
                    case "district" -> districts.add(m.entity());
                    default -> needs.putIfAbsent((String) m.entity().get("id"), m.entity());
                }
            }
        }
        return new Resolution(text.isEmpty() ? null : text, terms, matches, List.copyOf(needs.values()),
                List.copyOf(parks), List.copyOf(districts), origin.isEmpty() ? null : origin, originFrom,
                rules.stream().map(FitRules.OriginRule::profile).toList(),
                rules.stream().map(FitRules.OriginRule::description).toList(),
                rules.stream().map(FitRules.OriginRule::descriptionZh).toList(),
                List.copyOf(anchors), limit, null, null, List.of(), List.of(), neighbours, stages, vectorsReady);
    }

    /** Decides which matches are used, and as what (see the class comment). */
    private static List<TextMatch> choose(Retriever.Retrieval r) {
        List<String> terms = r.terms();
        List<Retriever.Match> topics = r.matches().stream().filter(m -> USABLE_KINDS.contains(m.kind())).toList();
        Map<String, String[]> usedWhy = new LinkedHashMap<>();
        Map<String, String> role = new LinkedHashMap<>();

        // places the need names: their name is the text or in it, or a curated synonym stands for them; the terms
        // that name them say nothing more about the industry
        boolean[] covered = new boolean[terms.size()];
        for (Retriever.Match m : r.matches()) {
            if (PLACE_KINDS.contains(m.kind()) && (m.tier() == 5 || m.tier() == 4 || m.tier() == 2 || synonym(m) != null)) {
                role.put(m.id(), m.kind().equals("Park") ? "park" : "district");
                Reason why = synonym(m) != null ? synonym(m) : m.why().get(0);
                usedWhy.put(m.id(), new String[] {"named in the need: " + why.summary(), "需求中点名：" + why.summaryZh()});
                for (int i = 0; i < terms.size(); i++) {
                    String term = terms.get(i);
                    for (String name : names(m.entity())) {
                        covered[i] |= NameMatch.of(term, name).tier() >= 2;
                    }
                    covered[i] |= synonym(m) != null && synonym(m).term().toLowerCase(java.util.Locale.ROOT).contains(term);
                }
            }
        }

        List<Retriever.Match> exact = topics.stream().filter(m -> m.tier() == 5).toList();
        if (!exact.isEmpty()) {
            exact.forEach(m -> use(usedWhy, role, m, "its name is the text", "其名称与需求相同"));
        } else {
            // per candidate, the tier of each term (a synonym standing for it counts as its name)
            Map<String, int[]> tiers = new LinkedHashMap<>();
            for (Retriever.Match m : topics) {
                int[] t = new int[terms.size()];
                for (int i = 0; i < terms.size(); i++) {
                    if (covered[i]) {
                        continue;
                    }
                    for (String name : names(m.entity())) {
                        t[i] = Math.max(t[i], NameMatch.of(terms.get(i), name).tier());
                    }
                    for (Reason s : m.why()) {
                        if (s.kind().equals("SYNONYM") && (s.term().toLowerCase(java.util.Locale.ROOT).contains(terms.get(i))
                                || terms.get(i).contains(s.term().toLowerCase(java.util.Locale.ROOT)))) {
                            t[i] = Math.max(t[i], 4);
                        }
                    }
                }
                tiers.put(m.id(), t);
            }
            Set<Retriever.Match> chosen = new LinkedHashSet<>();
            for (int i = 0; i < terms.size(); i++) {
                final int term = i;
                int best = topics.stream().mapToInt(m -> tiers.get(m.id())[term]).max().orElse(0);
                long atBest = topics.stream().filter(m -> tiers.get(m.id())[term] == best).count();
                // a word inside many names (材料, 数据, mobile) does not say which: leave it to the other words and the meaning
                if (best > 0 && best < 4 && atBest > AMBIGUOUS) {
                    continue;
                }
                if (best > 0) {
                    topics.stream().filter(m -> tiers.get(m.id())[term] == best).forEach(chosen::add);
                }
            }
            // drop a match another chosen one makes redundant: covers more terms, none worse
            List<Retriever.Match> kept = new ArrayList<>();
            for (Retriever.Match m : chosen) {
                int[] a = tiers.get(m.id());
                boolean redundant = chosen.stream().anyMatch(o -> o != m && dominates(tiers.get(o.id()), a));
                if (!redundant) {
                    kept.add(m);
                }
            }
            for (Retriever.Match m : kept) {
                Reason why = synonym(m) != null ? synonym(m) : m.why().get(0);
                use(usedWhy, role, m, why.summary(), why.summaryZh());
            }
            // words found nothing: the meaning decides
            if (kept.isEmpty()) {
                topics.stream().filter(m -> vector(m) != null).sorted(java.util.Comparator.comparingDouble(
                        (Retriever.Match m) -> -vector(m).similarity())).limit(VECTOR_NEEDS)
                        .forEach(m -> use(usedWhy, role, m, vector(m).summary(), vector(m).summaryZh()));
            }
        }

        List<TextMatch> used = new ArrayList<>();
        List<TextMatch> unused = new ArrayList<>();
        boolean anyTopic = usedWhy.keySet().stream().anyMatch(id -> "need".equals(role.get(id)));
        for (Retriever.Match m : r.matches()) {
            String[] why = usedWhy.get(m.id());
            if (why != null) {
                used.add(new TextMatch(m.entity(), m.score(), m.matchedBy(), true, role.get(m.id()), why[0], why[1], m.why()));
            } else if (unused.size() < 10) {
                String[] not = notUsed(m, anyTopic);
                unused.add(new TextMatch(m.entity(), m.score(), m.matchedBy(), false, null, not[0], not[1], m.why()));
            }
        }
        used.addAll(unused);
        return used;
    }

    private static void use(Map<String, String[]> usedWhy, Map<String, String> role, Retriever.Match m, String why, String whyZh) {
        usedWhy.putIfAbsent(m.id(), new String[] {why, whyZh});
        role.putIfAbsent(m.id(), "need");
    }

    private static String[] notUsed(Retriever.Match m, boolean anyTopic) {
        if (PLACE_KINDS.contains(m.kind())) {
            return new String[] {"not used: a term of the need is only part of its name (" + m.why().get(0).summary() + ")",
                    "未采用：需求中的词只是其名称的一部分"};
        }
        if (!m.strong()) {
            return new String[] {"not used: only a loose full-text match (no term of the text is in its name)",
                    "未采用：仅字面相似（需求中的词不在其名称中）"};
        }
        if (vector(m) != null && m.why().size() == 1) {
            return anyTopic
                    ? new String[] {"not used: " + vector(m).summary() + ", but words of the need matched more directly",
                            "未采用：" + vector(m).summaryZh() + "，但需求中的词已有更直接的匹配"}
                    : new String[] {"not used: " + vector(m).summary() + ", below the similarity that counts",
                            "未采用：" + vector(m).summaryZh() + "，相似度不足"};
        }
        return new String[] {"not used: a weaker match than those used (" + m.why().get(0).summary() + ")",
                "未采用：匹配弱于已采用的（" + m.why().get(0).summaryZh() + "）"};
    }

    /** True when a covers every term b covers, at least as well, and more of them or better. */
    private static boolean dominates(int[] a, int[] b) {
        boolean more = false;
        for (int i = 0; i < a.length; i++) {
            if (b[i] > 0 && a[i] < b[i]) {
                return false;
            }
            if (a[i] > b[i]) {
                more = true;
            }
        }
        return more;
    }

    private static Reason synonym(Retriever.Match m) {
        return m.why().stream().filter(r -> r.kind().equals("SYNONYM")).findFirst().orElse(null);
    }

    private static Reason vector(Retriever.Match m) {
        return m.why().stream().filter(r -> r.kind().equals("VECTOR")).findFirst().orElse(null);
    }

    private static int limit(Integer limit) {
        int v = limit == null ? DEFAULT_LIMIT : limit;
        if (v <= 0 || v > MAX_LIMIT) {
            throw ApiException.badRequest("'limit' must be between 1 and " + MAX_LIMIT + ", was " + v);
        }
        return v;
    }

    private static List<String> ids(List<String> ids, String name) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_IDS) {
            throw ApiException.badRequest("'" + name + "' lists " + ids.size() + " ids, above the limit of " + MAX_IDS);
        }
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                throw ApiException.badRequest("'" + name + "' contains an empty id");
            }
            if (!out.contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    private static Map<String, Object> known(Map<String, Map<String, Object>> found, String id, String field) {
        Map<String, Object> e = found.get(id);
        if (e == null) {
            throw new ApiException(ErrorCode.NOT_FOUND,
                    "No entity with id '" + id + "' (in '" + field + "'); find ids with search(text:)");
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> entity) {
        List<String> names = new ArrayList<>();
        names.add((String) entity.get("name"));
        if (entity.get("nameEn") instanceof String en) {
            names.add(en);
        }
        if (entity.get("aliases") instanceof java.util.Collection<?> aliases) {
            names.addAll((java.util.Collection<String>) aliases);
        }
        return names;
    }
}
