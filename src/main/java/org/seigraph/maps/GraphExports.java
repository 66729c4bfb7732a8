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

/**
 * Writes a {@link GraphView} in the formats map tools read. JSON formats become plain maps (Jackson writes
 * them); XML formats are streamed with the JDK's StAX writer. Everything a node or edge carries goes along:
 * kind, Chinese and English names, summary, its own facts (rank, lead, role …) and its evidence sentence.
 */
public final class GraphExports {

    static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    static final String GEXF_NS = "http://gexf.net/1.3";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    private GraphExports() {
    }

    // ---------------------------------------------------------------- JSON

    /** Cytoscape.js elements; a park LOCATED_IN a district that is in the same graph gets it as {@code parent}. */
    public static Map<String, Object> cytoscape(GraphView graph) {
        Map<String, String> parents = parents(graph);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (GraphView.Node n : graph.nodes()) {
            Map<String, Object> data = nodeFields(n);
            String parent = parents.get(n.id());
            if (parent != null) {
                data.put("parent", parent);
            }
            nodes.add(Map.of("data", data, "classes", n.kind()));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (GraphView.Edge e : graph.edges()) {
            Map<String, Object> data = edgeFields(e);
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
        out.put("elements", elements);
        return out;
    }

    /** An ECharts {@code series} entry of type graph: categories are the node kinds. */
    public static Map<String, Object> echarts(GraphView graph) {
        List<String> kinds = graph.nodes().stream().map(GraphView.Node::kind).distinct().sorted().toList();
        Map<String, Integer> category = new HashMap<>();
        List<Map<String, Object>> categories = new ArrayList<>();
        for (String kind : kinds) {
            category.put(kind, categories.size());
            categories.add(Map.of("name", kind));
        }
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (GraphView.Node n : graph.nodes()) {
            Map<String, Object> node = nodeFields(n);
            node.put("category", category.get(n.kind()));
            node.put("value", n.summary());
            nodes.add(node);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (GraphView.Edge e : graph.edges()) {
            Map<String, Object> link = edgeFields(e);
            link.put("value", e.type());
            links.add(link);
        }
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "graph");
        series.put("layout", "force");
        series.put("roam", true);
        series.put("draggable", true);
        series.put("edgeSymbol", List.of("none", "arrow"));
        series.put("label", Map.of("show", true, "position", "right", "formatter", "{b}"));
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
        Set<String> fixed = new HashSet<>(List.of("id", "kind", "name", "nameEn", "summary", "depth", "type", "evidence"));
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

    public static void graphml(GraphView graph, OutputStream out) {
        List<Map<String, Object>> nodeRows = graph.nodes().stream().map(GraphExports::flatNode).toList();
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
            w.writeAttribute(XSI_NS, "schemaLocation", GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Attribute a : nodeAttrs) {
                key(w, "n_" + a.name(), "node", a);
            }
            for (Attribute a : edgeAttrs) {
                key(w, "e_" + a.name(), "edge", a);
            }
            nl(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "sei-graph");
            w.writeAttribute("edgedefault", "directed");
            for (int i = 0; i < nodeRows.size(); i++) {
                nl(w, 2);
                w.writeStartElement("node");
                w.writeAttribute("id", xmlIds.get(graph.nodes().get(i).id()));
                data(w, "n_", nodeAttrs, nodeRows.get(i));
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

    public static void gexf(GraphView graph, OutputStream out) {
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
