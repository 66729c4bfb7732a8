package org.seigraph.maps;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.seigraph.graph.GraphView;
import org.seigraph.maps.GraphLayout.Point;
import org.seigraph.maps.KindStyles.KindStyle;

/**
 * Writes a {@link GraphView} in the formats map tools read. JSON formats become plain maps (Jackson writes
 * them); XML formats are streamed with the JDK's StAX writer. Everything a node or edge carries goes along:
 * kind, Chinese and English names, summary, its own facts (rank, lead, role …) and its evidence sentence, and
 * its look: the position from {@link GraphLayout} (or the caller's) and the colour, shape and size of its kind
 * ({@link KindStyles}), each written the way that format's tools read it.
 */
public final class GraphExports {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String YED_NS = "http://www.yworks.com/xml/graphml";
    static final String GEXF_NS = "http://gexf.net/1.3";
    static final String VIZ_NS = "http://gexf.net/1.3/viz";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphExports() {
    }

    // ---------------------------------------------------------------- JSON

    /**
     * Cytoscape.js JSON as {@code cy.json()} gives it: elements with {@code position}, a {@code style} with a
     * selector per kind (colour, shape, size) and per edge type, and {@code layout: preset}, so
     * {@code cytoscape(answer)} draws it as laid out. A park LOCATED_IN a district that is in the same graph gets
     * it as {@code parent}.
     */
    public static Map<String, Object> cytoscape(GraphView graph, Map<String, Point> positions) {
        Map<String, String> parents = parents(graph);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (GraphView.Node n : graph.nodes()) {
            Map<String, Object> data = nodeFields(n);
            String parent = parents.get(n.id());
            if (parent != null) {
                data.put("parent", parent);
            }
            KindStyle style = KindStyles.of(n.kind());
            data.put("color", style.color());
            data.put("size", style.size());
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("data", data);
            node.put("position", position(positions, n.id()));
            node.put("classes", n.kind());
            nodes.add(node);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (GraphView.Edge e : graph.edges()) {
            Map<String, Object> data = edgeFields(e);
            data.put("color", KindStyles.edgeColor(e.type()));
            edges.add(Map.of("data", data, "classes", e.type()));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format_version", "1.0");
        out.put("generated_by", "sei-graph");
        out.put("target_cytoscapejs_version", "~3.33");
        out.put("data", Map.of("name", "SEI Graph"));
        out.put("style", cytoscapeStyle(graph));
        out.put("layout", Map.of("name", "preset"));
        out.put("elements", elements);
        return out;
    }

    private static List<Map<String, Object>> cytoscapeStyle(GraphView graph) {
        List<Map<String, Object>> style = new ArrayList<>();
        style.add(rule("node", Map.of("label", "data(name)", "font-size", 11, "text-valign", "bottom",
                "text-margin-y", 4, "text-wrap", "wrap", "text-max-width", 118, "border-width", 1.5, "border-color", "#ffffff")));
        style.add(rule(":parent", Map.of("background-opacity", 0.12, "text-valign", "top")));
        for (String kind : graph.nodes().stream().map(GraphView.Node::kind).distinct().sorted().toList()) {
            KindStyle k = KindStyles.of(kind);
            style.add(rule("node[kind = \"" + kind + "\"]", Map.of("background-color", k.color(), "shape", k.shape(),
                    "width", k.size(), "height", k.size())));
        }
        style.add(rule("edge", Map.of("width", 1.3, "curve-style", "bezier", "line-color", KindStyles.EDGE_DEFAULT,
                "target-arrow-shape", "triangle", "target-arrow-color", KindStyles.EDGE_DEFAULT, "arrow-scale", 0.8)));
        for (String type : graph.edges().stream().map(GraphView.Edge::type).distinct().sorted().toList()) {
            String c = KindStyles.edgeColor(type);
            if (!c.equals(KindStyles.EDGE_DEFAULT)) {
                style.add(rule("edge[type = \"" + type + "\"]", Map.of("line-color", c, "target-arrow-color", c)));
            }
        }
        return style;
    }

    private static Map<String, Object> rule(String selector, Map<String, Object> properties) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("selector", selector);
        r.put("style", new TreeMap<>(properties));
        return r;
    }

    private static Map<String, Object> position(Map<String, Point> positions, String id) {
        Point p = positions.get(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("x", p == null ? 0.0 : p.x());
        out.put("y", p == null ? 0.0 : p.y());
        return out;
    }

    /**
     * An ECharts {@code series} entry of type graph, laid out ({@code layout: 'none'}, nodes with {@code x}/{@code y}):
     * categories are the node kinds with their Chinese name as {@code name} (what the legend shows), the English
     * one as {@code nameEn}, colour and symbol; each node has its kind's {@code symbol} and {@code symbolSize} and a
     * numeric {@code value}: a target's own value, otherwise the node's degree in this graph.
     */
    public static Map<String, Object> echarts(GraphView graph, Map<String, Point> positions) {
        List<String> kinds = graph.nodes().stream().map(GraphView.Node::kind).distinct().sorted().toList();
        Map<String, Integer> category = new HashMap<>();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (String kind : kinds) {
            KindStyle k = KindStyles.of(kind);
            category.put(kind, categories.size());
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", k.nameZh());
            c.put("nameEn", k.nameEn());
            c.put("kind", kind);
            c.put("symbol", k.echartsSymbol());
            c.put("symbolSize", k.size());
            c.put("itemStyle", Map.of("color", k.color()));
            categories.add(c);
        }
        Map<String, Integer> degree = new HashMap<>();
        graph.edges().forEach(e -> {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        });
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (GraphView.Node n : graph.nodes()) {
            KindStyle k = KindStyles.of(n.kind());
            Map<String, Object> node = nodeFields(n);
            node.put("category", category.get(n.kind()));
            Object own = n.properties().get("value");
            node.put("value", own instanceof Number ? own : degree.getOrDefault(n.id(), 0));
            node.put("degree", degree.getOrDefault(n.id(), 0));
            Point p = positions.get(n.id());
            node.put("x", p == null ? 0.0 : p.x());
            node.put("y", p == null ? 0.0 : p.y());
            node.put("symbol", k.echartsSymbol());
            node.put("symbolSize", k.size());
            nodes.add(node);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (GraphView.Edge e : graph.edges()) {
            Map<String, Object> link = edgeFields(e);
            link.put("lineStyle", Map.of("color", KindStyles.edgeColor(e.type())));
            links.add(link);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "graph");
        series.put("layout", "none");
        series.put("roam", true);
        series.put("draggable", true);
        series.put("edgeSymbol", List.of("none", "arrow"));
        series.put("label", Map.of("show", true, "position", "bottom", "formatter", "{b}"));
        series.put("categories", categories);
        series.put("nodes", nodes);
        series.put("links", links);
        return series;
    }

    private static Map<String, Object> nodeFields(GraphView.Node n) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", n.id());
        data.put("name", n.name());
        data.put("label", n.name());
        data.put("nameEn", n.nameEn());
        data.put("kind", n.kind());
        data.put("summary", n.summary());
        if (n.depth() != null) {
            data.put("depth", n.depth());
        }
        n.properties().forEach(data::putIfAbsent);
        data.put("sources", n.sources());
        return data;
    }

    private static Map<String, Object> edgeFields(GraphView.Edge e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", e.id());
        data.put("source", e.source());
        data.put("target", e.target());
        data.put("type", e.type());
        data.put("label", e.type());
        e.properties().forEach(data::putIfAbsent);
        data.put("sources", e.sources());
        return data;
    }

    /** Park id → the district it is LOCATED_IN, where that district is in the graph (the first by id). */
    static Map<String, String> parents(GraphView graph) {
        Map<String, String> kindOf = new HashMap<>();
        graph.nodes().forEach(n -> kindOf.put(n.id(), n.kind()));
        Map<String, String> parents = new TreeMap<>();
        graph.edges().stream()
                .filter(e -> e.type().equals("LOCATED_IN") && "Park".equals(kindOf.get(e.source()))
                        && "District".equals(kindOf.get(e.target())))
                .sorted(java.util.Comparator.comparing(GraphView.Edge::target))
                .forEach(e -> parents.putIfAbsent(e.source(), e.target()));
        return parents;
    }

    // ---------------------------------------------------------------- flat attributes for XML

    /** Typed, flat attributes of nodes or edges, in a stable order. */
    record Attribute(String name, String type) {
    }

    private static Map<String, Object> flatNode(GraphView.Node n) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", n.id());
        a.put("kind", n.kind());
        a.put("name", n.name());
        a.put("nameEn", n.nameEn());
        a.put("summary", n.summary());
        a.put("depth", n.depth() == null ? null : n.depth().longValue());
        n.properties().forEach(a::putIfAbsent);
        a.put("evidence", evidence(n.sources()));
        return a;
    }

    private static Map<String, Object> flatEdge(GraphView.Edge e) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", e.id());
        a.put("type", e.type());
        e.properties().forEach(a::putIfAbsent);
        a.put("evidence", evidence(e.sources()));
        return a;
    }

