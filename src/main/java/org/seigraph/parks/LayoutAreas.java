package org.seigraph.parks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.types.Path;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.CypherRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The district-level answer: the layout areas of 五(一) whose focus list names an industry matching the need —
 * outright (the need is that industry) or through a curated mapping (MAPS_TO) — with the districts they include and
 * the sentence. It holds whether or not a park lies there (市内六区 has none). Per need element, read once per graph.
 */
@Component
class LayoutAreas {

    static final String CYPHER = """
            MATCH (x:Entity) WHERE x.id IN $needs
            MATCH via = (x)-[:DEVELOPS|HAS_SUBSECTOR|MAPS_TO]-{0,2}(i:Industry)
            MATCH (i)<-[f:FOCUSES_ON]-(a:Area)
            RETURN x.id AS need, via, properties(f) AS focus, a.start AS areaStart,
                   [(a)-[:INCLUDES]->(d:District) | d.name] AS districts,
                   [(a)-[:INCLUDES]->(:District)<-[:LOCATED_IN]-(p:Park) | p.name] AS parks,
                   """ + EntityReader.projection("a") + " AS area, " + EntityReader.projection("i") + " AS industry";

    /** One area's focus on an industry, as reached from one need element. */
    /** {@code closeness}: characters the industry's name shares with the node it is reached from (0 when named outright). */
    record Entry(Map<String, Object> area, Map<String, Object> industry, int rank, boolean mapped, int closeness,
                 List<String> districts, List<String> parks, List<Map<String, Object>> sources, long areaStart) {
    }

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final Driver driver;
    private volatile Map<String, List<Entry>> byNeed = new ConcurrentHashMap<>();

    LayoutAreas(CypherRunner cypher, EntityReader entities, Driver driver) {
        this.driver = driver;
        this.cypher = cypher;
        this.entities = entities;
    }

    /** An area's entry depends on edges around it (a new LOCATED_IN, a focus): a load or any change refills lazily. */
    @EventListener({GraphLoadedEvent.class, GraphChangedEvent.class})
    void onGraphChanged() {
        byNeed = new ConcurrentHashMap<>();
    }

    /** The areas for these need elements, one entry per area: named outright first, then by focus rank. */
    List<NeedResolver.LayoutArea> areas(List<String> needIds) {
        Map<String, List<Entry>> cache = byNeed;
        List<String> missing = needIds.stream().filter(id -> !cache.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            read(missing).forEach(cache::put);
        }
        Map<String, Entry> best = new LinkedHashMap<>();
        // named outright first; among curated mappings the industry whose name is closest to what it maps (生物医药 for
        // 生物医药与健康 before 健康产业); then the place in the area's list
        Comparator<Entry> order = Comparator.comparing(Entry::mapped).thenComparingInt(e -> -e.closeness())
                .thenComparingInt(Entry::rank).thenComparingLong(Entry::areaStart);
        for (String id : needIds) {
            for (Entry e : cache.getOrDefault(id, List.of())) {
                best.merge((String) e.area().get("id"), e, (a, b) -> order.compare(a, b) <= 0 ? a : b);
            }
        }
        return best.values().stream().sorted(order).map(LayoutAreas::area).toList();
    }

    /** Fills the cache for these need elements (at start-up, with the evidence index; no request waits on it). */
    void prefill(List<String> needIds) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            Map<String, List<Entry>> out = empty(needIds);
            session.executeRead(tx -> tx.run(CYPHER, Map.of("needs", needIds)).list(r -> add(out, r)),
                    TransactionConfig.builder().withTimeout(ParkFitService.PREFILL_TIMEOUT).build());
            out.forEach(byNeed::put);
        }
    }

    private static Map<String, List<Entry>> empty(List<String> needIds) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        needIds.forEach(id -> out.put(id, new ArrayList<>()));
        return out;
    }

    private Map<String, List<Entry>> read(List<String> needIds) {
        Map<String, List<Entry>> out = empty(needIds);
        cypher.read(CYPHER, Map.of("needs", needIds), r -> add(out, r));
        return out;
    }

    private Entry add(Map<String, List<Entry>> out, org.neo4j.driver.Record r) {
        Path via = r.get("via").asPath();
        String shape = ParkFitService.shape(via);
        if (!FitRules.VIA_SHAPES.containsKey(shape)) {
            return null;
        }
        Map<String, Object> focus = r.get("focus").asMap();
        Object rank = focus.get("rank");
        String industryName = r.get("industry").get("name").asString("");
        int steps = via.length();
        String from = steps == 0 ? industryName : nodeAt(via, steps - 1).get("name").asString("");
        Entry e = new Entry(entities.entity(r.get("area").asMap()), entities.entity(r.get("industry").asMap()),
                rank instanceof Number n ? n.intValue() : 99, shape.contains("MAPS_TO"),
                steps == 0 ? 0 : org.seigraph.text.NameMatch.commonLength(from, industryName),
                r.get("districts").asList(v -> v.asString()), r.get("parks").asList(v -> v.asString()).stream().distinct().sorted().toList(),
                entities.sources(focus), r.get("areaStart").asLong(0));
        out.computeIfAbsent(r.get("need").asString(), k -> new ArrayList<>()).add(e);
        return e;
    }

    private static org.neo4j.driver.types.Node nodeAt(Path path, int i) {
        int k = 0;
        for (org.neo4j.driver.types.Node n : path.nodes()) {
            if (k++ == i) {
                return n;
            }
        }
        throw new IndexOutOfBoundsException(i);
    }

    private static NeedResolver.LayoutArea area(Entry e) {
        String area = (String) e.area().get("name");
        String industry = (String) e.industry().get("name");
        String districts = String.join("、", e.districts());
        String en = area + " (" + e.area().get("nameEn") + ") focuses on " + industry + " (" + e.industry().get("nameEn")
                + ", " + ordinal(e.rank()) + " in its list of 五(一))" + (e.mapped() ? ", reached through a curated "
                + "industry mapping" : ", named outright") + (districts.isEmpty() ? "" : "; districts: " + districts);
        String zh = "五(一)：" + area + "重点发展" + industry + "（第" + e.rank() + "位）" + (e.mapped() ? "，经人工整理的产业对应关系"
                : "，直接点名") + (districts.isEmpty() ? "" : "；包括" + districts);
        return new NeedResolver.LayoutArea(e.area(), e.industry(), e.rank(), e.mapped(), e.districts(), e.parks(), e.sources(),
                en, zh);
    }

    private static String ordinal(int n) {
        return n + (n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        });
    }
}
