package org.seigraph.maps.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.CypherRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The geographic industry map (产业地图): every boundary feature matched to its District node through
 * {@link BoundaryNames}, the layout areas that include it (五(一)), the parks and platforms the graph locates in it
 * (LOCATED_IN) placed by {@link Placement}, and the bureaus behind its parks. Built once per loaded graph.
 */
@Service
public class IndustryMapService {

    static final String SOURCE = "District boundaries: map/json/province/tianjin.json of Apache ECharts 4.7.0 "
            + "(WebJar org.webjars.bower:echarts:4.7.0; the same file as in the npm package echarts@4.9.0), "
            + "Apache License 2.0 as part of that package; the file states no other source or licence.";
    static final String RULE = "Parks and platforms are drawn inside the district the graph locates them in (LOCATED_IN), "
            + "spread evenly over the district's shape (the most interior point first); the point is not the place's "
            + "real location. Those the graph locates in no district are listed, not drawn.";
    static final String RULE_ZH = "园区与平台画在图谱中其所在（LOCATED_IN）的行政区内，按区域形状均匀分布（先取最靠内的点），"
            + "位置仅示意，并非实际坐标；图谱中未标明所在区的只列出、不画出。";

    private static final String DISTRICTS = """
            MATCH (d:District)
            OPTIONAL MATCH (a:Area)-[:INCLUDES]->(d)
            WITH d, a ORDER BY a.id
            RETURN d.id AS id, collect(a.id) AS areas ORDER BY id""";
    private static final String PLACES = """
            MATCH (p)-[:LOCATED_IN]->(d:District) WHERE p:Park OR p:Platform
            RETURN d.id AS district, p.id AS place ORDER BY district, place""";
    private static final String UNPLACED = """
            MATCH (p) WHERE (p:Park OR p:Platform) AND NOT (p)-[:LOCATED_IN]->(:District)
            RETURN p.id AS id ORDER BY id""";
    /** Bureaus responsible for (or taking part in) what builds a district's parks or is hosted by them. */
    private static final String BUREAUS = """
            MATCH (d:District)<-[:LOCATED_IN]-(p:Park)
            CALL (p) {
              MATCH (t)-[:BUILDS]->(p) RETURN t
              UNION MATCH (p)-[:HOSTS]->(t) RETURN t
            }
            MATCH (b:Bureau)-[r:RESPONSIBLE_FOR|PARTICIPATES_IN]->(t) WHERE NOT %s
            WITH d, b, count(DISTINCT t) AS tasks,
                 count(DISTINCT CASE WHEN type(r) = 'RESPONSIBLE_FOR' AND r.lead THEN t END) AS leads
            RETURN d.id AS district, b.id AS bureau, tasks, leads
            ORDER BY district, leads DESC, tasks DESC, bureau""".formatted(EntityReader.placeholder("b"));

    public record Place(Map<String, Object> entity, double lon, double lat) {
    }

    public record Bureau(Map<String, Object> bureau, int tasks, int leads) {
    }

    public record District(Map<String, Object> district, String boundaryName, List<Map<String, Object>> areas,
                           List<Place> places, List<Bureau> bureaus) {
    }

    public record IndustryMap(String boundarySource, String placementRule, String placementRuleZh,
                              List<District> districts, List<Map<String, Object>> unplaced) {
    }

    private final CypherRunner cypher;
    private final EntityReader entities;
    private final DistrictBoundaries boundaries;
    private final AtomicReference<IndustryMap> cached = new AtomicReference<>();

    IndustryMapService(CypherRunner cypher, EntityReader entities, DistrictBoundaries boundaries) {
        this.cypher = cypher;
        this.entities = entities;
        this.boundaries = boundaries;
    }

    /** Districts, areas and their industries: built again, lazily, by the next map request after a load or a change. */
    @EventListener({GraphLoadedEvent.class, GraphChangedEvent.class})
    void graphChanged() {
        cached.set(null);
    }

