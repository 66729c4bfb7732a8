package org.seigraph.maps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.seigraph.graph.GraphView;

/**
 * Positions for the exports: JGraphT's Fruchterman–Reingold layout (Barnes–Hut indexed) over the graph as an
 * undirected simple graph, with a fixed seed. Nodes and edges come in a fixed order ({@link GraphView}'s), so the
 * same graph always gets the same positions. Coordinates are pixels at zoom 1, y downwards, centred on 0.
 */
public final class GraphLayout {

    /** Seed of the layout's random start; any fixed value gives a stable layout. */
    static final long SEED = 20160101L;
    /** Above this many nodes, nodes are put on a grid instead (a force layout would cost seconds). */
    static final int MAX_FORCE_NODES = 5000;
    static final double SPACING = 90;

    public record Point(double x, double y) {
    }

    public static Map<String, Point> of(GraphView view) {
        int n = view.nodes().size();
        Map<String, Point> out = new LinkedHashMap<>();
        if (n == 0) {
            return out;
        }
        if (n > MAX_FORCE_NODES) {
            int side = (int) Math.ceil(Math.sqrt(n));
            for (int i = 0; i < n; i++) {
                out.put(view.nodes().get(i).id(), new Point((i % side - side / 2.0) * SPACING, (i / side - side / 2.0) * SPACING));
            }
            return out;
        }
        Graph<String, DefaultEdge> g = GraphTypeBuilder.<String, DefaultEdge>undirected().allowingMultipleEdges(false)
                .allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
        view.nodes().forEach(node -> g.addVertex(node.id()));
        for (GraphView.Edge e : view.edges()) {
            if (!e.source().equals(e.target()) && g.containsVertex(e.source()) && g.containsVertex(e.target())
                    && !g.containsEdge(e.source(), e.target())) {
                g.addEdge(e.source(), e.target());
            }
        }
        double side = SPACING * Math.sqrt(n) * 1.6 + SPACING;
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(side, side));
        new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(120, 0.5, IndexedFRLayoutAlgorithm2D.DEFAULT_THETA_FACTOR,
                new Random(SEED)).layout(g, model);
        for (GraphView.Node node : view.nodes()) {
            Point2D p = model.get(node.id());
            out.put(node.id(), new Point(round(p.getX() - side / 2), round(p.getY() - side / 2)));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private GraphLayout() {
    }
}
