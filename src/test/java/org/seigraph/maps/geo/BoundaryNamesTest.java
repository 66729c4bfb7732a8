package org.seigraph.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundary data shipped at build time (ECharts 4.7.0's tianjin.json) and the bundled graph's District nodes
 * are tied by {@link BoundaryNames}: every feature to one District, every District to one feature, none left off.
 */
class BoundaryNamesTest {

    static final List<DistrictBoundaries.Boundary> BOUNDARIES = DistrictBoundaries.read(JsonMapper.builder().build());

    @Test
    void theBoundaryDataHasTianjinsSixteenDistrictsEachWithAShape() {
        assertThat(BOUNDARIES).hasSize(16);
        for (DistrictBoundaries.Boundary b : BOUNDARIES) {
            assertThat(b.rings()).as(b.name()).isNotEmpty();
            assertThat(b.rings().get(0).length).as(b.name()).isGreaterThan(20);
            for (double[] p : b.rings().get(0)) {
                // Tianjin lies within 116.7–118.1 E, 38.5–40.3 N
                assertThat(p[0]).as(b.name()).isBetween(116.6, 118.2);
                assertThat(p[1]).as(b.name()).isBetween(38.5, 40.3);
            }
        }
        // the label point ECharts ships for 蓟州区 lies inside the decoded shape: the decoding is right
        DistrictBoundaries.Boundary jizhou = BOUNDARIES.stream().filter(b -> b.name().equals("蓟州区")).findFirst().orElseThrow();
        assertThat(Placement.inside(jizhou.rings().get(0), jizhou.labelPoint()[0], jizhou.labelPoint()[1])).isTrue();
    }

    @Test
    void everyFeatureMapsToOneBundledDistrictAndBack() throws IOException {
        Set<String> features = BOUNDARIES.stream().map(DistrictBoundaries.Boundary::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> districtIds = Files.readAllLines(Path.of("import/graph/nodes/District.csv")).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(districtIds).hasSize(16);
        assertThat(BoundaryNames.BY_DISTRICT.keySet()).containsExactlyInAnyOrderElementsOf(districtIds);
        assertThat(BoundaryNames.BY_DISTRICT.values()).containsExactlyInAnyOrderElementsOf(features);
        assertThat(BoundaryNames.BY_DISTRICT.values()).doesNotHaveDuplicates();
    }

    @Test
    void decodingFollowsEchartsZigZagDeltas() {
        // "@@" = no move; "BA" = x+1, y-1 (zig-zag: 2 -> 1, 1 -> -1); scale 1024
        double[][] points = DistrictBoundaries.decode("@@BA", 1024, 2048, 1024);
        assertThat(points[0]).containsExactly(1.0, 2.0);
        assertThat(points[1][0]).isEqualTo(1025 / 1024.0);
        assertThat(points[1][1]).isEqualTo(2047 / 1024.0);
    }
}
