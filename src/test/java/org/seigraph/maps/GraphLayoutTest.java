package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.seigraph.graph.GraphView;

class GraphLayoutTest {

    static GraphView ring(int n) {
        List<GraphView.Node> nodes = new ArrayList<>();
        List<GraphView.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new GraphView.Node("n:" + i, "Subsector", "n" + i, null, null, null, Map.of(), List.of()));
            edges.add(new GraphView.Edge("e" + i, "n:" + i, "n:" + ((i + 1) % n), "HAS_SUBSECTOR", Map.of(), List.of()));
        }
        return new GraphView(nodes, edges);
    }

    @Test
    void theSameGraphGetsTheSamePositionsAndNoTwoNodesShareOne() {
        GraphView g = ring(40);
        Map<String, GraphLayout.Point> a = GraphLayout.of(g);
        Map<String, GraphLayout.Point> b = GraphLayout.of(ring(40));
        assertThat(a).isEqualTo(b).hasSize(40);
        Set<String> distinct = new HashSet<>();
        a.values().forEach(p -> distinct.add(Math.round(p.x()) + "," + Math.round(p.y())));
        assertThat(distinct).hasSize(40);
        // centred on 0 and spread out (neighbours of a ring are not piled up)
        double minDistance = Double.MAX_VALUE;
        for (int i = 0; i < 40; i++) {
            GraphLayout.Point p = a.get("n:" + i);
            GraphLayout.Point q = a.get("n:" + ((i + 1) % 40));
            minDistance = Math.min(minDistance, Math.hypot(p.x() - q.x(), p.y() - q.y()));
        }
        assertThat(minDistance).isGreaterThan(10);
    }

    @Test
    void aHugeGraphIsPutOnAGridInsteadOfAForceLayout() {
        Map<String, GraphLayout.Point> grid = GraphLayout.of(ring(GraphLayout.MAX_FORCE_NODES + 1));
        assertThat(grid).hasSize(GraphLayout.MAX_FORCE_NODES + 1);
        assertThat(new HashSet<>(grid.values())).hasSize(GraphLayout.MAX_FORCE_NODES + 1);
        assertThat(GraphLayout.of(GraphView.EMPTY)).isEmpty();
    }
}
