package org.seigraph.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * docs/scale.png: p50 and p99 latency (1 client) of each query against graph size (nodes, log scale), SEI Graph
 * solid, raw Cypher dashed, from the newest bench/results/*-scale-*.csv of each size.
 * Usage: ScalePlot RESULTS_DIR OUT.png [clients]
 */
public final class ScalePlot {

    record Point(long nodes, double p50, double p99) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String clients = args.length > 2 ? args[2] : "1";
        Map<String, Path> newestBySize = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}-scale-.*\\.csv")).sorted()
                    .forEach(p -> newestBySize.put(p.getFileName().toString().substring(11), p));
        }
        Map<String, Map<Long, Point>> series = new TreeMap<>();
        for (Path p : newestBySize.values()) {
            List<String> lines = Files.readAllLines(p);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (!f[5].equals(clients)) {
                    continue;
                }
                long nodes = Long.parseLong(f[1]);
                series.computeIfAbsent(f[3] + " " + f[4], k -> new TreeMap<>())
                        .put(nodes, new Point(nodes, Double.parseDouble(f[7]), Double.parseDouble(f[8])));
            }
        }
        XYChart p50 = chart("p50 latency, " + clients + " client");
        XYChart p99 = chart("p99 latency, " + clients + " client");
        Color[] palette = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd),
                new Color(0xff7f0e), new Color(0x8c564b)};
        List<String> queries = series.keySet().stream().map(k -> k.split(" ")[0]).distinct().toList();
        for (var e : series.entrySet()) {
            String query = e.getKey().split(" ")[0];
            boolean raw = e.getKey().endsWith(" raw");
            List<Double> x = new ArrayList<>();
            List<Double> y50 = new ArrayList<>();
            List<Double> y99 = new ArrayList<>();
            e.getValue().values().forEach(pt -> {
                x.add((double) pt.nodes());
                y50.add(pt.p50());
                y99.add(pt.p99());
            });
            Color color = palette[queries.indexOf(query) % palette.length];
            for (XYChart c : List.of(p50, p99)) {
                XYSeries s = c.addSeries((raw ? "raw Cypher: " : "SEI Graph: ") + query, x, c == p50 ? y50 : y99);
                s.setLineColor(color);
                s.setMarkerColor(color);
                s.setMarker(raw ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
                s.setLineStyle(raw ? SeriesLines.DASH_DASH : SeriesLines.SOLID);
            }
        }
        BufferedImage a = BitmapEncoder.getBufferedImage(p50);
        BufferedImage b = BitmapEncoder.getBufferedImage(p99);
        BufferedImage both = new BufferedImage(a.getWidth() + b.getWidth(), a.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.drawImage(a, 0, 0, null);
        g.drawImage(b, a.getWidth(), 0, null);
        g.dispose();
        Files.createDirectories(out.toAbsolutePath().getParent());
        ImageIO.write(both, "png", out.toFile());
        System.out.println("wrote " + out + " (" + series.size() + " series)");
    }

    private static XYChart chart(String title) {
        XYChart c = new XYChartBuilder().width(760).height(640).title(title).xAxisTitle("graph size (nodes, log)")
                .yAxisTitle("ms (log)").build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        c.getStyler().setLegendFont(c.getStyler().getLegendFont().deriveFont(10f));
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setMarkerSize(6);
        return c;
    }

    private ScalePlot() {
    }
}
