package org.seigraph.maps.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PlacementTest {

    @Test
    void pointsLieInsideTheirDistrictSpreadApartAndTheSameEveryTime() {
        for (DistrictBoundaries.Boundary b : BoundaryNamesTest.BOUNDARIES) {
            for (int n : new int[] {1, 3, 7, 12}) {
                List<double[]> points = Placement.spread(b.rings(), n);
                assertThat(points).hasSize(n);
                Set<String> distinct = new HashSet<>();
                for (double[] p : points) {
                    assertThat(Placement.inside(b.rings().get(0), p[0], p[1])).as(b.name() + " " + n).isTrue();
                    distinct.add(p[0] + "," + p[1]);
                }
                assertThat(distinct).as(b.name() + " " + n).hasSize(n);
                assertThat(Placement.spread(b.rings(), n)).usingRecursiveComparison().isEqualTo(points);
            }
        }
    }

    @Test
    void oneAPlaceTakesTheMostInteriorPointOfASquare() {
        double[][] square = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
        double[] p = Placement.spread(List.<double[][]>of(square), 1).get(0);
        assertThat(p[0]).isBetween(0.45, 0.55);
        assertThat(p[1]).isBetween(0.45, 0.55);
        assertThat(Placement.spread(List.<double[][]>of(square), 0)).isEmpty();
    }
}
