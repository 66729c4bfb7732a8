package org.seigraph.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.graph.GraphModel;
import org.seigraph.store.CypherRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The one retrieval service behind {@code search}, park fit and (later) ask: a text in, the entities it means out,
 * each with why. Three lists are fused by reciprocal rank (RRF, k = 60): the full-text index over the text's terms
 * (segmented; names, aliases, English names, CJK bigrams), the curated synonyms found in the text, and the entities
 * whose texts are nearest to the text's embedding. Which stages run is a {@link Stages} (configuration, or per call).
 *
 * <p>Costs: one full-text query (ids and names only; a second, longer one when the first may have left better names
 * out), at most two id lookups (synonym targets and vector owners together; then the full-text candidates kept), both
 * served from a per-graph cache once seen, and when vectors run one embedding of the text's terms and a scan of the
 * graph's text vectors ({@link TextVectors#nearest}).
 */
@Service
public class Retriever {

    static final int RRF_K = 60;
    /**
     * Full-text candidates with their names only (whole entities are read for those kept); parameters {@code query},
     * {@code kinds} (empty: all) and {@code candidates}.
     */
    public static final String FULLTEXT = "CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) "
            + "YIELD node AS n, score WITH n, score, " + EntityReader.kind("n") + " AS kind "
            + "WHERE size($kinds) = 0 OR kind IN $kinds "
            + "RETURN n.id AS id, kind, n.name AS name, n.nameEn AS nameEn, n.aliases AS aliases, score";
    static final int FULLTEXT_CANDIDATES = 200;
    static final int VECTOR_CANDIDATES = 40;
    /** Near matches shown at most. */
    static final int NEAR_MAX = 10;

    /** One entity the text means; {@code tier} is the best lexical match (see {@link NameMatch}; 5 = a name is the whole text). */
    public record Match(Map<String, Object> entity, double score, String matchedBy, int tier, List<Reason> why) {
        public String id() {
            return (String) entity.get("id");
        }

        public String kind() {
            return (String) entity.get("kind");
        }

        /** True when a name, a curated synonym or a close vector ties the text to it (not only full-text fuzziness). */
        public boolean strong() {
            return Retriever.strong(why);
        }
    }

    /** True when one of these reasons is more than full-text fuzziness ({@link Match#strong}). */
    static boolean strong(List<Reason> why) {
        return why.stream().anyMatch(r -> !r.kind().equals("FULLTEXT"));
    }

    /** What retrieval made of a text: its tokens, the terms it matched with, and the matches, best first. */
    public record Retrieval(String text, List<Token> tokens, List<String> terms, List<Match> matches,
                            List<Match> nearMatches, Stages stages, boolean vectorsReady) {
    }

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final Segmenter segmenter;
    private final Synonyms synonyms;
    private final Embedder embedder;
    private final TextVectors vectors;
    private final TextIndexer indexer;
    private final TextSettings settings;

    public Retriever(CypherRunner cypher, EntityReader entities, Segmenter segmenter, Synonyms synonyms,
                     Embedder embedder, TextVectors vectors, TextIndexer indexer, TextSettings settings) {
        this.cypher = cypher;
        this.entities = entities;
        this.segmenter = segmenter;
        this.synonyms = synonyms;
        this.embedder = embedder;
        this.vectors = vectors;
        this.indexer = indexer;
        this.settings = settings;
    }

    public TextSettings settings() {
        return settings;
    }

    /** The words of a text (segmented or as plain runs). */
    public List<Token> segment(String text, boolean segmentation) {
        return segmenter.tokens(text, segmentation);
    }

    /** The curated synonyms found in a text. */
    public List<Synonyms.Found> expand(String text) {
        return synonyms.find(text);
    }

    /** The text's embedding. */
    public float[] embed(String text) {
        return embedder.embed(text);
    }

