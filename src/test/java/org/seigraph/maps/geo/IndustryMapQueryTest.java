package org.seigraph.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/** {@code industryMap} and {@code GET /api/geo/districts} on the real bundle, checked against the graph's own facts. */
class IndustryMapQueryTest {

    static GraphQlHttp http;
    static JsonNode map;

    @BeforeAll
    static void start() {
        http = SharedApp.http();
        map = http.data("""
                { industryMap { boundarySource placementRule placementRuleZh
                    districts { boundaryName district { id name } areas { id industries { id } }
                                places { lon lat entity { id kind } } bureaus { tasks leads bureau { id } } }
                    unplaced { id kind } } }""").get("industryMap");
    }

    @Test
    void sixteenDistrictsEachMatchedToItsDistrictNodeAndLayoutArea() {
        assertThat(map.get("districts").size()).isEqualTo(16);
        for (JsonNode d : map.get("districts")) {
            assertThat(d.get("district").get("name").asString()).isEqualTo(d.get("boundaryName").asString());
            assertThat(d.get("areas").size()).as(d.toString()).isEqualTo(1);
        }
        JsonNode binhai = district("district:滨海新区");
        assertThat(binhai.get("areas").get(0).get("id").asString()).isEqualTo("area:滨海新区");
        assertThat(binhai.get("areas").get(0).get("industries").size()).isEqualTo(7);
        assertThat(district("district:南开区").get("areas").get(0).get("id").asString()).isEqualTo("area:市内六区");
        assertThat(map.get("boundarySource").asString()).contains("ECharts 4.7.0").contains("Apache License 2.0");
        assertThat(map.get("placementRule").asString()).contains("not the place's real location");
    }

    @Test
    void placesAreTheGraphsLocatedInParksDrawnInsideTheirDistrict() {
        // what the graph says, through the ordinary entity fields
        JsonNode parks = http.data("{ node(id: \"district:滨海新区\") { ... on District { parks { id } } } }").get("node").get("parks");
        List<String> expected = new ArrayList<>();
        parks.forEach(p -> expected.add(p.get("id").asString()));
        List<String> placed = new ArrayList<>();
        district("district:滨海新区").get("places").forEach(p -> placed.add(p.get("entity").get("id").asString()));
        assertThat(placed).hasSize(7).containsExactlyInAnyOrderElementsOf(expected);

        Map<String, DistrictBoundaries.Boundary> shapes = new HashMap<>();
        BoundaryNamesTest.BOUNDARIES.forEach(b -> shapes.put(b.name(), b));
        for (JsonNode d : map.get("districts")) {
            double[][] ring = shapes.get(d.get("boundaryName").asString()).rings().get(0);
            for (JsonNode p : d.get("places")) {
                assertThat(Placement.inside(ring, p.get("lon").asDouble(), p.get("lat").asDouble())).as(p.toString()).isTrue();
            }
        }
        // the rest are listed as unplaced: every park and platform exactly once
        TreeSet<String> all = new TreeSet<>();
        map.get("districts").forEach(d -> d.get("places").forEach(p -> all.add(p.get("entity").get("id").asString())));
        map.get("unplaced").forEach(u -> assertThat(all.add(u.get("id").asString())).isTrue());
        JsonNode edges = http.data("{ parks(first: 200) { edges { node { id } } } }").get("parks").get("edges");
        assertThat(all.stream().filter(id -> id.startsWith("park:")).count()).isEqualTo(edges.size());
        assertThat(all).contains("platform:滨海光热发电研发中心");
    }

    @Test
    void aDistrictsBureausAreThoseBehindItsParks() {
        List<String> bureaus = new ArrayList<>();
        district("district:滨海新区").get("bureaus").forEach(b -> bureaus.add(b.get("bureau").get("id").asString()));
        // 市海洋局 is responsible for 海洋工程装备, which builds 临港经济区 (in 滨海新区)
        assertThat(bureaus).contains("bureau:市海洋局");
        assertThat(district("district:和平区").get("bureaus").size()).isZero();
    }

    @Test
    void theBoundariesAreGeoJsonWithTheMatchedDistrictIds() {
        GraphQlHttp.Response r = http.get("/api/geo/districts");
        assertThat(r.status()).isEqualTo(200);
        JsonNode geo = r.json();
        assertThat(geo.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geo.get("features").size()).isEqualTo(16);
        for (JsonNode f : geo.get("features")) {
            assertThat(f.get("properties").get("id").asString()).isEqualTo("district:" + f.get("properties").get("name").asString());
            assertThat(f.get("geometry").get("coordinates").get(0).size()).isGreaterThan(20);
        }
        assertThat(r.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("etag"))).isTrue();
    }

    static JsonNode district(String id) {
        for (JsonNode d : map.get("districts")) {
            if (d.get("district").get("id").asString().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id);
    }
}