    public IndustryMap map() {
        IndustryMap map = cached.get();
        if (map == null) {
            map = build();
            cached.set(map);
        }
        return map;
    }

    /** The boundaries as GeoJSON, each feature's properties with the District id and English name matched to it. */
    public Map<String, Object> geoJson() {
        Map<String, Map<String, Object>> extra = new HashMap<>();
        for (District d : map().districts()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", d.district().get("id"));
            props.put("nameEn", d.district().get("nameEn"));
            props.put("areas", d.areas().stream().map(a -> a.get("id")).toList());
            extra.put(d.boundaryName(), props);
        }
        return boundaries.geoJson(extra);
    }

    private IndustryMap build() {
        Map<String, DistrictBoundaries.Boundary> byName = new HashMap<>();
        boundaries.all().forEach(b -> byName.put(b.name(), b));
        List<Map<String, Object>> districtRows = cypher.read(DISTRICTS, Map.of());
        Map<String, List<String>> placesOf = new LinkedHashMap<>();
        cypher.read(PLACES, Map.of()).forEach(r -> placesOf.computeIfAbsent((String) r.get("district"), k -> new ArrayList<>())
                .add((String) r.get("place")));
        Map<String, List<Map<String, Object>>> bureausOf = new LinkedHashMap<>();
        cypher.read(BUREAUS, Map.of()).forEach(r -> bureausOf.computeIfAbsent((String) r.get("district"), k -> new ArrayList<>()).add(r));
        List<String> unplacedIds = cypher.read(UNPLACED, Map.of()).stream().map(r -> (String) r.get("id")).toList();

        List<String> wanted = new ArrayList<>();
        districtRows.forEach(r -> {
            wanted.add((String) r.get("id"));
            asStrings(r.get("areas")).forEach(wanted::add);
        });
        placesOf.values().forEach(wanted::addAll);
        bureausOf.values().forEach(rows -> rows.forEach(r -> wanted.add((String) r.get("bureau"))));
        wanted.addAll(unplacedIds);
        Map<String, Map<String, Object>> entity = entities.byIds(wanted.stream().distinct().toList());

        List<District> districts = new ArrayList<>();
        for (Map<String, Object> row : districtRows) {
            String id = (String) row.get("id");
            String boundaryName = BoundaryNames.BY_DISTRICT.get(id);
            DistrictBoundaries.Boundary boundary = boundaryName == null ? null : byName.get(boundaryName);
            if (boundary == null) {
                continue; // not on the map: BoundaryNamesTest fails for a bundled district without a boundary
            }
            List<String> placeIds = placesOf.getOrDefault(id, List.of());
            List<double[]> points = Placement.spread(boundary.rings(), placeIds.size());
            List<Place> places = new ArrayList<>();
            for (int i = 0; i < placeIds.size(); i++) {
                places.add(new Place(entity.get(placeIds.get(i)), points.get(i)[0], points.get(i)[1]));
            }
            List<Bureau> bureaus = bureausOf.getOrDefault(id, List.of()).stream()
                    .map(r -> new Bureau(entity.get((String) r.get("bureau")), ((Number) r.get("tasks")).intValue(),
                            ((Number) r.get("leads")).intValue())).toList();
            districts.add(new District(entity.get(id), boundaryName,
                    asStrings(row.get("areas")).stream().map(entity::get).toList(), places, bureaus));
        }
        // in the boundary data's order, so the map and lists read the same way every time
        List<String> order = boundaries.all().stream().map(DistrictBoundaries.Boundary::name).toList();
        districts.sort(java.util.Comparator.comparingInt(d -> order.indexOf(d.boundaryName())));
        return new IndustryMap(SOURCE, RULE, RULE_ZH, List.copyOf(districts), unplacedIds.stream().map(entity::get).toList());
    }

    private static List<String> asStrings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(v -> out.add((String) v));
        }
        return out;
    }
}