    /**
     * Retrieves with the configured stages; vectors only when asked ({@code vectors}) — callers that need the
     * meaning of free text (park fit) pass true, search passes {@link VectorUse#WHEN_WEAK}.
     */
    public Retrieval retrieve(String text, Collection<String> kinds, int first, Stages stages, VectorUse vectorUse) {
        String whole = text.strip();
        List<Token> tokens = segmenter.tokens(whole, stages.segmentation());
        List<String> terms = Terms.of(tokens);
        Set<String> kindFilter = kinds == null ? Set.of() : new LinkedHashSet<>(kinds);

        // 1. full text over the terms
        Map<String, Candidate> all = new LinkedHashMap<>();
        List<Candidate> fullText = new ArrayList<>();
        String query = LuceneText.escape(String.join(" ", terms.isEmpty() ? List.of(whole) : terms));
        if (!query.isEmpty()) {
            // names only: most candidates are ranked out (at scale, thousands of namesakes share a name), so whole
            // entities are read afterwards for those that are kept
            // namesakes (the same name, English name and aliases) match the text alike: rank the first of each, copy it
            Map<List<Object>, Candidate> byNames = new HashMap<>();
            for (Map<String, Object> row : fullText(query, kindFilter, first)) {
                Map<String, Object> names = new LinkedHashMap<>();
                names.put("id", row.get("id"));
                names.put("kind", row.get("kind"));
                names.put("name", row.get("name"));
                names.put("nameEn", row.get("nameEn"));
                names.put("aliases", row.get("aliases") == null ? List.of() : row.get("aliases"));
                Candidate c = all.computeIfAbsent((String) row.get("id"), id -> new Candidate(names, true));
                c.lucene = ((Number) row.get("score")).doubleValue();
                Candidate namesake = byNames.putIfAbsent(nameKey(c.entity), c);
                if (namesake != null && namesake != c) {
                    c.lexicalOf(namesake);
                } else {
                    c.lexical(whole, terms);
                }
                fullText.add(c);
            }
            // a name equal to the whole text first; then names that match more of the text's terms ("marine
            // engineering": Marine engineering equipment before the field Marine), then by how well, then Lucene's score
            fullText.sort(Comparator.comparingInt((Candidate c) -> c.tier == 5 ? 0 : 1)
                    .thenComparingInt(c -> -c.coverage).thenComparingInt(c -> -c.tier)
                    .thenComparingDouble(c -> -c.lucene).thenComparing(Candidate::id));
        }

        // 2. synonyms, 3. vectors: their entities in one lookup
        List<Synonyms.Found> found = stages.synonyms() ? synonyms.find(whole) : List.of();
        boolean lexicallyWeak = fullText.stream().noneMatch(c -> c.tier >= 3) && found.isEmpty();
        boolean ready = indexer.ready();
        boolean useVectors = stages.vectors() && ready && (vectorUse == VectorUse.ALWAYS
                || vectorUse == VectorUse.WHEN_WEAK && lexicallyWeak);
        List<TextVectors.Neighbour> neighbours = useVectors
                ? vectors.nearest(embedder.embed(meaning(whole, terms)), VECTOR_CANDIDATES) : List.of();
        Set<String> ids = new LinkedHashSet<>();
        found.forEach(f -> ids.add(f.row().target()));
        ids.removeAll(all.keySet());
        // owners of the nearest texts not found yet, most similar first, only as many as can still reach the answer:
        // `first` owners of close texts (one further back ranks below `first` others of the vector list) and NEAR_MAX
        // of near ones. A text many entities share (a topic name in every city of a synthetic corpus) would
        // otherwise cost a lookup of thousands of entities per request.
        int close = 0;
        int nearOnes = 0;
        for (int i = 0; i < neighbours.size(); i++) {
            TextVectors.Neighbour n = neighbours.get(i);
            if (n.similarity() < settings.nearSimilarity() && i >= 3) {
                continue;
            }
            boolean isClose = n.similarity() >= settings.minSimilarity();
            for (TextVectors.Owner o : n.owners()) {
                if ((isClose ? close >= first : nearOnes >= NEAR_MAX)) {
                    break;
                }
                if ((kindFilter.isEmpty() || kindFilter.contains(o.kind())) && !all.containsKey(o.entityId())
                        && ids.add(o.entityId())) {
                    if (isClose) {
                        close++;
                    } else {
                        nearOnes++;
                    }
                }
            }
        }
        if (!ids.isEmpty()) {
            known(ids).forEach((id, e) -> {
                if (kindFilter.isEmpty() || kindFilter.contains(e.get("kind"))) {
                    Candidate c = new Candidate(e);
                    c.lexical(whole, terms);
                    all.put(id, c);
                }
            });
        }
        List<Candidate> bySynonym = new ArrayList<>();
        for (Synonyms.Found f : found) {
            Candidate c = all.get(f.row().target());
            if (c != null) {
                c.why.add(Reason.synonym(f));
                c.synonym = true;
                if (!bySynonym.contains(c)) {
                    bySynonym.add(c);
                }
            }
        }
        List<Candidate> byVector = new ArrayList<>();
        List<Candidate> near = new ArrayList<>();
        for (TextVectors.Neighbour n : neighbours) {
            for (TextVectors.Owner o : n.owners()) {
                Candidate c = all.get(o.entityId());
                if (c == null || c.similarity >= n.similarity()) {
                    continue;
                }
                c.similarity = n.similarity();
                c.vectorWhy = Reason.vector(n.text(), o.field(), n.similarity());
                if (n.similarity() >= settings.minSimilarity()) {
                    if (!byVector.contains(c)) {
                        byVector.add(c);
                    }
                } else if (n.similarity() >= settings.nearSimilarity() && !near.contains(c) && !c.synonym && c.tier < 3) {
                    near.add(c);
                }
            }
        }
        byVector.forEach(c -> c.why.add(c.vectorWhy));

        // fuse by reciprocal rank
        rrf(fullText);
        rrf(bySynonym);
        rrf(byVector);
        List<Candidate> fused = new ArrayList<>(new LinkedHashSet<Candidate>() {{
            addAll(fullText);
            addAll(bySynonym);
            addAll(byVector);
        }});
        fused.sort(Comparator.comparingInt((Candidate c) -> c.tier == 5 ? 0 : 1)
                .thenComparingDouble(c -> -c.rrf)
                .thenComparingInt(c -> -c.tier)
                .thenComparingInt(c -> ((String) c.entity.get("name")).length())
                .thenComparing(Candidate::id));
        List<Candidate> kept = fused.subList(0, Math.min(first, fused.size()));
        if (near.isEmpty() && kept.stream().noneMatch(c -> strong(c.why))) {
            // nothing close enough: still say what is closest
            neighbours.stream().limit(3).forEach(n -> n.owners().stream().map(o -> all.get(o.entityId()))
                    .filter(c -> c != null && c.vectorWhy != null && !near.contains(c)).forEach(near::add));
        }
        List<Candidate> nearKept = near.stream().filter(c -> !fused.contains(c))
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.similarity)).limit(NEAR_MAX).toList();
        // whole entities of the kept full-text candidates, in one lookup
        Set<String> names = new LinkedHashSet<>();
        kept.stream().filter(c -> c.namesOnly).forEach(c -> names.add(c.id()));
        nearKept.stream().filter(c -> c.namesOnly).forEach(c -> names.add(c.id()));
        Map<String, Map<String, Object>> read = names.isEmpty() ? Map.of() : known(names);
        List<Match> matches = new ArrayList<>();
        for (Candidate c : kept) {
            if (c.readFrom(read)) {
                matches.add(c.match(whole));
            }
        }
        List<Match> nearMatches = new ArrayList<>();
        nearKept.stream().filter(c -> c.readFrom(read)).forEach(c -> nearMatches.add(new Match(c.entity,
                Math.round(c.similarity * 1000) / 1000.0, "semantic", 0, List.of(c.vectorWhy))));
        return new Retrieval(whole, tokens, terms, matches, nearMatches, stages, ready);
    }

    /**
     * What the model is given for a text: its terms (the words worth matching, without the generic words and the
     * request around them), or the whole text when it has none. The cost of an embedding grows with its length.
     */
    public static String meaning(String whole, List<String> terms) {
        return terms.isEmpty() ? whole : String.join(" ", terms);
    }

    /**
     * The full-text candidates of a query: ids, kinds and names only. Up to {@link #FULLTEXT_CANDIDATES}, so that names
     * that match more of the text's terms than Lucene's best can still be ranked first. Asked first for fewer
     * ({@link #fewCandidates}); that smaller list is kept when it is all the index has, or when namesakes fill it (at
     * scale each topic name has thousands, and the larger list would bring more of the same names, not other ones).
     */
    private List<Map<String, Object>> fullText(String query, Set<String> kinds, int first) {
        int few = fewCandidates(first);
        // with a kind filter the rows come after it, so a short list would not say that the index had no more
        if (few < FULLTEXT_CANDIDATES && kinds.isEmpty()) {
            List<Map<String, Object>> rows = cypher.read(FULLTEXT, Map.of("query", query, "kinds", List.of(), "candidates", few));
            if (rows.size() < few || namesakesFill(rows)) {
                return rows;
            }
        }
        return cypher.read(FULLTEXT, Map.of("query", query, "kinds", List.copyOf(kinds), "candidates", FULLTEXT_CANDIDATES));
    }

    /** How many full-text candidates are asked for first: four per match wanted, at least 40. */
    static int fewCandidates(int first) {
        return Math.min(FULLTEXT_CANDIDATES, Math.max(FULLTEXT_FEW, 4 * first));
    }

    static final int FULLTEXT_FEW = 40;

    /** True when the rows have four or more namesakes per distinct set of names, on average. */
    static boolean namesakesFill(List<Map<String, Object>> rows) {
        Set<List<Object>> distinct = new HashSet<>();
        for (Map<String, Object> row : rows) {
            distinct.add(nameKey(row));
        }
        return distinct.size() * 4 <= rows.size();
    }

    /** What makes two entities namesakes: the same name, English name and aliases. */
    static List<Object> nameKey(Map<String, Object> entity) {
        Object aliases = entity.get("aliases");
        return Arrays.asList(entity.get("name"), entity.get("nameEn"), aliases == null ? List.of() : aliases);
    }

    /**
     * Entities by id, from a per-graph cache of those synonyms and vectors led to before (the same few hundred
     * entities come up again and again), the rest in one lookup.
     */
    private Map<String, Map<String, Object>> known(Set<String> ids) {
        if (cypher.inScratch()) {
            // as of a past moment: the entities as they were then, never the cache of the current graph
            return entities.byIds(ids);
        }
        Map<String, Map<String, Object>> cache = entityCache;
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String id : ids) {
            Map<String, Object> e = cache.get(id);
            if (e != null) {
                out.put(id, e);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, Object>> read = entities.byIds(missing);
            if (cache.size() + read.size() <= ENTITY_CACHE_MAX) {
                cache.putAll(read);
            }
            out.putAll(read);
        }
        return out;
    }

    static final int ENTITY_CACHE_MAX = 10_000;
    private volatile Map<String, Map<String, Object>> entityCache = new java.util.concurrent.ConcurrentHashMap<>();

    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        entityCache = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** An entity's map holds its own properties only: a change drops the entities it touched, no others. */
    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        entityCache.keySet().removeAll(event.entityIds());
    }

    /** When vectors take part: always (park fit), or only when words found nothing better than loose full text (search). */
    public enum VectorUse { ALWAYS, WHEN_WEAK, NEVER }

    private static void rrf(List<Candidate> ranked) {
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rrf += 1.0 / (RRF_K + i + 1);
        }
    }

    /** An entity while it is being retrieved. */
    private static final class Candidate {
        /** The entity; only its id, kind and names while {@link #namesOnly}. */
        Map<String, Object> entity;
        boolean namesOnly;
        final List<Reason> why = new ArrayList<>();
        double lucene;
        int tier;
        /** How many of the text's terms one of the names matches (a term inside a name, or a name inside a term). */
        int coverage;
        boolean synonym;
        double similarity = -1;
        Reason vectorWhy;
        double rrf;

        Candidate(Map<String, Object> entity) {
            this(entity, false);
        }

        Candidate(Map<String, Object> entity, boolean namesOnly) {
            this.entity = entity;
            this.namesOnly = namesOnly;
        }

        /** Takes the whole entity from {@code read} if only its names are known; false when it is gone meanwhile. */
        boolean readFrom(Map<String, Map<String, Object>> read) {
            if (namesOnly) {
                Map<String, Object> e = read.get(id());
                if (e == null) {
                    return false;
                }
                entity = e;
                namesOnly = false;
            }
            return true;
        }

        String id() {
            return (String) entity.get("id");
        }

        /** The lexical match of a namesake (the same names: the same tier, coverage and reason). */
        void lexicalOf(Candidate namesake) {
            tier = namesake.tier;
            coverage = namesake.coverage;
            why.clear();
            why.addAll(namesake.why);
        }

        /** The best name match against the whole text and each term. */
        void lexical(String whole, List<String> terms) {
            String wholeLower = whole.toLowerCase(Locale.ROOT);
            Reason best = null;
            Set<String> covered = new HashSet<>();
            for (Map.Entry<String, String> name : names(entity).entrySet()) {
                if (name.getKey().toLowerCase(Locale.ROOT).equals(wholeLower)) {
                    tier = 5;
                    best = Reason.name(whole, name.getKey(), name.getValue(), 5);
                    break;
                }
                for (String term : terms) {
                    NameMatch m = NameMatch.of(term, name.getKey());
                    if (m.tier() >= 2) {
                        covered.add(term);
                    }
                    if (m.tier() > tier) {
                        tier = m.tier();
                        best = Reason.name(m.tier() == 1 ? term.substring(m.span()[0], m.span()[1]) : term,
                                name.getKey(), name.getValue(), m.tier());
                    }
                }
            }
            coverage = covered.size();
            why.clear();
            why.add(best != null ? best : Reason.fullText());
        }

        Match match(String whole) {
            String matchedBy = matchKind(whole);
            List<Reason> reasons = why.stream().filter(r -> !r.kind().equals("FULLTEXT") || why.size() == 1).toList();
            return new Match(entity, Math.round(rrf * 100_000) / 100_000.0, matchedBy, tier, reasons);
        }

        /** exact / prefix / contains (a name against the whole text, as search always said), else term, synonym, semantic, fulltext. */
        String matchKind(String whole) {
            String needle = whole.toLowerCase(Locale.ROOT);
            String best = null;
            for (String name : names(entity).keySet()) {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.equals(needle)) {
                    return "exact";
                }
                if (n.startsWith(needle)) {
                    best = "prefix";
                } else if (n.contains(needle) && best == null) {
                    best = "contains";
                }
            }
            if (best != null) {
                return best;
            }
            if (tier >= 2) {
                return "term";
            }
            if (synonym) {
                return "synonym";
            }
            return why.stream().anyMatch(r -> r.kind().equals("VECTOR")) ? "semantic" : "fulltext";
        }
    }

    /** Names of an entity with their field: name, nameEn, alias. */
    @SuppressWarnings("unchecked")
    static Map<String, String> names(Map<String, Object> entity) {
        Map<String, String> out = new LinkedHashMap<>();
        if (entity.get("name") instanceof String n) {
            out.put(n, "name");
        }
        if (entity.get("nameEn") instanceof String en) {
            out.putIfAbsent(en, "nameEn");
        }
        if (entity.get("aliases") instanceof Collection<?> aliases) {
            ((Collection<String>) aliases).forEach(a -> out.putIfAbsent(a, "alias"));
        }
        return out;
    }

    static boolean knownKind(String kind) {
        return GraphModel.LABEL_NAMES.contains(kind);
    }
}
