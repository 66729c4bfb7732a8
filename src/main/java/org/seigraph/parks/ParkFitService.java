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
 * Ranks parks for a need (README, "Park fit"). A need costs a constant number of round trips: at most one
 * id lookup and one search (to resolve it), then ONE query that returns every evidence path of every park,
 * from the need element to the park. Scoring, choosing one path per kind and ordering happen here.
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

    private static final Logger log = LoggerFactory.getLogger(ParkFitService.class);

    private final NeedResolver resolver;
    private final CypherRunner cypher;
    private final EntityReader entities;
    private final Driver driver;

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
            // and the other reads of a need (search with a kinds filter, ids), through the service itself
            fit(new ParkNeedInput("石墨烯", null, null, "Beijing", 1));
        } catch (RuntimeException e) {
            log.warn("Could not plan the park-fit queries ahead: {}", e.getMessage());
        }
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

    public ParkFit fit(ParkNeedInput need) {
        NeedResolver.Resolution resolution = resolver.resolve(need);
        List<String> needs = new ArrayList<>();
        resolution.needs().forEach(n -> needs.add((String) n.get("id")));
        resolution.originAnchors().forEach(n -> needs.add((String) n.get("id")));

        List<Evidence> evidence = List.of();
        if (!needs.isEmpty()) {
            evidence = cypher.read(FIT_CYPHER, Map.of("needs", needs), ParkFitService::evidence).stream()
                    .filter(java.util.Objects::nonNull).toList();
        }

        // per park, the most direct path of each kind
        Map<String, EnumMap<ReasonKind, Evidence>> byPark = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            byPark.computeIfAbsent(e.parkId(), k -> new EnumMap<>(ReasonKind.class))
                    .merge(e.kind(), e, (a, b) -> MOST_DIRECT.compare(a, b) <= 0 ? a : b);
        }
        record Scored(String parkId, long parkStart, double score, EnumMap<ReasonKind, Evidence> best) {
        }
        List<Scored> scored = new ArrayList<>();
        byPark.forEach((parkId, best) -> {
            double miss = 1;
            for (Evidence e : best.values()) {
                miss *= 1 - e.weight();
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
            List<FitReason> reasons = new ArrayList<>();
            s.best().values().stream().sorted(Comparator.comparingDouble((Evidence e) -> -e.weight())
                    .thenComparing(Evidence::kind)).forEach(e -> reasons.add(reason(e)));
            Evidence any = s.best().values().iterator().next();
            matches.add(new ParkMatch(entities.entity(any.park()), s.score(), matches.size() + 1, reasons));
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
