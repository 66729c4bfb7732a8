package org.seigraph.maps.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to draw places (parks, platforms) inside a district whose real coordinates the graph does not have: points
 * spread evenly over the district's shape, deterministically. Candidates are the points of a grid (about
 * {@link #GRID} of them over the bounding box) that lie inside the polygon; each pick takes the candidate farthest
 * from both the boundary and the points already picked (score = min(distance to the boundary, half the distance
 * to the nearest picked point)), ties to the first in grid order. So one place sits at the district's most
 * interior point, and more places share the shape like coins laid on it. Distances are measured on a local
 * equirectangular projection (longitude scaled by cos latitude).
 */
public final class Placement {

    static final int GRID = 900;

    /** {@code n} points (lon, lat) inside the largest ring of {@code rings}, in the order they were picked. */
    public static List<double[]> spread(List<double[][]> rings, int n) {
        List<double[]> out = new ArrayList<>();
        if (n <= 0 || rings.isEmpty()) {
            return out;
        }
        double[][] ring = rings.get(0);
        for (double[][] r : rings) {
            if (Math.abs(area(r)) > Math.abs(area(ring))) {
                ring = r;
            }
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double k = Math.cos(Math.toRadians((minY + maxY) / 2));
        double step = Math.sqrt((maxX - minX) * k * (maxY - minY) / GRID);
        List<double[]> candidates = new ArrayList<>();
        List<Double> toBoundary = new ArrayList<>();
        for (double y = minY + step / 2; y < maxY; y += step) {
            for (double x = minX + step / (2 * k); x < maxX; x += step / k) {
                if (inside(ring, x, y)) {
                    candidates.add(new double[] {x, y});
                    toBoundary.add(distanceToBoundary(ring, x, y, k));
                }
            }
        }
        if (candidates.isEmpty()) {
            // a sliver thinner than the grid: use its vertices' centroid
            double sx = 0, sy = 0;
            for (double[] p : ring) {
                sx += p[0];
                sy += p[1];
            }
            candidates.add(new double[] {sx / ring.length, sy / ring.length});
            toBoundary.add(0.0);
        }
        boolean[] used = new boolean[candidates.size()];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestScore = -1;
            for (int c = 0; c < candidates.size(); c++) {
                if (used[c] && candidates.size() > n) {
                    continue;
                }
                double score = toBoundary.get(c);
                for (double[] p : out) {
                    score = Math.min(score, distance(candidates.get(c)[0], candidates.get(c)[1], p[0], p[1], k) / 2);
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            used[best] = true;
            out.add(round(candidates.get(best)));
        }
        return out;
    }

    /** Even–odd rule. */
    public static boolean inside(double[][] ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    static double area(double[][] ring) {
        double a = 0;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            a += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
        }
        return a / 2;
    }

    private static double distanceToBoundary(double[][] ring, double x, double y, double k) {
        double best = Double.MAX_VALUE;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            best = Math.min(best, segmentDistance(x * k, y, ring[j][0] * k, ring[j][1], ring[i][0] * k, ring[i][1]));
        }
        return best;
    }

    private static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len));
        double qx = ax + t * dx - px, qy = ay + t * dy - py;
        return Math.sqrt(qx * qx + qy * qy);
    }

    private static double distance(double x1, double y1, double x2, double y2, double k) {
        double dx = (x1 - x2) * k, dy = y1 - y2;
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static double[] round(double[] p) {
        return new double[] {Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5};
    }

    private Placement() {
    }
}
