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
     * Every evidence path from a need element to a park, tagged with its {@link ReasonKind}. Each branch
     * starts at the need (so a path reads need → … → park) and is driven by the id index on the need side.
     * {@code inferSchemaParts=off}: label inference made planning this union take seconds (Neo4j 2025.01
     * turned it off by default for the same reason); the labels are all written out anyway.
     */
    static final String FIT_CYPHER = """
            CYPHER inferSchemaParts=off
            CALL () {
              MATCH p = (s:Subsector)-[:BUILDS]->(:Park) WHERE s.id IN $subsectors
              RETURN p, 'BUILDS' AS kind
              UNION ALL
              MATCH p = (sec:Sector)-[:HAS_SUBSECTOR]->(:Subsector)-[:BUILDS]->(:Park) WHERE sec.id IN $sectors
              RETURN p, 'BUILDS' AS kind
              UNION ALL
              MATCH p = (x:Entity)<-[:HOSTS]-(:Park) WHERE x.id IN $hostable
              RETURN p, 'HOSTS' AS kind
              UNION ALL
              MATCH p = (sec:Sector)-[:HAS_SUBSECTOR]->(:Subsector)<-[:HOSTS]-(:Park) WHERE sec.id IN $sectors
              RETURN p, 'HOSTS' AS kind
              UNION ALL
              MATCH p = (t:Technology)<-[:DEVELOPS]-(:Subsector)-[:BUILDS]->(:Park) WHERE t.id IN $technologies
              RETURN p, 'TECHNOLOGY' AS kind
              UNION ALL
              MATCH p = (t:Technology)<-[:DEVELOPS]-(:Subsector)<-[:HOSTS]-(:Park) WHERE t.id IN $technologies
              RETURN p, 'TECHNOLOGY' AS kind
              UNION ALL
              MATCH p = (x:Entity)-[:MAPS_TO]-{1,2}(:Industry)<-[:HOSTS]-(:Park) WHERE x.id IN $hostable
              RETURN p, 'INDUSTRY_MAP' AS kind
              UNION ALL
              MATCH p = (i:Industry)-[:MAPS_TO]->(:Subsector)-[:BUILDS]->(:Park) WHERE i.id IN $industries
              RETURN p, 'INDUSTRY_MAP' AS kind
              UNION ALL
              MATCH p = (i:Industry)-[:MAPS_TO]->(:Subsector)<-[:HOSTS]-(:Park) WHERE i.id IN $industries
              RETURN p, 'INDUSTRY_MAP' AS kind
              UNION ALL
              MATCH p = (t:Technology)<-[:DEVELOPS]-(:Subsector)<-[:MAPS_TO]-(:Industry)<-[:HOSTS]-(:Park)
              WHERE t.id IN $technologies
              RETURN p, 'INDUSTRY_MAP' AS kind
              UNION ALL
              MATCH p = (sec:Sector)-[:HAS_SUBSECTOR]->(:Subsector)<-[:MAPS_TO]-(:Industry)<-[:HOSTS]-(:Park)
              WHERE sec.id IN $sectors
              RETURN p, 'INDUSTRY_MAP' AS kind
              UNION ALL
              MATCH p = (x:Entity)-[:MAPS_TO]-{0,2}(:Industry)<-[:FOCUSES_ON]-(:Area)-[:INCLUDES]->(:District)<-[:LOCATED_IN]-(:Park)
              WHERE x.id IN $hostable
              RETURN p, 'LAYOUT' AS kind
              UNION ALL
              MATCH p = (x:Entity)-[:MAPS_TO]-{0,2}(:Industry)<-[:FOCUSES_ON]-(:Area)<-[:LOCATED_IN]-(:Park)
              WHERE x.id IN $hostable
              RETURN p, 'LAYOUT' AS kind
              UNION ALL
              MATCH p = (t:Technology)<-[:DEVELOPS]-(:Subsector)<-[:MAPS_TO]-(:Industry)<-[:FOCUSES_ON]-(:Area)-[:INCLUDES]->(:District)<-[:LOCATED_IN]-(:Park)
              WHERE t.id IN $technologies
              RETURN p, 'LAYOUT' AS kind
              UNION ALL
              MATCH p = (t:Technology)<-[:DEVELOPS]-(:Subsector)<-[:MAPS_TO]-(:Industry)<-[:FOCUSES_ON]-(:Area)<-[:LOCATED_IN]-(:Park)
              WHERE t.id IN $technologies
              RETURN p, 'LAYOUT' AS kind
              UNION ALL
              MATCH p = (sec:Sector)-[:HAS_SUBSECTOR]->(:Subsector)<-[:MAPS_TO]-(:Industry)<-[:FOCUSES_ON]-(:Area)-[:INCLUDES]->(:District)<-[:LOCATED_IN]-(:Park)
              WHERE sec.id IN $sectors
              RETURN p, 'LAYOUT' AS kind
              UNION ALL
              MATCH p = (c:CooperationSystem)<-[:MEMBER_OF]-(:Park) WHERE c.id IN $systems
              RETURN p, 'ORIGIN' AS kind
              UNION ALL
              MATCH p = (st:Strategy)<-[:SUPPORTS]-(:Entity)-[:BUILDS]->(:Park) WHERE st.id IN $strategies
              RETURN p, 'ORIGIN' AS kind
            }
            WITH p, kind, last(nodes(p)) AS n
            RETURN kind, p, n.id AS parkId, n.start AS parkStart, """ + EntityReader.PROJECTION + " AS park";

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
        List<String> none = List.of("");
        Map<String, Object> params = Map.of("subsectors", none, "industries", none, "technologies", none,
                "sectors", none, "hostable", none, "systems", none, "strategies", none);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            session.executeRead(tx -> tx.run(FIT_CYPHER, params).consume(),
                    TransactionConfig.builder().withTimeout(Duration.ofMinutes(2)).build());
            log.info("Park-fit query planned in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not plan the park-fit query ahead: {}", e.getMessage());
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

    private record Evidence(ReasonKind kind, Path path, String parkId, long parkStart, Map<String, Object> park) {
        double weight() {
            return FitRules.weight(kind, focusRank());
        }

        /** The rank of the layout focus (五(一) lists an area's industries in order), when the path has one. */
        Integer focusRank() {
            for (Relationship r : path.relationships()) {
                if ("FOCUSES_ON".equals(r.type()) && !r.get("rank").isNull()) {
                    return r.get("rank").asInt();
                }
            }
            return null;
        }

        int curatedSteps() {
            int n = 0;
            for (Relationship r : path.relationships()) {
                n += r.containsKey("source") && !r.get("source").isNull() ? 1 : 0;
            }
            return n;
        }

        String key() {
            List<String> ids = new ArrayList<>();
            path.relationships().forEach(r -> ids.add(r.get("id").asString("")));
            return String.join("|", ids);
        }
    }

    /** Of several paths of one kind to one park: the heaviest, then the shortest, then the one with fewer curated steps. */
    private static final Comparator<Evidence> MOST_DIRECT = Comparator.comparingDouble((Evidence e) -> -e.weight())
            .thenComparingInt(e -> e.path().length())
            .thenComparingInt(Evidence::curatedSteps)
            .thenComparing(Evidence::key);

    public ParkFit fit(ParkNeedInput need) {
        NeedResolver.Resolution resolution = resolver.resolve(need);
        List<String> subsectors = resolution.idsOf("Subsector");
        List<String> industries = resolution.idsOf("Industry");
        List<String> technologies = resolution.idsOf("Technology");
        List<String> sectors = resolution.idsOf("Sector");
        List<String> systems = resolution.anchorsOf("CooperationSystem");
        List<String> strategies = resolution.anchorsOf("Strategy");
        List<String> hostable = new ArrayList<>(subsectors);
        hostable.addAll(industries);

        List<Evidence> evidence = List.of();
        if (!(hostable.isEmpty() && technologies.isEmpty() && sectors.isEmpty() && systems.isEmpty() && strategies.isEmpty())) {
            // never an empty list: Neo4j keys its plan cache on parameter types, and an empty list is typed
            // apart from a list of strings, so every mix of empty and filled lists would be planned anew
            Map<String, Object> params = Map.of("subsectors", nonEmpty(subsectors), "industries", nonEmpty(industries),
                    "technologies", nonEmpty(technologies), "sectors", nonEmpty(sectors), "hostable", nonEmpty(hostable),
                    "systems", nonEmpty(systems), "strategies", nonEmpty(strategies));
            evidence = cypher.read(FIT_CYPHER, params, r -> new Evidence(ReasonKind.valueOf(r.get("kind").asString()),
                    r.get("p").asPath(), r.get("parkId").asString(), r.get("parkStart").asLong(Long.MAX_VALUE),
                    r.get("park").asMap()));
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

    /** No id is empty, so {@code [""]} matches nothing while keeping the parameter a list of strings. */
    private static List<String> nonEmpty(List<String> ids) {
        return ids.isEmpty() ? List.of("") : ids;
    }

    private FitReason reason(Evidence e) {
        GraphView graph = new GraphViewBuilder(entities).path(e.path(), 0).build();
        List<Map<String, Object>> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean curated = false;
        for (Relationship r : e.path().relationships()) {
            Map<String, Object> props = new LinkedHashMap<>(r.asMap());
            if (props.get("source") != null) {
                curated = true;
                if (props.get("start") == null) {
                    // a curated fact has no span in the document; show it as curated only
                    props.remove("doc");
                }
            }
            for (Map<String, Object> source : entities.sources(props)) {
                if (seen.add(source.toString())) {
                    sources.add(source);
                }
            }
        }
        Node first = e.path().start();
        Map<String, Object> needMap = new LinkedHashMap<>(first.asMap());
        needMap.put("kind", kindOf(first));
        return new FitReason(e.kind().name(), e.weight(), graph, sources, entities.entity(needMap), curated,
                summary(e.path()));
    }

    /** The path in words: 海洋油气装备 ←DEVELOPS− 海洋工程装备 −BUILDS→ 临港经济区. */
    private static String summary(Path path) {
        StringBuilder out = new StringBuilder(path.start().get("name").asString(""));
        for (Path.Segment segment : path) {
            Relationship r = segment.relationship();
            boolean forward = r.startNodeElementId().equals(segment.start().elementId());
            out.append(forward ? " −" + r.type() + "→ " : " ←" + r.type() + "− ")
                    .append(segment.end().get("name").asString(""));
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
