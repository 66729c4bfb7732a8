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
import java.util.stream.Collectors;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.graph.GraphView;
import org.seigraph.graph.GraphViewBuilder;
import org.seigraph.parks.FitRules.ReasonKind;
import org.seigraph.store.CypherRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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
public class ParkFitService {

    /**
     * Every evidence path from a need element to a park, in two parts: {@code via}, at most two steps over
     * DEVELOPS / HAS_SUBSECTOR / MAPS_TO from the need element to a node {@code t}, and {@code step}, from
     * {@code t} to a park (a tie, a layout chain, or an origin membership). Which via shapes count, and as
     * which kind, is decided in Java ({@link FitRules#VIA_SHAPES}). A small, fixed query: it is planned in
     * well under a second, once, and runs from the id index of the need side.
     */
    static final String FIT_CYPHER = """
            CYPHER inferSchemaParts=off
            MATCH (x:Entity) WHERE x.id IN $needs
            MATCH via = (x)-[:DEVELOPS|HAS_SUBSECTOR|MAPS_TO]-{0,2}(t)
            CALL (t) {
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
    /** The evidence of the current graph; a new, empty one replaces it when a graph is loaded. */
    private volatile EvidenceIndex index = new EvidenceIndex();
    private volatile boolean ready;

    public ParkFitService(NeedResolver resolver, CypherRunner cypher, EntityReader entities, Driver driver) {
        this.resolver = resolver;
        this.cypher = cypher;
        this.entities = entities;
        this.driver = driver;
    }

    /**
     * Plans the fit query once before the first request (planning the union takes a second or more, longer
     * than a request may wait); its parameters always have the same types, so this one plan serves all needs.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
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

    /** A new graph: forget the old evidence, and fill the index afresh (at start-up, {@link #warmUp} does). */
    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        EvidenceIndex fresh = new EvidenceIndex();
        index = fresh;
        if (ready) {
            try {
                prefill(fresh);
            } catch (RuntimeException e) {
                log.warn("Could not fill the park-fit evidence index ahead: {}", e.getMessage());
            }
        }
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
            target.putAll(read(ids.subList(i, Math.min(ids.size(), i + PREFILL_BATCH))));
        }
        log.info("Park-fit evidence of {} need elements read in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A ranked answer and how the need was understood. */
    public record ParkFit(List<ParkMatch> matches, NeedResolver.Resolution resolution) {
    }

    public record ParkMatch(Map<String, Object> park, double score, int rank, List<FitReason> reasons) {
    }

    /**
     * @param need     the need element the path starts from (a technology, sub-sector, industry, sector,
     *                 cooperation system or strategy)
     * @param curated  true when any step of the path is curated rather than taken from the text
     */
    public record FitReason(String kind, double weight, GraphView path, List<Map<String, Object>> sources,
                            Map<String, Object> need, boolean curated, String summary) {
    }

    /** One evidence path, need element first, park last. */
    private record Evidence(ReasonKind kind, List<Node> nodes, List<Relationship> rels, String parkId, long parkStart,
                            Map<String, Object> park) {
        double weight() {
            return FitRules.weight(kind, focusRank());
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

        int curatedSteps() {
            int n = 0;
            for (Relationship r : rels) {
                n += r.containsKey("source") && !r.get("source").isNull() ? 1 : 0;
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
        ReasonKind kind = FitRules.kindOf(family, shape(via), step.relationships().iterator().next().type());
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
        Map<String, Map<String, EnumMap<ReasonKind, Evidence>>> best = new LinkedHashMap<>();
        needIds.forEach(id -> best.put(id, new LinkedHashMap<>()));
        for (Evidence e : cypher.read(FIT_CYPHER, Map.of("needs", needIds), ParkFitService::evidence)) {
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
        NeedResolver.Resolution resolution = resolver.resolve(need);
        List<String> needs = new ArrayList<>();
        resolution.needs().forEach(n -> needs.add((String) n.get("id")));
        resolution.originAnchors().forEach(n -> needs.add((String) n.get("id")));

        // the evidence of each need element: from the index, the rest in one query
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

        // per park, the most direct path of each kind
        Map<String, EnumMap<ReasonKind, Fact>> byPark = new LinkedHashMap<>();
        for (Map<String, Map<ReasonKind, Fact>> element : evidence) {
            element.forEach((parkId, facts) -> {
                EnumMap<ReasonKind, Fact> best = byPark.computeIfAbsent(parkId, k -> new EnumMap<>(ReasonKind.class));
                facts.forEach((kind, f) -> best.merge(kind, f, (a, b) -> MOST_DIRECT_FACT.compare(a, b) <= 0 ? a : b));
            });
        }
        record Scored(String parkId, long parkStart, double score, EnumMap<ReasonKind, Fact> best) {
        }
        List<Scored> scored = new ArrayList<>();
        byPark.forEach((parkId, best) -> {
            double miss = 1;
            for (Fact f : best.values()) {
                miss *= 1 - f.weight();
            }
            double score = Math.round((1 - miss) * 10_000) / 10_000.0;
            scored.add(new Scored(parkId, best.values().iterator().next().parkStart(), score, best));
        });
        // ties: the park the plan names first, then id
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparingLong(Scored::parkStart)
                .thenComparing(Scored::parkId));

        List<ParkMatch> matches = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(resolution.limit(), scored.size()))) {
            List<FitReason> reasons = s.best().values().stream().sorted(Comparator.comparingDouble((Fact f) -> -f.weight())
                    .thenComparing(Fact::kind)).map(Fact::reason).toList();
            matches.add(new ParkMatch(s.best().values().iterator().next().park(), s.score(), matches.size() + 1, reasons));
        }
        return new ParkFit(matches, resolution.withExplanation(explain(resolution, matches, scored.size())));
    }

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
            curated |= props.get("source") != null;
            for (Map<String, Object> source : entities.sources(props)) {
                if (seen.add(source.toString())) {
                    sources.add(source);
                }
            }
        }
        Node first = e.nodes().get(0);
        Map<String, Object> needMap = new LinkedHashMap<>(first.asMap());
        needMap.put("kind", kindOf(first));
        return new FitReason(e.kind().name(), e.weight(), builder.build(), sources, entities.entity(needMap), curated,
                summary(e));
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

    /** Why the answer is what it is, in a sentence or two for investment-promotion staff. */
    private static String explain(NeedResolver.Resolution r, List<ParkMatch> matches, int total) {
        List<String> parts = new ArrayList<>();
        if (r.text() != null) {
            List<NeedResolver.TextMatch> used = r.textMatches().stream().filter(NeedResolver.TextMatch::used).toList();
            if (r.terms().isEmpty()) {
                parts.add("The text holds no words to match" + (r.originFrom() != null ? " besides its origin" : "") + ".");
            } else if (used.isEmpty()) {
                String loose = r.textMatches().stream().limit(3).map(m -> (String) m.entity().get("name"))
                        .collect(Collectors.joining("、"));
                parts.add("The text '" + r.text() + "' matches no sub-sector, industry or technology of the plan by name"
                        + (loose.isEmpty() ? "" : " (only loosely: " + loose + ")") + ".");
            } else {
                parts.add("The text was understood as " + used.stream()
                        .map(m -> m.entity().get("kind") + " " + m.entity().get("name"))
                        .collect(Collectors.joining(", ")) + ".");
            }
        }
        if (r.originFrom() != null) {
            parts.add("Origin (" + r.originFrom() + ") " + (r.originProfiles().isEmpty() ? "" : r.originProfiles() + " ")
                    + "points to " + r.originAnchors().stream().map(a -> (String) a.get("name"))
                    .collect(Collectors.joining(", ")) + ".");
        }
        if (matches.isEmpty()) {
            if (r.needs().isEmpty() && r.originAnchors().isEmpty()) {
                parts.add("Nothing to rank parks by, so no park is returned.");
            } else {
                parts.add("No park in the graph is tied to it: none builds or hosts it, develops it, or lies in a "
                        + "layout area focusing on a matching industry" + (r.originAnchors().isEmpty() ? "" : ", and none is a member of the origin's cooperation system")
                        + ".");
            }
        } else {
            parts.add(total + " park" + (total == 1 ? "" : "s") + " with evidence" + (total > matches.size()
                    ? ", the best " + matches.size() + " returned." : "."));
        }
        return String.join(" ", parts);
    }
}
