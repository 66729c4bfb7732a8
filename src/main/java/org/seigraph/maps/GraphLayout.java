package org.seigraph.maps;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.seigraph.graph.GraphView;

/**
 * Positions for the exports: a Fruchterman–Reingold force layout (repulsion k²/d between every pair, attraction
 * d²/k along each edge taken undirected, a weak pull to the centre so separate components stay near, a linearly
 * cooling step) started from seeded random positions. Nodes come in {@link GraphView}'s fixed order, so the same
 * graph always gets the same positions (and a recent one is reused). Coordinates are pixels at zoom 1, y downwards,
 * centred on 0.
 *
 * <p>Written here on plain arrays rather than taken from JGraphT's FRLayoutAlgorithm2D: that one took ~0.5 s of
 * CPU for the 405-node graph (boxed points in maps per step), this one a few tens of milliseconds.
 */
public final class GraphLayout {

    /** Seed of the random start; any fixed value gives a stable layout. */
    static final long SEED = 20160101L;
    /** Above this many nodes they are put on a grid instead (the all-pairs force costs n² per step). */
    static final int MAX_FORCE_NODES = 1500;
    static final int ITERATIONS = 120;
    static final double SPACING = 90;

    public record Point(double x, double y) {
    }

    /** Recent layouts by graph content (the whole-graph export is asked for again and again); at most 32 kept. */
    private static final Map<String, Map<String, Point>> RECENT = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Map<String, Point>> eldest) {
                    return size() > 32;
                }
            });

    public static Map<String, Point> of(GraphView view) {
        String key = key(view);
        Map<String, Point> known = RECENT.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Point> laid = java.util.Collections.unmodifiableMap(compute(view));
        RECENT.put(key, laid);
        return laid;
    }

    /** SHA-256 of the node ids and edge ends in order: the layout depends on nothing else. */
    static String key(GraphView view) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            view.nodes().forEach(n -> sha.update((n.id() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            sha.update((byte) 0);
            view.edges().forEach(e -> sha.update((e.source() + "\t" + e.target() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Point> compute(GraphView view) {
        List<GraphView.Node> nodes = view.nodes();
        int n = nodes.size();
        Map<String, Point> out = new LinkedHashMap<>();
        if (n == 0) {
            return out;
        }
        if (n > MAX_FORCE_NODES) {
            int side = (int) Math.ceil(Math.sqrt(n));
            for (int i = 0; i < n; i++) {
                out.put(nodes.get(i).id(), new Point((i % side - side / 2.0) * SPACING, (i / side - side / 2.0) * SPACING));
            }
            return out;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i).id(), i);
        }
        Set<Long> seen = new HashSet<>();
        int[][] links = view.edges().stream()
                .map(e -> new int[] {index.getOrDefault(e.source(), -1), index.getOrDefault(e.target(), -1)})
                .filter(p -> p[0] >= 0 && p[1] >= 0 && p[0] != p[1]
                        && seen.add((long) Math.min(p[0], p[1]) * n + Math.max(p[0], p[1])))
                .toArray(int[][]::new);

        double side = SPACING * Math.sqrt(n) * 1.6 + SPACING;
        double k = 0.5 * Math.sqrt(side * side / n);
        double k2 = k * k;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble() * side - side / 2;
            y[i] = random.nextDouble() * side - side / 2;
        }
        double[] dx = new double[n];
        double[] dy = new double[n];
        double start = side / 10;
        for (int step = 0; step < ITERATIONS; step++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double ex = x[i] - x[j];
                    double ey = y[i] - y[j];
                    double d2 = Math.max(ex * ex + ey * ey, 0.01);
                    double f = k2 / d2; // (k²/d) along the unit vector (ex/d, ey/d)
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }
            for (int[] l : links) {
                double ex = x[l[0]] - x[l[1]];
                double ey = y[l[0]] - y[l[1]];
                double d = Math.sqrt(ex * ex + ey * ey);
                double f = d / k; // (d²/k) along the unit vector
                dx[l[0]] -= ex * f;
                dy[l[0]] -= ey * f;
                dx[l[1]] += ex * f;
                dy[l[1]] += ey * f;
            }
            double temperature = start * (1 - (double) step / ITERATIONS) + 1;
            for (int i = 0; i < n; i++) {
                dx[i] -= x[i] * 0.02;
                dy[i] -= y[i] * 0.02;
                double len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (len > 0) {
                    double move = Math.min(len, temperature) / len;
                    x[i] += dx[i] * move;
                    y[i] += dy[i] * move;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out.put(nodes.get(i).id(), new Point(round(x[i]), round(y[i])));
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private GraphLayout() {
    }
}
