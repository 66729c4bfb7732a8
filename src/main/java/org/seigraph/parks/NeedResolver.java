package org.seigraph.parks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seigraph.web.ApiException;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.lookup.SearchService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Validates a need and resolves it into graph ids: explicit ids are checked, free text goes through the
 * same full-text search as {@code search}, the origin through {@link FitRules#ORIGINS}. At most one id
 * lookup and one search (a second or third only for text over 200 characters).
 *
 * <p>Which search hits are used: only Subsector, Industry, Technology and Sector hits (the kinds the
 * ranking starts from). A hit whose name equals the whole text wins outright. Otherwise the text is cut into
 * terms (runs of Chinese characters; Latin words of three letters or more, minus a few stop words and the
 * origin words) and each hit is matched against each term by name, English name or alias (see
 * {@link #match}). Hits matching the most terms are kept; per term, when the term is a name or lies inside
 * one (tiers 4, 3) only the best of those; otherwise (names found inside a longer text) every name found,
 * minus those another covers (新能源 inside 新能源汽车). Hits that only share bigrams with the text
 * (Lucene's own fuzziness) are never used, only shown.
 */
@Component
class NeedResolver {

    static final int MAX_TEXT = 500;
    static final int MAX_IDS = 20;
    static final int MAX_ORIGIN = 100;
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;
    private static final int SEARCH_FIRST = 50;
    static final Set<String> USABLE_KINDS = Set.of("Subsector", "Industry", "Technology", "Sector");
    private static final Set<String> INDUSTRY_KINDS = Set.of("Industry", "Subsector", "Sector");
    private static final Set<String> STOP_WORDS = Set.of("and", "the", "for", "with", "from", "that", "this", "our",
            "are", "its", "company", "companies", "enterprise", "enterprises", "firm", "business", "inc", "ltd",
            "group", "corp", "wants", "looking", "park", "parks");
    private static final Pattern TERM = Pattern.compile("\\p{IsHan}+|[\\p{IsLatin}\\p{Nd}]+");

    private final SearchService search;
    private final EntityReader entities;
    /** The entities of the origin table's anchors in the current graph (read once per graph; absent ones left out). */
    private final AtomicReference<Map<String, Map<String, Object>>> originAnchors = new AtomicReference<>();
    /** Replaced on every load, so anchors read while a load was under way are not kept. */
    private volatile Object generation = new Object();

    NeedResolver(SearchService search, EntityReader entities) {
        this.search = search;
        this.entities = entities;
    }

    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        generation = new Object();
        originAnchors.set(null);
    }

    /**
     * Entities by id: the origin table's anchors from memory (they are the same for every need until the graph
     * is reloaded), anything else in one lookup.
     */
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

    /** One search hit and what became of it. */
    record TextMatch(Map<String, Object> entity, double score, String matchedBy, boolean used, String why) {
    }

    /** The need as the ranking sees it; {@code explanation} is filled in once the ranking is known. */
    record Resolution(String text, List<String> terms, List<TextMatch> textMatches, List<Map<String, Object>> needs,
                      String origin, String originFrom, List<String> originProfiles,
                      List<Map<String, Object>> originAnchors, int limit, String explanation) {

        Resolution withExplanation(String why) {
            return new Resolution(text, terms, textMatches, needs, origin, originFrom, originProfiles, originAnchors,
                    limit, why);
        }

        List<String> idsOf(String kind) {
            return needs.stream().filter(n -> kind.equals(n.get("kind"))).map(n -> (String) n.get("id")).toList();
        }

        List<String> anchorsOf(String kind) {
            return originAnchors.stream().filter(n -> kind.equals(n.get("kind"))).map(n -> (String) n.get("id")).toList();
        }
    }

    Resolution resolve(ParkNeedInput need) {
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
        List<String> profiles = new ArrayList<>();
        String originFrom = null;
        if (!origin.isEmpty()) {
            originFrom = "origin";
            if (origin.startsWith("cooperationsystem:") || origin.startsWith("strategy:")) {
                originIds.add(origin);
            } else {
                List<FitRules.OriginRule> rules = FitRules.originsIn(origin);
                if (rules.isEmpty()) {
                    throw ApiException.badRequest("'origin' \"" + origin + "\" is not recognised; use words such as "
                            + "Beijing / 北京, Europe / 欧洲, foreign / 外资, or a cooperationsystem: or strategy: id");
                }
                rules.forEach(r -> {
                    profiles.add(r.profile());
                    originIds.addAll(r.anchors());
                });
            }
        } else if (!text.isEmpty()) {
            List<FitRules.OriginRule> rules = FitRules.originsIn(text);
            if (!rules.isEmpty()) {
                originFrom = "text";
                rules.forEach(r -> {
                    profiles.add(r.profile());
                    originIds.addAll(r.anchors());
                });
            }
        }

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
            if (e == null && "origin".equals(originFrom) && profiles.isEmpty()) {
                throw ApiException.notFound("cooperation system or strategy", id);
            }
            if (e != null && !anchors.contains(e)) {
                anchors.add(e);
            }
        }

        // free text
        List<String> terms = terms(text);
        List<TextMatch> matches = terms.isEmpty() ? List.of() : match(text, terms);
        for (TextMatch m : matches) {
            if (m.used()) {
                needs.putIfAbsent((String) m.entity().get("id"), m.entity());
            }
        }
        return new Resolution(text.isEmpty() ? null : text, terms, matches, List.copyOf(needs.values()),
                origin.isEmpty() ? null : origin, originFrom, List.copyOf(profiles), List.copyOf(anchors), limit, null);
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
            throw new ApiException(org.seigraph.web.ErrorCode.NOT_FOUND,
                    "No entity with id '" + id + "' (in '" + field + "'); find ids with search(text:)");
        }
        return e;
    }

    /** Terms of the text: runs of Chinese characters (origin words cut out) and Latin words worth matching. */
    static List<String> terms(String text) {
        List<String> originWords = FitRules.keywordsIn(text);
        Set<String> terms = new LinkedHashSet<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            String t = m.group();
            if (FitRules.isLatin(t)) {
                String w = t.toLowerCase(Locale.ROOT);
                if (w.length() >= 3 && !STOP_WORDS.contains(w) && originWords.stream().noneMatch(k -> FitRules.keywordIn(k, w))) {
                    terms.add(w);
                }
            } else {
                String rest = t;
                for (String k : originWords) {
                    if (!FitRules.isLatin(k)) {
                        rest = rest.replace(k, " ");
                    }
                }
                for (String part : rest.split(" ")) {
                    if (part.length() >= 2) {
                        terms.add(part);
                    }
                }
            }
        }
        return List.copyOf(terms);
    }

    private List<TextMatch> match(String text, List<String> terms) {
        List<SearchService.Hit> hits = search(terms);
        List<SearchService.Hit> usable = hits.stream().filter(h -> USABLE_KINDS.contains(h.entity().get("kind"))).toList();

        Map<String, String> usedWhy = new LinkedHashMap<>();
        String whole = text.strip().toLowerCase(Locale.ROOT);
        for (SearchService.Hit h : usable) {
            if (names(h.entity()).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(whole))) {
                usedWhy.put(id(h), "its name is the text");
            }
        }
        if (usedWhy.isEmpty()) {
            Map<String, int[]> tiers = new LinkedHashMap<>();
            Map<String, int[][]> spans = new LinkedHashMap<>();
            int maxCoverage = 0;
            for (SearchService.Hit h : usable) {
                int[] t = new int[terms.size()];
                int[][] sp = new int[terms.size()][];
                int coverage = 0;
                for (int i = 0; i < terms.size(); i++) {
                    for (String name : names(h.entity())) {
                        Match m = match(terms.get(i), name);
                        if (m.tier() > t[i]) {
                            t[i] = m.tier();
                            sp[i] = m.span();
                        }
                    }
                    coverage += t[i] > 0 ? 1 : 0;
                }
                tiers.put(id(h), t);
                spans.put(id(h), sp);
                maxCoverage = Math.max(maxCoverage, coverage);
            }
            if (maxCoverage > 0) {
                final int most = maxCoverage;
                // hits matching the most terms
                List<SearchService.Hit> candidates = usable.stream()
                        .filter(h -> java.util.Arrays.stream(tiers.get(id(h))).filter(x -> x > 0).count() == most).toList();
                for (int i = 0; i < terms.size(); i++) {
                    final int term = i;
                    int best = candidates.stream().mapToInt(h -> tiers.get(id(h))[term]).max().orElse(0);
                    List<SearchService.Hit> forTerm = candidates.stream().filter(h -> tiers.get(id(h))[term] > 0
                            && (best >= 3 ? tiers.get(id(h))[term] == best : true)).toList();
                    for (SearchService.Hit h : forTerm) {
                        int tier = tiers.get(id(h))[term];
                        int[] span = spans.get(id(h))[term];
                        // inside the text: drop a hit whose span another hit covers more widely or more exactly
                        boolean covered = best < 3 && forTerm.stream().anyMatch(o -> o != h && covers(
                                spans.get(id(o))[term], tiers.get(id(o))[term], span, tier));
                        if (!covered) {
                            usedWhy.putIfAbsent(id(h), switch (tier) {
                                case 4 -> "its name is '" + terms.get(term) + "'";
                                case 3 -> "its name contains '" + terms.get(term) + "'";
                                case 2 -> "its name is in '" + terms.get(term) + "'";
                                default -> "its name shares '" + terms.get(term).substring(span[0], span[1]) + "' with the text";
                            });
                        }
                    }
                }
            }
        }
        List<TextMatch> out = new ArrayList<>();
        for (SearchService.Hit h : hits) {
            String why = usedWhy.get(id(h));
            String notUsed = !USABLE_KINDS.contains(h.entity().get("kind"))
                    ? "not used: the ranking starts from sub-sectors, industries, technologies and sectors, not a "
                    + h.entity().get("kind")
                    : usedWhy.isEmpty() ? "not used: only a loose full-text match (no term of the text is in its name)"
                    : "not used: a weaker match than those used";
            out.add(new TextMatch(h.entity(), h.score(), h.matchedBy(), why != null, why != null ? why : notUsed));
        }
        // used first, then as the search ranked them; only a few of the unused ones
        List<TextMatch> used = out.stream().filter(TextMatch::used).toList();
        List<TextMatch> unused = out.stream().filter(m -> !m.used()).limit(10).toList();
        List<TextMatch> shown = new ArrayList<>(used);
        shown.addAll(unused);
        return shown;
    }

    /** The search over the terms: one call, more only when they exceed the search's own text limit. */
    private List<SearchService.Hit> search(List<String> terms) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String term : terms) {
            String t = term.length() > SearchService.MAX_TEXT ? term.substring(0, SearchService.MAX_TEXT) : term;
            if (chunk.length() + t.length() + 1 > SearchService.MAX_TEXT) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.length() == 0 ? "" : " ").append(t);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        Map<String, SearchService.Hit> best = new LinkedHashMap<>();
        for (String c : chunks) {
            for (SearchService.Hit h : search.search(c, List.copyOf(USABLE_KINDS), SEARCH_FIRST)) {
                best.merge(id(h), h, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        return best.values().stream()
                .sorted(java.util.Comparator.comparingDouble(SearchService.Hit::score).reversed().thenComparing(NeedResolver::id))
                .toList();
    }

    /** How a term matches a name, and the part of the term it covers. */
    record Match(int tier, int[] span) {
    }

    /**
     * 4 equal, 3 the term inside the name (a Latin term starting one of its words), 2 the name inside the
     * term, 1 the name shares four characters or more with the term; 0 no match.
     */
    static Match match(String term, String name) {
        int[] all = {0, term.length()};
        if (FitRules.isLatin(term)) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(term)) {
                return new Match(4, all);
            }
            for (String w : FitRules.words(n)) {
                if (w.startsWith(term)) {
                    return new Match(3, all);
                }
            }
            return new Match(0, null);
        }
        if (name.equals(term)) {
            return new Match(4, all);
        }
        if (name.contains(term)) {
            return new Match(3, all);
        }
        int at = name.length() >= 2 && !FitRules.isLatin(name) ? term.indexOf(name) : -1;
        if (at >= 0) {
            return new Match(2, new int[] {at, at + name.length()});
        }
        int[] common = longestCommon(term, name);
        return common[1] - common[0] >= 4 ? new Match(1, common) : new Match(0, null);
    }

    /** True when span a (of tier ta) makes span b (of tier tb) redundant: wider, or as wide and a better tier. */
    private static boolean covers(int[] a, int ta, int[] b, int tb) {
        if (a == null || b == null || a[0] > b[0] || a[1] < b[1]) {
            return false;
        }
        boolean wider = a[1] - a[0] > b[1] - b[0];
        return wider || ta > tb;
    }

    /** The longest common substring of a and b, as a span of a. */
    private static int[] longestCommon(String a, String b) {
        int best = 0;
        int endA = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best) {
                        best = cur[j];
                        endA = i;
                    }
                }
            }
            prev = cur;
        }
        return new int[] {endA - best, endA};
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> entity) {
        List<String> names = new ArrayList<>();
        names.add((String) entity.get("name"));
        if (entity.get("nameEn") instanceof String en) {
            names.add(en);
        }
        if (entity.get("aliases") instanceof Collection<?> aliases) {
            names.addAll((Collection<String>) aliases);
        }
        return names;
    }

    private static String id(SearchService.Hit h) {
        return (String) h.entity().get("id");
    }
}
