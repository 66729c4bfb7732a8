package org.seigraph.maps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.seigraph.graph.GraphModel;

/**
 * How each kind of node looks, in one table for the map page (its legend and styles) and every export format.
 * A kind missing from the table (one added to the model later) still gets a style: a colour derived from its
 * name, a circle, the default size and its own name as label, so nothing is drawn grey or unlabelled.
 */
public final class KindStyles {

    /**
     * @param shape a Cytoscape.js node shape; {@link #echartsSymbol()}, {@link #gexfShape()} and {@link #yedShape()}
     *              are the nearest shape each other format has
     * @param size  node diameter in pixels at zoom 1
     * @param layer the column of the chain view (0 domain … 4 parks and bureaus); -1 = not in the chain view
     */
    public record KindStyle(String kind, String color, String shape, int size, String nameZh, String nameEn, int layer) {

        public String echartsSymbol() {
            return switch (shape) {
                case "ellipse" -> "circle";
                case "rectangle", "cut-rectangle" -> "rect";
                case "round-rectangle", "barrel", "round-tag" -> "roundRect";
                case "round-triangle", "triangle" -> "triangle";
                case "diamond", "round-diamond", "rhomboid" -> "diamond";
                case "tag" -> "arrow";
                case "star", "pentagon", "hexagon", "concave-hexagon", "octagon", "vee" -> "path://" + POLYGONS.get(shape);
                default -> "circle";
            };
        }

        /** GEXF 1.3 {@code viz:shape}: disc, square, triangle or diamond. */
        public String gexfShape() {
            String symbol = echartsSymbol();
            return switch (symbol) {
                case "rect", "roundRect" -> "square";
                case "triangle", "diamond" -> symbol;
                default -> "disc";
            };
        }

        /** A yEd {@code y:Shape type}. */
        public String yedShape() {
            return switch (shape) {
                case "ellipse" -> "ellipse";
                case "rectangle", "cut-rectangle" -> "rectangle";
                case "round-rectangle", "barrel", "round-tag" -> "roundrectangle";
                case "round-triangle", "triangle", "vee" -> "triangle";
                case "diamond", "round-diamond" -> "diamond";
                case "rhomboid" -> "parallelogram";
                case "hexagon", "concave-hexagon" -> "hexagon";
                case "octagon" -> "octagon";
                case "star" -> "star5";
                case "tag" -> "fatarrow";
                case "pentagon" -> "octagon";
                default -> "ellipse";
            };
        }

        /** Red, green, blue of {@link #color()}. */
        public int[] rgb() {
            return KindStyles.rgb(color);
        }
    }

    /** SVG paths (unit box 0..16) of the polygon shapes ECharts has no symbol for. */
    private static final Map<String, String> POLYGONS = Map.of(
            "hexagon", "M4,1.5L12,1.5L15.5,8L12,14.5L4,14.5L0.5,8Z",
            "concave-hexagon", "M1,1.5L15,1.5L12,8L15,14.5L1,14.5L4,8Z",
            "octagon", "M5,1L11,1L15,5L15,11L11,15L5,15L1,11L1,5Z",
            "pentagon", "M8,1L15,6.3L12.3,14.5L3.7,14.5L1,6.3Z",
            "star", "M8,0.8L10,6L15.5,6L11,9.4L12.7,15L8,11.6L3.3,15L5,9.4L0.5,6L6,6Z",
            "vee", "M0.5,1L8,6L15.5,1L8,15Z");

    private static final Map<String, KindStyle> TABLE = new LinkedHashMap<>();

