package org.seigraph.maps.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tianjin's district boundaries: {@code map/json/province/tianjin.json} of the ECharts 4.7.0 WebJar (the same file
 * as in the npm package echarts@4.9.0), unpacked into {@code geo/echarts-map/} at build time (pom.xml). ECharts
 * ships it compressed ({@code UTF8Encoding}: zig-zag delta-coded coordinates, two characters a point, scale 1024);
 * it is decoded once here into plain longitude/latitude rings, served as GeoJSON to the page.
 */
@Component
public class DistrictBoundaries {

    static final String RESOURCE = "geo/echarts-map/tianjin.json";

    /** One district as the boundary data has it: its name, label point and outer rings (lon, lat). */
    public record Boundary(String name, double[] labelPoint, List<double[][]> rings) {
    }

    private final List<Boundary> boundaries;

    @Autowired
    DistrictBoundaries(JsonMapper json) {
        this(read(json));
    }

    DistrictBoundaries(List<Boundary> boundaries) {
        this.boundaries = List.copyOf(boundaries);
    }

    public List<Boundary> all() {
        return boundaries;
    }

    /** GeoJSON FeatureCollection; each feature's properties: {@code name} (as in the data) and what {@code extra} adds. */
    public Map<String, Object> geoJson(Map<String, Map<String, Object>> extraByName) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Boundary b : boundaries) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", b.name());
            properties.put("cp", b.labelPoint());
            properties.putAll(extraByName.getOrDefault(b.name(), Map.of()));
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "Polygon");
            geometry.put("coordinates", b.rings());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("properties", properties);
            feature.put("geometry", geometry);
            features.add(feature);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "FeatureCollection");
        out.put("features", features);
        return out;
    }

    static List<Boundary> read(JsonMapper json) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("District boundaries " + RESOURCE + " missing from the classpath (built by "
                    + "maven-dependency-plugin's district-boundaries execution)", e);
        }
    }

    static List<Boundary> parse(JsonNode root) {
        boolean encoded = root.path("UTF8Encoding").asBoolean(false);
        double scale = root.has("UTF8Scale") ? root.get("UTF8Scale").asDouble() : 1024;
        List<Boundary> out = new ArrayList<>();
        for (JsonNode f : root.get("features")) {
            JsonNode g = f.get("geometry");
            List<double[][]> rings = new ArrayList<>();
            if (g.get("type").asString().equals("Polygon")) {
                addRings(rings, g.get("coordinates"), g.get("encodeOffsets"), encoded, scale);
            } else if (g.get("type").asString().equals("MultiPolygon")) {
                for (int i = 0; i < g.get("coordinates").size(); i++) {
                    addRings(rings, g.get("coordinates").get(i), encoded ? g.get("encodeOffsets").get(i) : null, encoded, scale);
                }
            }
            JsonNode cp = f.get("properties").get("cp");
            out.add(new Boundary(f.get("properties").get("name").asString(),
                    cp == null ? null : new double[] {cp.get(0).asDouble(), cp.get(1).asDouble()}, rings));
        }
        return out;
    }

    private static void addRings(List<double[][]> rings, JsonNode coordinates, JsonNode offsets, boolean encoded, double scale) {
        for (int i = 0; i < coordinates.size(); i++) {
            double[][] ring = encoded ? decode(coordinates.get(i).asString(), offsets.get(i).get(0).asInt(),
                    offsets.get(i).get(1).asInt(), scale) : plain(coordinates.get(i));
            if (ring.length >= 3) {
                rings.add(ring);
            }
        }
    }

    /** ECharts' UTF8Encoding: each point two characters, zig-zag coded deltas from the previous point, offset 64. */
    static double[][] decode(String coded, int prevX, int prevY, double scale) {
        double[][] points = new double[coded.length() / 2][];
        int x0 = prevX;
        int y0 = prevY;
        for (int i = 0; i + 1 < coded.length(); i += 2) {
            int x = coded.charAt(i) - 64;
            int y = coded.charAt(i + 1) - 64;
            x = (x >> 1) ^ (-(x & 1));
            y = (y >> 1) ^ (-(y & 1));
            x0 += x;
            y0 += y;
            points[i / 2] = new double[] {x0 / scale, y0 / scale};
        }
        return points;
    }

    private static double[][] plain(JsonNode ring) {
        double[][] points = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            points[i] = new double[] {ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble()};
        }
        return points;
    }
}