    /** The evidence sentence(s), or the curated source, as one line. */
    static String evidence(List<Map<String, Object>> sources) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> s : sources) {
            Object text = s.get("text");
            Object curated = s.get("curated");
            if (text != null) {
                parts.add((s.get("section") == null ? "" : "§" + s.get("section") + " ") + text);
            } else if (s.get("change") != null) {
                // an approved curation change: who, when, why and the source, in one line
                parts.add("curated: " + curated + " (" + s.get("action") + " " + s.get("change") + " by " + s.get("by")
                        + ", approved by " + s.get("approvedBy") + " at " + s.get("at") + ": " + s.get("reason") + ")");
            } else if (curated != null) {
                parts.add("curated: " + curated);
            }
        }
        return parts.isEmpty() ? null : String.join(" | ", parts);
    }

    /** Declares each attribute once with the narrowest type all its values fit (long, double, boolean, string). */
    private static List<Attribute> attributes(List<Map<String, Object>> rows) {
        Map<String, String> types = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            row.forEach((k, v) -> {
                if (v != null) {
                    types.merge(k, typeOf(v), GraphExports::widen);
                }
            });
        }
        // fixed fields first (in insertion order), then the rest by name
        List<Attribute> out = new ArrayList<>();
        Set<String> fixed = new HashSet<>(List.of("id", "kind", "name", "nameEn", "summary", "depth", "type", "evidence",
                "label", "x", "y", "size", "r", "g", "b", "color"));
        types.forEach((k, t) -> {
            if (fixed.contains(k) && !k.equals("evidence")) {
                out.add(new Attribute(k, t));
            }
        });
        new TreeSet<>(types.keySet()).stream().filter(k -> !fixed.contains(k)).forEach(k -> out.add(new Attribute(k, types.get(k))));
        if (types.containsKey("evidence")) {
            out.add(new Attribute("evidence", "string"));
        }
        return out;
    }

    private static String typeOf(Object v) {
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short) {
            return "long";
        }
        if (v instanceof Number) {
            return "double";
        }
        return "string";
    }

    private static String widen(String a, String b) {
        if (a.equals(b)) {
            return a;
        }
        if ((a.equals("long") || a.equals("double")) && (b.equals("long") || b.equals("double"))) {
            return "double";
        }
        return "string";
    }

    private static String text(Object v, String type) {
        if (v instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        if (type.equals("double") && v instanceof Number n) {
            return Double.toString(n.doubleValue());
        }
        return String.valueOf(v);
    }

    // ---------------------------------------------------------------- GraphML

    /**
     * GraphML with typed keys for every attribute, plus the look in the two ways tools read it: the keys
     * {@code label}, {@code x}, {@code y}, {@code size}, {@code r}, {@code g}, {@code b} and {@code color} that
     * Gephi and networkx map to label, position, size and colour, and yEd's {@code nodegraphics} /
     * {@code edgegraphics} keys ({@code y:ShapeNode} with geometry, fill, shape and label; {@code y:PolyLineEdge}
     * with line colour and arrow), GraphML's own extension mechanism for graphics.
     */
    public static void graphml(GraphView graph, Map<String, Point> positions, OutputStream out) {
        List<Map<String, Object>> nodeRows = graph.nodes().stream().map(n -> lookedNode(n, positions)).toList();
        List<Map<String, Object>> edgeRows = graph.edges().stream().map(GraphExports::flatEdge).toList();
        List<Attribute> nodeAttrs = attributes(nodeRows);
        List<Attribute> edgeAttrs = attributes(edgeRows);
        Map<String, String> xmlIds = XmlIds.forNodes(graph.nodes().stream().map(GraphView.Node::id).toList());
        try {
            XMLStreamWriter w = writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML_NS);
            w.writeNamespace("xsi", XSI_NS);
            w.writeNamespace("y", YED_NS);
            w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
            for (Attribute a : nodeAttrs) {
                key(w, "n_" + a.name(), "node", a);
            }
            for (Attribute a : edgeAttrs) {
                key(w, "e_" + a.name(), "edge", a);
            }
            nl(w, 1);
            w.writeEmptyElement("key");
            w.writeAttribute("id", "n_graphics");
            w.writeAttribute("for", "node");
            w.writeAttribute("yfiles.type", "nodegraphics");
            nl(w, 1);
            w.writeEmptyElement("key");
            w.writeAttribute("id", "e_graphics");
            w.writeAttribute("for", "edge");
            w.writeAttribute("yfiles.type", "edgegraphics");
            nl(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "sei-graph");
            w.writeAttribute("edgedefault", "directed");
            for (int i = 0; i < nodeRows.size(); i++) {
                nl(w, 2);
                w.writeStartElement("node");
                w.writeAttribute("id", xmlIds.get(graph.nodes().get(i).id()));
                data(w, "n_", nodeAttrs, nodeRows.get(i));
                yedNode(w, graph.nodes().get(i), positions);
                nl(w, 2);
                w.writeEndElement();
            }
            for (int i = 0; i < edgeRows.size(); i++) {
                GraphView.Edge e = graph.edges().get(i);
                nl(w, 2);
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i);
                w.writeAttribute("source", xmlIds.get(e.source()));
                w.writeAttribute("target", xmlIds.get(e.target()));
                data(w, "e_", edgeAttrs, edgeRows.get(i));
                yedEdge(w, e);
                nl(w, 2);
                w.writeEndElement();
            }
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            nl(w, -1);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing GraphML failed", e);
        }
    }

    /** A node's attributes plus the look keys Gephi and networkx read. */
    private static Map<String, Object> lookedNode(GraphView.Node n, Map<String, Point> positions) {
        Map<String, Object> row = flatNode(n);
        KindStyle k = KindStyles.of(n.kind());
        Point p = positions.get(n.id());
        int[] rgb = k.rgb();
        row.put("label", n.name());
        row.put("x", p == null ? 0.0 : p.x());
        row.put("y", p == null ? 0.0 : p.y());
        row.put("size", (double) k.size());
        row.put("r", (long) rgb[0]);
        row.put("g", (long) rgb[1]);
        row.put("b", (long) rgb[2]);
        row.put("color", k.color());
        return row;
    }

    /** yEd's node graphics: geometry (top-left corner and size), fill, border, label and shape. */
    private static void yedNode(XMLStreamWriter w, GraphView.Node n, Map<String, Point> positions) throws XMLStreamException {
        KindStyle k = KindStyles.of(n.kind());
        Point p = positions.getOrDefault(n.id(), new Point(0, 0));
        nl(w, 3);
        w.writeStartElement("data");
        w.writeAttribute("key", "n_graphics");
        w.writeStartElement(YED_NS, "ShapeNode");
        w.writeEmptyElement(YED_NS, "Geometry");
        w.writeAttribute("x", Double.toString(p.x() - k.size() / 2.0));
        w.writeAttribute("y", Double.toString(p.y() - k.size() / 2.0));
        w.writeAttribute("width", Double.toString(k.size()));
        w.writeAttribute("height", Double.toString(k.size()));
        w.writeEmptyElement(YED_NS, "Fill");
        w.writeAttribute("color", k.color().toUpperCase(java.util.Locale.ROOT));
        w.writeAttribute("transparent", "false");
        w.writeEmptyElement(YED_NS, "BorderStyle");
        w.writeAttribute("color", "#FFFFFF");
        w.writeAttribute("type", "line");
        w.writeAttribute("width", "1.0");
        w.writeStartElement(YED_NS, "NodeLabel");
        w.writeAttribute("modelName", "sides");
        w.writeAttribute("modelPosition", "s");
        w.writeCharacters(n.name());
        w.writeEndElement();
        w.writeEmptyElement(YED_NS, "Shape");
        w.writeAttribute("type", k.yedShape());
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void yedEdge(XMLStreamWriter w, GraphView.Edge e) throws XMLStreamException {
        nl(w, 3);
        w.writeStartElement("data");
        w.writeAttribute("key", "e_graphics");
        w.writeStartElement(YED_NS, "PolyLineEdge");
        w.writeEmptyElement(YED_NS, "LineStyle");
        w.writeAttribute("color", KindStyles.edgeColor(e.type()).toUpperCase(java.util.Locale.ROOT));
        w.writeAttribute("type", "line");
        w.writeAttribute("width", "1.0");
        w.writeEmptyElement(YED_NS, "Arrows");
        w.writeAttribute("source", "none");
        w.writeAttribute("target", "standard");
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, Attribute a) throws XMLStreamException {
        nl(w, 1);
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", a.name());
        w.writeAttribute("attr.type", a.type());
    }

    private static void data(XMLStreamWriter w, String prefix, List<Attribute> attrs, Map<String, Object> row)
            throws XMLStreamException {
        for (Attribute a : attrs) {
            Object v = row.get(a.name());
            if (v != null) {
                nl(w, 3);
                w.writeStartElement("data");
                w.writeAttribute("key", prefix + a.name());
                w.writeCharacters(text(v, a.type()));
                w.writeEndElement();
            }
        }
    }

    // ---------------------------------------------------------------- GEXF 1.3

    /**
     * GEXF 1.3 with the look in its viz module: {@code viz:color} (r, g, b of the kind), {@code viz:position}
     * (x, y, z = 0) and {@code viz:size} per node, {@code viz:color} per edge.
     */
    public static void gexf(GraphView graph, Map<String, Point> positions, OutputStream out) {
        List<Map<String, Object>> nodeRows = graph.nodes().stream().map(GraphExports::flatNode).toList();
        List<Map<String, Object>> edgeRows = graph.edges().stream().map(GraphExports::flatEdge).toList();
        // id and name are the node's own id and label; the rest are attributes
        List<Attribute> nodeAttrs = attributes(nodeRows).stream().filter(a -> !a.name().equals("id") && !a.name().equals("name")).toList();
        List<Attribute> edgeAttrs = attributes(edgeRows).stream().filter(a -> !a.name().equals("id")).toList();
        try {
            XMLStreamWriter w = writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            nl(w, 0);
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF_NS);
            w.writeNamespace("viz", VIZ_NS);
            w.writeNamespace("xsi", XSI_NS);
            w.writeAttribute(XSI_NS, "schemaLocation", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            nl(w, 1);
            w.writeStartElement("meta");
            nl(w, 2);
            w.writeStartElement("creator");
            w.writeCharacters("SEI Graph");
            w.writeEndElement();
            nl(w, 2);
            w.writeStartElement("description");
            w.writeCharacters("Strategic emerging industries plan as a knowledge graph (node kinds as the attribute 'kind')");
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            gexfAttributes(w, "node", nodeAttrs);
            gexfAttributes(w, "edge", edgeAttrs);
            nl(w, 2);
            w.writeStartElement("nodes");
            w.writeAttribute("count", Integer.toString(nodeRows.size()));
            for (int i = 0; i < nodeRows.size(); i++) {
                GraphView.Node n = graph.nodes().get(i);
                nl(w, 3);
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", n.name());
                attvalues(w, nodeAttrs, nodeRows.get(i));
                KindStyle k = KindStyles.of(n.kind());
                Point p = positions.getOrDefault(n.id(), new Point(0, 0));
                vizColor(w, k.rgb());
                nl(w, 4);
                w.writeEmptyElement(VIZ_NS, "position");
                w.writeAttribute("x", Double.toString(p.x()));
                // GEXF's y axis points up (Gephi), ours down: flip so the picture is the same
                w.writeAttribute("y", Double.toString(-p.y()));
                w.writeAttribute("z", "0.0");
                nl(w, 4);
                w.writeEmptyElement(VIZ_NS, "size");
                w.writeAttribute("value", Double.toString(k.size()));
                nl(w, 3);
                w.writeEndElement();
            }
            nl(w, 2);
            w.writeEndElement();
            nl(w, 2);
            w.writeStartElement("edges");
            w.writeAttribute("count", Integer.toString(edgeRows.size()));
            for (int i = 0; i < edgeRows.size(); i++) {
                GraphView.Edge e = graph.edges().get(i);
                nl(w, 3);
                w.writeStartElement("edge");
                w.writeAttribute("id", e.id());
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.type());
                attvalues(w, edgeAttrs, edgeRows.get(i));
                vizColor(w, KindStyles.rgb(KindStyles.edgeColor(e.type())));
                nl(w, 3);
                w.writeEndElement();
            }
            nl(w, 2);
            w.writeEndElement();
            nl(w, 1);
            w.writeEndElement();
            nl(w, 0);
            w.writeEndElement();
            nl(w, -1);
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing GEXF failed", e);
        }
    }

    private static void vizColor(XMLStreamWriter w, int[] rgb) throws XMLStreamException {
        nl(w, 4);
        w.writeEmptyElement(VIZ_NS, "color");
        w.writeAttribute("r", Integer.toString(rgb[0]));
        w.writeAttribute("g", Integer.toString(rgb[1]));
        w.writeAttribute("b", Integer.toString(rgb[2]));
    }

    private static void gexfAttributes(XMLStreamWriter w, String forWhat, List<Attribute> attrs) throws XMLStreamException {
        nl(w, 2);
        w.writeStartElement("attributes");
        w.writeAttribute("class", forWhat);
        for (Attribute a : attrs) {
            nl(w, 3);
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", a.name());
            w.writeAttribute("title", a.name());
            w.writeAttribute("type", a.type());
        }
        nl(w, 2);
        w.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter w, List<Attribute> attrs, Map<String, Object> row) throws XMLStreamException {
        nl(w, 4);
        w.writeStartElement("attvalues");
        for (Attribute a : attrs) {
            Object v = row.get(a.name());
            if (v != null) {
                nl(w, 5);
                w.writeEmptyElement("attvalue");
                w.writeAttribute("for", a.name());
                w.writeAttribute("value", text(v, a.type()));
            }
        }
        nl(w, 4);
        w.writeEndElement();
    }

    // ---------------------------------------------------------------- XML plumbing

    private static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    /** A line break and indentation (two spaces a level) for readable files. */
    private static void nl(XMLStreamWriter w, int level) throws XMLStreamException {
        w.writeCharacters(level < 0 ? "\n" : "\n" + "  ".repeat(level));
    }
}