    static {
        add("Domain", "#6a3d9a", "octagon", 40, "重点领域", "Key domain", 0);
        add("Sector", "#d62728", "hexagon", 54, "产业领域", "Sector group", 1);
        add("Subsector", "#ff7f0e", "ellipse", 34, "细分产业", "Sub-sector", 2);
        add("Technology", "#2ca02c", "round-triangle", 24, "技术与产品", "Technology / product", 3);
        add("Project", "#17becf", "diamond", 26, "项目与工程", "Project", 3);
        add("Park", "#1f77b4", "round-rectangle", 28, "园区与基地", "Park / zone", 4);
        add("Platform", "#9467bd", "rhomboid", 26, "平台", "Platform", 4);
        add("Bureau", "#e377c2", "pentagon", 26, "责任单位", "Bureau", 4);
        add("Target", "#e6a700", "star", 28, "量化目标", "Target", -1);
        add("Industry", "#bcbd22", "tag", 24, "产业", "Industry", -1);
        add("Area", "#8c564b", "barrel", 30, "功能区域", "Layout area", -1);
        add("District", "#b07aa1", "round-rectangle", 26, "行政区", "District", -1);
        add("Measure", "#7f7f7f", "rectangle", 24, "保障措施", "Measure", 2);
        add("Strategy", "#393b79", "round-diamond", 28, "战略", "Strategy", -1);
        add("CooperationSystem", "#637939", "concave-hexagon", 30, "合作体系", "Cooperation system", -1);
        add("Instrument", "#8c6d31", "vee", 24, "政策工具", "Policy instrument", -1);
        add("Field", "#9c9ede", "triangle", 20, "应用与合作领域", "Field", -1);
        add("Document", "#525252", "cut-rectangle", 28, "文件", "Document", -1);
        add("Section", "#a0a7b0", "round-tag", 20, "章节", "Section", -1);
    }

    /** Edge colours by relationship type; the rest are {@link #EDGE_DEFAULT}. */
    private static final Map<String, String> EDGES = Map.of(
            "RESPONSIBLE_FOR", "#e7a3d4",
            "HAS_SUBSECTOR", "#f2b27a",
            "BUILDS", "#8fb8dc",
            "HOSTS", "#8fb8dc",
            "LOCATED_IN", "#c9a7c3");
    public static final String EDGE_DEFAULT = "#b8c2cc";

    private static void add(String kind, String color, String shape, int size, String zh, String en, int layer) {
        TABLE.put(kind, new KindStyle(kind, color, shape, size, zh, en, layer));
    }

    /** The style of a kind; a kind the table does not know gets a colour from its name. */
    public static KindStyle of(String kind) {
        KindStyle known = TABLE.get(kind);
        return known != null ? known : derived(kind);
    }

    /** Red, green, blue of a {@code #rrggbb} colour. */
    public static int[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff};
    }

    public static String edgeColor(String type) {
        return EDGES.getOrDefault(type, EDGE_DEFAULT);
    }

    /** Every kind of the graph model, the table's first in its order, then the others by name. */
    public static List<KindStyle> all() {
        List<KindStyle> out = new ArrayList<>();
        TABLE.values().stream().filter(s -> GraphModel.LABEL_NAMES.contains(s.kind())).forEach(out::add);
        new TreeSet<>(GraphModel.LABEL_NAMES).stream().filter(k -> !TABLE.containsKey(k)).map(KindStyles::derived).forEach(out::add);
        return out;
    }

    /** A stable, mid-lightness colour from the kind's name (golden-angle hues, so neighbours differ). */
    static KindStyle derived(String kind) {
        int h = Math.floorMod(kind.hashCode() * 137, 360);
        return new KindStyle(kind, hsl(h, 0.55, 0.45), "ellipse", 26, kind, kind, -1);
    }

    static String hsl(double h, double s, double l) {
        double c = (1 - Math.abs(2 * l - 1)) * s;
        double x = c * (1 - Math.abs((h / 60) % 2 - 1));
        double m = l - c / 2;
        double[] rgb = h < 60 ? new double[] {c, x, 0} : h < 120 ? new double[] {x, c, 0} : h < 180 ? new double[] {0, c, x}
                : h < 240 ? new double[] {0, x, c} : h < 300 ? new double[] {x, 0, c} : new double[] {c, 0, x};
        return String.format("#%02x%02x%02x", Math.round((rgb[0] + m) * 255), Math.round((rgb[1] + m) * 255),
                Math.round((rgb[2] + m) * 255));
    }

    private KindStyles() {
    }
}
