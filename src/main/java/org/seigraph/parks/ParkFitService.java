package org.seigraph.parks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.seigraph.graph.CurationProvenance;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.parks.FitRules.ReasonKind;
import org.seigraph.store.BackgroundThreads;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Ranks parks for a need (docs/park-fit.md). A need costs a constant number of round trips: at most one
 * id lookup and one search (to resolve it), then at most ONE query that returns every evidence path of every
 * park, from the need elements to the park. Scoring, choosing one path per kind and ordering happen here.
 *
 * <p>The evidence of one need element (a sub-sector, industry, technology, sector, cooperation system or
 * strategy) depends only on the graph, not on the rest of the need, so it is kept per element in an
 * {@link EvidenceIndex}: per park, the most direct path of each kind with its reason already built. The index
 * is filled for every possible need element at start-up (graphs up to {@link #PREFILL_MAX} such elements;
 * larger ones fill it on demand, up to {@link #INDEX_MAX}) and replaced whenever a graph is loaded
 * ({@link GraphLoadedEvent}), so a request only queries the graph for elements not in it.
 */
@Service
@EnableConfigurationProperties(ParkFitService.Settings.class)
public class ParkFitService {

    /**
     * {@code seigraph.parks.warm-up}: plan the fit query and fill the evidence index at start-up and again after each
     * change (default true). Off for apps that start often and fit few needs (tests, tools): a fit then reads what it
     * needs itself.
     */
    @ConfigurationProperties("seigraph.parks")
    public record Settings(@DefaultValue("true") boolean warmUp) {
    }

    /**
     * Every evidence path from a need element to a park, in two parts: {@code via}, at most two steps over
     * DEVELOPS / HAS_SUBSECTOR / MAPS_TO from the need element to a node {@code t}, and {@code step}, from
     * {@code t} to a park (a tie, a layout chain, or an origin membership). Which via shapes count, and as
     * which kind, is decided in Java ({@link FitRules#VIA_SHAPES}). A small, fixed query: it is planned
     * once, at start-up, and runs from the id index of the need side.
     */
    static final String FIT_CYPHER = """
            CYPHER inferSchemaParts=off
            MATCH (x:Entity) WHERE x.id IN $needs
            MATCH via = (x)-[:DEVELOPS|HAS_SUBSECTOR|MAPS_TO]-{0,2}(t)
            CALL (t) {
              MATCH step = (t:Park) RETURN step, 'NAMED' AS family
              UNION ALL
              MATCH step = (t:District)<-[:LOCATED_IN]-(:Park) RETURN step, 'DISTRICT' AS family
              UNION ALL
              MATCH step = (t)-[:BUILDS]->(:Park) RETURN step, 'TIE' AS family
              UNION ALL
              MATCH step = (t)<-[:HOSTS]-(:Park) RETURN step, 'TIE' AS family
              UNION ALL
              MATCH step = (t:Industry)<-[:FOCUSES_ON]-(:Area)-[:INCLUDES]->(:District)<-[:LOCATED_IN]-(:Park)
              RETURN step, 'LAYOUT' AS family
              UNION ALL
              MATCH step = (t:Industry)<-[:FOCUSES_ON]-(:Area)<-[:LOCATED_IN]-(:Park) RETURN step, 'LAYOUT' AS family
              UNION ALL
              MATCH step = (t:CooperationSystem)<-[:MEMBER_OF]-(:Park) RETURN step, 'ORIGIN' AS family
              UNION ALL
              MATCH step = (t:Strategy)<-[:SUPPORTS]-(:Entity)-[:BUILDS]->(:Park) RETURN step, 'ORIGIN' AS family
            }
            WITH via, step, family, last(nodes(step)) AS n
            RETURN via, step, family, n.id AS parkId, n.start AS parkStart, """ + EntityReader.PROJECTION + " AS park";

    /** The possible need elements of the graph (what the index is filled with at start-up). */
    static final String NEED_ELEMENTS_CYPHER = """
            MATCH (n:Entity) WHERE n:Subsector OR n:Industry OR n:Technology OR n:Sector OR n:CooperationSystem OR n:Strategy
                OR n:Park OR n:District
            RETURN n.id AS id ORDER BY id""";

    /** Graphs with at most this many possible need elements get the whole index at start-up. */
    static final int PREFILL_MAX = 5_000;
    /** Need elements per evidence query when filling the index. */
    static final int PREFILL_BATCH = 250;
    /** Most need elements kept in the index; beyond it, elements are read per request and not kept. */
    static final int INDEX_MAX = 20_000;

    private static final Logger log = LoggerFactory.getLogger(ParkFitService.class);

    private final NeedResolver resolver;
    private final CypherRunner cypher;
    private final EntityReader entities;
    private final Driver driver;
    private final LayoutAreas layout;
    /** The evidence of the current graph; a new, empty one replaces it when a graph is loaded. */
    private volatile EvidenceIndex index = new EvidenceIndex();
    private final ScheduledExecutorService refill = Executors.newSingleThreadScheduledExecutor(BackgroundThreads.named("park-fit-refill"));
    private volatile boolean ready;
    private final boolean warmUpOnStart;

    public ParkFitService(NeedResolver resolver, CypherRunner cypher, EntityReader entities, Driver driver,
                          LayoutAreas layout, Settings settings) {
        this.warmUpOnStart = settings.warmUp();
        this.layout = layout;
        this.resolver = resolver;
        this.cypher = cypher;
        this.entities = entities;
        this.driver = driver;
    }

    /**
     * Plans the fit query once before the first request (planning the union takes longer
     * than a request may wait); its parameters always have the same types, so this one plan serves all needs.
     * Off with {@code seigraph.parks.warm-up=false} ({@link Settings}): no index is then filled ahead after a change either.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (!warmUpOnStart) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Object> params = Map.of("needs", List.of(""));
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> tx.run(FIT_CYPHER, params).consume(),
                    TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build());
            log.info("Park-fit query planned in {} ms", (System.nanoTime() - started) / 1_000_000);
            prefill(index);
            // and the other reads of a need (search with a kinds filter, ids), through the service itself
            fit(new ParkNeedInput("石墨烯", null, null, "Beijing", 1));
        } catch (RuntimeException e) {
            log.warn("Could not plan the park-fit queries ahead: {}", e.getMessage());
        }
        ready = true;
    }

    /**
     * A new graph (a load, or an applied curation change): forget the old evidence at once, and fill the index afresh
     * in the background (at start-up, {@link #warmUp} does), so whoever changed the graph does not wait for it;
     * until it is full, a request reads the evidence it needs from the new graph and keeps it. The refill starts a
     * second later, so a burst of changes (a reviewer approving a list) costs one refill, not one each. A change
     * renews the whole index like a load: the evidence of one need element runs through many entities (a new
     * LOCATED_IN edge opens paths from every element that reaches the district).
     */
    @EventListener({GraphLoadedEvent.class, GraphChangedEvent.class})
    void renew() {
        EvidenceIndex fresh = new EvidenceIndex();
        index = fresh;
        if (ready) {
            refill.schedule(() -> {
                if (index != fresh) {
                    return; // a newer graph came meanwhile; its own refill follows
                }
                try {
                    prefill(fresh);
                } catch (RuntimeException e) {
                    log.warn("Could not fill the park-fit evidence index ahead: {}", e.getMessage());
                }
            }, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stopRefill() {
        refill.shutdownNow();
    }

    /** Fills the index with every possible need element of the graph, when there are not too many. */
    private void prefill(EvidenceIndex target) {
        long started = System.nanoTime();
        List<String> ids = cypher.read(NEED_ELEMENTS_CYPHER, Map.of(), r -> r.get("id").asString(null)).stream()
                .filter(java.util.Objects::nonNull).toList();
        if (ids.size() > PREFILL_MAX) {
            log.info("Park-fit evidence: {} possible need elements, above {}; read on demand", ids.size(), PREFILL_MAX);
            return;
        }
        for (int i = 0; i < ids.size(); i += PREFILL_BATCH) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + PREFILL_BATCH));
            target.putAll(readForIndex(batch));
            layout.prefill(batch);
        }
        log.info("Park-fit evidence of {} need elements read in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A ranked answer and how the need was understood. */
    public record ParkFit(List<ParkMatch> matches, NeedResolver.Resolution resolution) {
    }

    /**
     * @param fit       DIRECT (a reason ties the park to the need itself), ORIGIN (only to the enterprise's origin) or
     *                  LAYOUT (only the district's layout focus: a district-level answer)
     * @param summary   the match in a sentence, in English; {@code summaryZh} in Chinese
     */
    public record ParkMatch(Map<String, Object> park, double score, int rank, List<FitReason> reasons, String fit,
                            String summary, String summaryZh) {
    }

    /**
     * @param need     the need element the path starts from (a technology, sub-sector, industry, sector,
     *                 cooperation system or strategy)
     * @param curated  true when any step of the path is not stated by the text: curated, or inferred by a rule
     *                 (both carry a {@code source}; each source's {@code derivation} says which)
     */
    public record FitReason(String kind, double weight, GraphView path, List<Map<String, Object>> sources,
                            Map<String, Object> need, boolean curated, String summary, String summaryEn, String summaryZh) {
    }

    /** One evidence path, need element first, park last. */
    private record Evidence(ReasonKind kind, List<Node> nodes, List<Relationship> rels, String parkId, long parkStart,
                            Map<String, Object> park) {
        double weight() {
            return FitRules.weight(kind, focusRank(), mapped());
        }

        /** True when the path needs a curated industry↔sub-sector mapping (MAPS_TO) to reach the need. */
        boolean mapped() {
            return rels.stream().anyMatch(r -> "MAPS_TO".equals(r.type()));
        }

        /** The rank of the layout focus (五(一) lists an area's industries in order), when the path has one. */
        Integer focusRank() {
            for (Relationship r : rels) {
                if ("FOCUSES_ON".equals(r.type()) && !r.get("rank").isNull()) {
                    return r.get("rank").asInt();
                }
            }
            return null;
        }

        /** Steps not stated by the text (curated or inferred: both carry a source). */
        int curatedSteps() {
            int n = 0;
            for (Relationship r : rels) {
                n += CurationProvenance.curated(r.asMap()) ? 1 : 0;
            }
            return n;
        }

        String key() {
            List<String> ids = new ArrayList<>();
            rels.forEach(r -> ids.add(r.get("id").asString("")));
            return String.join("|", ids);
        }

        int length() {
            return rels.size();
        }
    }

    /** Joins via and step into one evidence, or null when the via's shape does not count for the step. */
    private static Evidence evidence(org.neo4j.driver.Record r) {
        Path via = r.get("via").asPath();
        Path step = r.get("step").asPath();
        String family = r.get("family").asString();
        java.util.Iterator<Relationship> stepRels = step.relationships().iterator();
        ReasonKind kind = FitRules.kindOf(family, shape(via), stepRels.hasNext() ? stepRels.next().type() : null);
        if (kind == null) {
            return null;
        }
        List<Node> nodes = new ArrayList<>();
        via.nodes().forEach(nodes::add);
        boolean first = true;
        for (Node n : step.nodes()) {
            if (!first) {
                nodes.add(n);
            }
            first = false;
        }
        List<Relationship> rels = new ArrayList<>();
        via.relationships().forEach(rels::add);
        step.relationships().forEach(rels::add);
        return new Evidence(kind, List.copyOf(nodes), List.copyOf(rels), r.get("parkId").asString(),
                r.get("parkStart").asLong(Long.MAX_VALUE), r.get("park").asMap());
    }

    /** The via path as types with the direction walked: {@code DEVELOPS<,MAPS_TO<} (empty for no step). */
    static String shape(Path via) {
        List<String> steps = new ArrayList<>();
        for (Path.Segment segment : via) {
            boolean forward = segment.relationship().startNodeElementId().equals(segment.start().elementId());
            steps.add(segment.relationship().type() + (forward ? ">" : "<"));
        }
        return String.join(",", steps);
    }

    /** Of several paths of one kind to one park: the heaviest, then the shortest, then the one with fewer curated steps. */
    private static final Comparator<Evidence> MOST_DIRECT = Comparator.comparingDouble((Evidence e) -> -e.weight())
            .thenComparingInt(Evidence::length)
            .thenComparingInt(Evidence::curatedSteps)
            .thenComparing(Evidence::key);

    /**
     * The most direct path of one kind from one need element to one park, with its reason built; the fields
     * that order it among paths of its kind (as {@link #MOST_DIRECT}) are kept so facts of several need
     * elements can be compared without the path.
     */
    record Fact(ReasonKind kind, double weight, int length, int curatedSteps, String key, String parkId, long parkStart,
                Map<String, Object> park, FitReason reason) {
    }

    /** {@link #MOST_DIRECT} for facts. */
    private static final Comparator<Fact> MOST_DIRECT_FACT = Comparator.comparingDouble((Fact f) -> -f.weight())
            .thenComparingInt(Fact::length)
            .thenComparingInt(Fact::curatedSteps)
            .thenComparing(Fact::key);

    /** Per need element id: per park id, the fact of each kind. Read-only once built. */
    static final class EvidenceIndex {
        private final java.util.concurrent.ConcurrentHashMap<String, Map<String, Map<ReasonKind, Fact>>> byNeed =
                new java.util.concurrent.ConcurrentHashMap<>();

        Map<String, Map<ReasonKind, Fact>> get(String needId) {
            return byNeed.get(needId);
        }

        void putAll(Map<String, Map<String, Map<ReasonKind, Fact>>> evidence) {
            if (byNeed.size() + evidence.size() <= INDEX_MAX) {
                byNeed.putAll(evidence);
            }
        }

        int size() {
            return byNeed.size();
        }
    }

    /** Number of need elements whose evidence is in the index (for tests and logs). */
    int indexedNeedElements() {
        return index.size();
    }

    /**
     * The evidence of the given need elements in ONE query: per element, per park, the most direct path of each
     * kind as a fact. Elements without evidence map to an empty map.
     */
    private Map<String, Map<String, Map<ReasonKind, Fact>>> read(List<String> needIds) {
        return facts(needIds, cypher.read(FIT_CYPHER, Map.of("needs", needIds), ParkFitService::evidence));
    }

    /** {@link #read(List)} for filling the index: not a request, so it may take as long as a loaded machine needs. */
    private Map<String, Map<String, Map<ReasonKind, Fact>>> readForIndex(List<String> needIds) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return facts(needIds, session.executeRead(tx -> tx.run(FIT_CYPHER, Map.of("needs", needIds))
                    .list(ParkFitService::evidence), TransactionConfig.builder().withTimeout(PREFILL_TIMEOUT).build()));
        }
    }

    static final Duration PREFILL_TIMEOUT = Duration.ofMinutes(2);

    private Map<String, Map<String, Map<ReasonKind, Fact>>> facts(List<String> needIds, List<Evidence> read) {
        Map<String, Map<String, EnumMap<ReasonKind, Evidence>>> best = new LinkedHashMap<>();
        needIds.forEach(id -> best.put(id, new LinkedHashMap<>()));
        for (Evidence e : read) {
            if (e == null) {
                continue;
            }
            String needId = e.nodes().get(0).get("id").asString();
            best.computeIfAbsent(needId, k -> new LinkedHashMap<>())
                    .computeIfAbsent(e.parkId(), k -> new EnumMap<>(ReasonKind.class))
                    .merge(e.kind(), e, (a, b) -> MOST_DIRECT.compare(a, b) <= 0 ? a : b);
        }
        Map<String, Map<String, Object>> parks = new java.util.HashMap<>();
        Map<String, Map<String, Map<ReasonKind, Fact>>> out = new LinkedHashMap<>();
        best.forEach((needId, byPark) -> {
            Map<String, Map<ReasonKind, Fact>> facts = new LinkedHashMap<>();
            byPark.forEach((parkId, kinds) -> {
                EnumMap<ReasonKind, Fact> f = new EnumMap<>(ReasonKind.class);
                kinds.forEach((kind, e) -> f.put(kind, new Fact(kind, e.weight(), e.length(), e.curatedSteps(), e.key(),
                        parkId, e.parkStart(), parks.computeIfAbsent(parkId, k -> entities.entity(e.park())), reason(e))));
                facts.put(parkId, java.util.Collections.unmodifiableMap(f));
            });
            out.put(needId, java.util.Collections.unmodifiableMap(facts));
        });
        return out;
    }

    public ParkFit fit(ParkNeedInput need) {
        return fit(need, resolver.configuredStages());
    }

    /** With the given retrieval stages (the ablation of docs/text-understanding.md runs the corpus through each). */
    public ParkFit fit(ParkNeedInput need, org.seigraph.text.Stages stages) {
        NeedResolver.Resolution resolution = resolver.resolve(need, stages);
        List<String> needs = new ArrayList<>();
        resolution.needs().forEach(n -> needs.add((String) n.get("id")));
        resolution.namedParks().forEach(n -> needs.add((String) n.get("id")));
        resolution.namedDistricts().forEach(n -> needs.add((String) n.get("id")));
        resolution.originAnchors().forEach(n -> needs.add((String) n.get("id")));

        Map<String, EnumMap<ReasonKind, Fact>> byPark = facts(needs);
        record Scored(String parkId, long parkStart, double score, EnumMap<ReasonKind, Fact> best, String fit) {
        }
        List<Scored> scored = new ArrayList<>();
        byPark.forEach((parkId, best) -> {
            double miss = 1;
            for (Fact f : best.values()) {
                miss *= 1 - f.weight();
            }
            double score = Math.round((1 - miss) * 10_000) / 10_000.0;
            scored.add(new Scored(parkId, best.values().iterator().next().parkStart(), score, best, fitOf(best.keySet())));
        });
        // a park tied to the need (or its origin) makes layout-only parks noise; a layout-only answer keeps its best tier,
        // and only when that names a few parks: a district-level tie of many parks is the district's answer
        // (resolution.layout), not a ranking
        boolean anyTied = scored.stream().anyMatch(x -> !x.fit().equals("LAYOUT"));
        double bestLayout = scored.stream().filter(x -> x.fit().equals("LAYOUT")).mapToDouble(Scored::score).max().orElse(0);
        scored.removeIf(x -> x.fit().equals("LAYOUT") && (anyTied || x.score() < bestLayout));
        if (!anyTied && scored.size() > LAYOUT_TIE_MAX) {
            scored.clear();
        }
        // ties: the park the plan names first, then id
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(Scored::parkStart)
                .thenComparing(Scored::parkId));

        List<ParkMatch> matches = new ArrayList<>();
        for (Scored x : scored.subList(0, Math.min(resolution.limit(), scored.size()))) {
            List<FitReason> reasons = x.best().values().stream().sorted(Comparator.comparingDouble((Fact f) -> -f.weight())
                    .thenComparing(Fact::kind)).map(Fact::reason).toList();
            Map<String, Object> park = x.best().values().iterator().next().park();
            matches.add(new ParkMatch(park, x.score(), matches.size() + 1, reasons, x.fit(),
                    FitTexts.matchSummary(park, x.fit(), reasons), FitTexts.matchSummaryZh(park, x.fit(), reasons)));
        }
        List<String> layoutNeeds = new ArrayList<>();
        resolution.needs().forEach(n -> layoutNeeds.add((String) n.get("id")));
        List<NeedResolver.LayoutArea> areas = layoutNeeds.isEmpty() ? List.of() : layout.areas(layoutNeeds);
        List<NeedResolver.NearMatch> near = matches.isEmpty() ? nearMatches(resolution) : List.of();
        return new ParkFit(matches, resolution.finish(FitTexts.explain(resolution, matches, scored.size(), areas, near),
                FitTexts.explainZh(resolution, matches, scored.size(), areas, near), areas, near));
    }

    /** DIRECT when a reason ties the park to the need itself, ORIGIN when only to the origin, else LAYOUT. */
    static String fitOf(java.util.Collection<ReasonKind> kinds) {
        if (kinds.stream().anyMatch(FitRules.DIRECT::contains)) {
            return "DIRECT";
        }
        return kinds.contains(ReasonKind.ORIGIN) ? "ORIGIN" : "LAYOUT";
    }

    /** Per park, the most direct fact of each kind over the given need elements (index first, the rest in one query). */
    private Map<String, EnumMap<ReasonKind, Fact>> facts(List<String> needs) {
        EvidenceIndex current = index;
        List<Map<String, Map<ReasonKind, Fact>>> evidence = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : needs) {
            Map<String, Map<ReasonKind, Fact>> known = current.get(id);
            if (known != null) {
                evidence.add(known);
            } else if (!missing.contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, Map<String, Map<ReasonKind, Fact>>> read = read(missing);
            current.putAll(read);
            evidence.addAll(read.values());
        }
        Map<String, EnumMap<ReasonKind, Fact>> byPark = new LinkedHashMap<>();
        for (Map<String, Map<ReasonKind, Fact>> element : evidence) {
            element.forEach((parkId, facts) -> {
                EnumMap<ReasonKind, Fact> best = byPark.computeIfAbsent(parkId, k -> new EnumMap<>(ReasonKind.class));
                facts.forEach((kind, f) -> best.merge(kind, f, (a, b) -> MOST_DIRECT_FACT.compare(a, b) <= 0 ? a : b));
            });
        }
        return byPark;
    }

    /**
     * When no park fits: the entities closest to the need that were not used (semantic neighbours, weaker or
     * loose matches of the text), each with why and the parks it would lead to.
     */
    private List<NeedResolver.NearMatch> nearMatches(NeedResolver.Resolution r) {
        Map<String, NeedResolver.NearMatch> out = new LinkedHashMap<>();
        List<Map<String, Object>> candidates = new ArrayList<>();
        List<String[]> whys = new ArrayList<>();
        List<List<org.seigraph.text.Reason>> reasons = new ArrayList<>();
        for (org.seigraph.text.Retriever.Match m : r.semanticNeighbours()) {
            org.seigraph.text.Reason v = m.why().get(0);
            candidates.add(m.entity());
            whys.add(new String[] {"near: " + v.summary(), "相近：" + v.summaryZh()});
            reasons.add(m.why());
        }
        for (NeedResolver.TextMatch m : r.textMatches()) {
            if (!m.used() && NeedResolver.USABLE_KINDS.contains(m.entity().get("kind"))) {
                candidates.add(m.entity());
                whys.add(new String[] {"near: " + m.reasons().get(0).summary(), "相近：" + m.reasons().get(0).summaryZh()});
                reasons.add(m.reasons());
            }
        }
        List<String> ids = candidates.stream().map(e -> (String) e.get("id")).distinct().limit(NEAR_MAX).toList();
        Map<String, List<Map<String, Object>>> parksOf = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            EvidenceIndex current = index;
            List<String> missing = ids.stream().filter(id -> current.get(id) == null).toList();
            if (!missing.isEmpty()) {
                current.putAll(read(missing));
            }
            for (String id : ids) {
                Map<String, Map<ReasonKind, Fact>> facts = current.get(id);
                List<Fact> direct = new ArrayList<>();
                if (facts != null) {
                    facts.values().forEach(f -> f.values().stream().filter(x -> FitRules.DIRECT.contains(x.kind())).forEach(direct::add));
                }
                direct.sort(MOST_DIRECT_FACT.thenComparingLong(Fact::parkStart));
                List<Map<String, Object>> parks = new ArrayList<>();
                for (Fact f : direct) {
                    if (parks.stream().noneMatch(p -> p.get("id").equals(f.parkId())) && parks.size() < 3) {
                        parks.add(f.park());
                    }
                }
                parksOf.put(id, parks);
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            String id = (String) candidates.get(i).get("id");
            if (parksOf.containsKey(id) && !out.containsKey(id)) {
                out.put(id, new NeedResolver.NearMatch(candidates.get(i), whys.get(i)[0], whys.get(i)[1], reasons.get(i),
                        parksOf.get(id)));
            }
        }
        return List.copyOf(out.values());
    }

    static final int NEAR_MAX = 8;
    /** Most parks a layout-only answer lists; a larger tie is left to the district-level answer. */
    static final int LAYOUT_TIE_MAX = 3;

    private FitReason reason(Evidence e) {
        GraphViewBuilder builder = new GraphViewBuilder(entities);
        for (int i = 0; i < e.nodes().size(); i++) {
            builder.node(e.nodes().get(i), i);
        }
        e.rels().forEach(builder::relationship);
        List<Map<String, Object>> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean curated = false;
        for (Relationship r : e.rels()) {
            Map<String, Object> props = r.asMap();
            curated |= CurationProvenance.curated(props);
            for (Map<String, Object> source : entities.sources(props)) {
                if (seen.add(source.toString())) {
                    sources.add(source);
                }
            }
        }
        if (e.rels().isEmpty()) {
            // a park the need names: its own evidence
            entities.sources(e.nodes().get(0).asMap()).forEach(sources::add);
        }
        Node first = e.nodes().get(0);
        Map<String, Object> needMap = new LinkedHashMap<>(first.asMap());
        needMap.put("kind", kindOf(first));
        List<String> names = e.nodes().stream().map(n -> n.get("name").asString("")).toList();
        String area = null;
        String industry = null;
        for (int i = 1; i < e.nodes().size(); i++) {
            if (e.nodes().get(i).hasLabel("Area") && area == null) {
                area = names.get(i);
                industry = names.get(i - 1);
            }
        }
        return new FitReason(e.kind().name(), e.weight(), builder.build(), sources, entities.entity(needMap), curated,
                summary(e), FitTexts.reasonEn(e.kind(), names, e.focusRank(), e.mapped(), area, industry),
                FitTexts.reasonZh(e.kind(), names, e.focusRank(), e.mapped(), area, industry));
    }

    /** The path in words: 海洋油气装备 ←DEVELOPS− 海洋工程装备 −BUILDS→ 临港经济区. */
    private static String summary(Evidence e) {
        StringBuilder out = new StringBuilder(e.nodes().get(0).get("name").asString(""));
        for (int i = 0; i < e.rels().size(); i++) {
            Relationship r = e.rels().get(i);
            boolean forward = r.startNodeElementId().equals(e.nodes().get(i).elementId());
            out.append(forward ? " −" + r.type() + "→ " : " ←" + r.type() + "− ")
                    .append(e.nodes().get(i + 1).get("name").asString(""));
        }
        return out.toString();
    }

    private static String kindOf(Node node) {
        for (String label : node.labels()) {
            if (!"Entity".equals(label)) {
                return label;
            }
        }
        return "Entity";
    }
}
