package org.seigraph.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.transform.stream.StreamSource;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.ingest.GraphBundle;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/export} against the running app with the real bundle: each XML format is validated against
 * its XML schema and read back by JGraphT's importers, and must hold the same nodes, edges, kinds and Chinese
 * names as the GraphQL answer for the same request. (The JSON formats are loaded by Cytoscape.js and ECharts
 * themselves in {@code MapPageBrowserTest}.)
 */
class ExportFormatsTest {

    static final String CENTER = "subsector:海洋工程装备";
    static GraphQlHttp http;
    static JsonNode whole;
    static JsonNode neighbourhood;

    @BeforeAll
    static void start() {
        http = SharedApp.http();
        whole = data("{ wholeGraph { nodes { id kind name } edges { id source target type } } }").get("wholeGraph");
        neighbourhood = data("query($id: ID!) { subgraph(ids: [$id], hops: 2) { nodes { id kind name } edges { id source target type } } }",
                Map.of("id", CENTER)).get("subgraph");
    }

    @Test
    void wholeGraphLeavesMentionsOutByDefault() {
        GraphBundle bundle = GraphBundle.read("classpath:import/graph/");
        int mentions = rows(bundle, "MENTIONS"), sections = rows(bundle, "HAS_SECTION");
        assertThat(whole.get("nodes").size()).isEqualTo(bundle.nodeCount());
        assertThat(whole.get("edges").size()).isEqualTo(bundle.relationshipCount() - mentions);
        JsonNode all = data("{ wholeGraph(types: [\"MENTIONS\", \"HAS_SECTION\"]) { edges { type } } }").get("wholeGraph");
        assertThat(all.get("edges").size()).isEqualTo(mentions + sections);
        // the placeholder bureaus are in the whole graph unless left out, flagged on their nodes and edges
        JsonNode without = data("{ wholeGraph(includePlaceholders: false) { nodes { id } edges { id properties } } }").get("wholeGraph");
        assertThat(without.get("nodes").size()).isEqualTo(bundle.nodeCount() - 2);
        assertThat(without.get("edges")).noneMatch(e -> e.get("properties").path("placeholder").asBoolean(false));
        assertThat(http.get("/api/export?format=cytoscape&placeholders=false").json().at("/elements/nodes").size())
                .isEqualTo(bundle.nodeCount() - 2);
    }

    static int rows(GraphBundle bundle, String type) {
        return bundle.relFiles().stream().filter(f -> f.type().name().equals(type)).mapToInt(f -> f.rows().size()).sum();
    }

    @Test
    void graphmlIsValidAndReadsBackWithTypedKeys() throws Exception {
        for (String query : List.of("", "&center=" + enc(CENTER) + "&hops=2")) {
            GraphQlHttp.Response r = http.get("/api/export?format=graphml" + query);
            assertThat(r.status()).isEqualTo(200);
            assertThat(header(r, "content-type")).isEqualTo("application/graphml+xml;charset=UTF-8");
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            XmlSchemas.graphml().newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));

            Graph<String, DefaultEdge> g = newGraph();
            Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
            Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
            GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
            // JGraphT's own copy of the schema has no extension for yEd's graphics; validated with it above
            importer.setSchemaValidation(false);
            importer.setVertexFactory(xmlId -> xmlId);
            importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            importer.importGraph(g, new StringReader(r.body()));

            JsonNode expected = query.isEmpty() ? whole : neighbourhood;
            assertSameGraph(g, nodeAttrs, edgeAttrs, expected);
            // typed keys: ranks are numbers, lead is a boolean
            Attribute rank = edgeAttrs.values().stream().filter(m -> m.get("type").getValue().equals("RESPONSIBLE_FOR"))
                    .map(m -> m.get("rank")).findFirst().orElseThrow();
            assertThat(rank.getType()).isEqualTo(AttributeType.LONG);
            Attribute lead = edgeAttrs.values().stream().map(m -> m.get("lead")).filter(a -> a != null).findFirst().orElseThrow();
            assertThat(lead.getType()).isEqualTo(AttributeType.BOOLEAN);

            // the look as Gephi and networkx read it: label, x, y, size, r, g, b keys with the cytoscape export's
            // positions and the kinds' colours
            Map<String, double[]> positions = cytoscapePositions(query);
            for (Map<String, Attribute> a : nodeAttrs.values()) {
                String id = a.get("id").getValue();
                assertThat(a.get("label").getValue()).isEqualTo(a.get("name").getValue());
                assertThat(a.get("x").getType()).isEqualTo(AttributeType.DOUBLE);
                assertThat(Double.parseDouble(a.get("x").getValue())).as(id).isEqualTo(positions.get(id)[0]);
                assertThat(Double.parseDouble(a.get("y").getValue())).as(id).isEqualTo(positions.get(id)[1]);
                int[] rgb = KindStyles.of(a.get("kind").getValue()).rgb();
                assertThat(List.of(a.get("r").getValue(), a.get("g").getValue(), a.get("b").getValue()))
                        .as(id).containsExactly(String.valueOf(rgb[0]), String.valueOf(rgb[1]), String.valueOf(rgb[2]));
                assertThat(Double.parseDouble(a.get("size").getValue())).isEqualTo(KindStyles.of(a.get("kind").getValue()).size());
            }
            // and as yEd reads it: y:ShapeNode with geometry (top-left corner), fill, shape and the label
            org.w3c.dom.Document doc = dom(body);
            org.w3c.dom.NodeList shapes = doc.getElementsByTagNameNS(GraphExports.YED_NS, "ShapeNode");
            assertThat(shapes.getLength()).isEqualTo(expected.get("nodes").size());
            for (int i = 0; i < shapes.getLength(); i++) {
                org.w3c.dom.Element shape = (org.w3c.dom.Element) shapes.item(i);
                org.w3c.dom.Element node = (org.w3c.dom.Element) shape.getParentNode().getParentNode();
                String id = nodeAttrs.get(node.getAttribute("id")).get("id").getValue();
                String kind = nodeAttrs.get(node.getAttribute("id")).get("kind").getValue();
                org.w3c.dom.Element geometry = child(shape, "Geometry");
                double w = Double.parseDouble(geometry.getAttribute("width"));
                assertThat(Double.parseDouble(geometry.getAttribute("x")) + w / 2).as(id).isCloseTo(positions.get(id)[0], within(1e-6));
                assertThat(child(shape, "Fill").getAttribute("color")).isEqualToIgnoringCase(KindStyles.of(kind).color());
                assertThat(child(shape, "Shape").getAttribute("type")).isEqualTo(KindStyles.of(kind).yedShape());
                assertThat(child(shape, "NodeLabel").getTextContent()).isEqualTo(nodeAttrs.get(node.getAttribute("id")).get("name").getValue());
            }
            assertThat(doc.getElementsByTagNameNS(GraphExports.YED_NS, "PolyLineEdge").getLength()).isEqualTo(expected.get("edges").size());
        }
    }

    @Test
    void theGraphmlWithoutYedsGraphicsIsPlainSchemaValidGraphml() throws Exception {
        // the yEd graphics are the only extension: dropping them leaves a document the upstream schema accepts
        String body = http.get("/api/export?format=graphml&center=" + enc(CENTER) + "&hops=1").body();
        String plain = body.replaceAll("(?s)<data key=\"[ne]_graphics\">.*?</data>", "")
                .replaceAll("<key id=\"[ne]_graphics\"[^>]*/>", "");
        XmlSchemas.graphmlStrict().newValidator().validate(new StreamSource(new StringReader(plain)));
    }

    @Test
    void gexf13IsValidAndReadsBackWithKindsAsAttributes() throws Exception {
        for (String query : List.of("", "&center=" + enc(CENTER) + "&hops=2")) {
            GraphQlHttp.Response r = http.get("/api/export?format=gexf" + query);
            assertThat(r.status()).isEqualTo(200);
            assertThat(header(r, "content-type")).isEqualTo("application/gexf+xml;charset=UTF-8");
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            XmlSchemas.gexf13().newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));
            assertThat(r.body()).contains("xmlns=\"http://gexf.net/1.3\"").contains("version=\"1.3\"");

            Graph<String, DefaultEdge> g = newGraph();
            Map<String, Map<String, Attribute>> nodeAttrs = new HashMap<>();
            Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
            SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
            importer.setSchemaValidation(false); // JGraphT's own schema is 1.2draft; validated against 1.3 above
            importer.setVertexFactory(id -> id);
            importer.addVertexAttributeConsumer((p, a) -> nodeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            importer.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
            importer.importGraph(g, new StringReader(r.body()));

            // GEXF keeps our ids as node ids and the Chinese name as the label
            JsonNode expected = query.isEmpty() ? whole : neighbourhood;
            // the look in GEXF's viz module: position (y up), colour and size of each node's kind
            Map<String, double[]> positions = cytoscapePositions(query);
            org.w3c.dom.NodeList gexfNodes = dom(body).getElementsByTagNameNS(GraphExports.GEXF_NS, "node");
            assertThat(gexfNodes.getLength()).isEqualTo(expected.get("nodes").size());
            for (int i = 0; i < gexfNodes.getLength(); i++) {
                org.w3c.dom.Element node = (org.w3c.dom.Element) gexfNodes.item(i);
                String id = node.getAttribute("id");
                String kind = kindOf(expected, id);
                org.w3c.dom.Element position = child(node, "position");
                assertThat(Double.parseDouble(position.getAttribute("x"))).as(id).isEqualTo(positions.get(id)[0]);
                assertThat(Double.parseDouble(position.getAttribute("y"))).as(id).isEqualTo(-positions.get(id)[1]);
                org.w3c.dom.Element color = child(node, "color");
                int[] rgb = KindStyles.of(kind).rgb();
                assertThat(List.of(color.getAttribute("r"), color.getAttribute("g"), color.getAttribute("b")))
                        .containsExactly(String.valueOf(rgb[0]), String.valueOf(rgb[1]), String.valueOf(rgb[2]));
                assertThat(Double.parseDouble(child(node, "size").getAttribute("value"))).isEqualTo(KindStyles.of(kind).size());
            }
            assertThat(g.vertexSet()).hasSize(expected.get("nodes").size());
            assertThat(g.edgeSet()).hasSize(expected.get("edges").size());
            for (JsonNode n : expected.get("nodes")) {
                String id = n.get("id").asString();
                assertThat(g.containsVertex(id)).as(id).isTrue();
                assertThat(nodeAttrs.get(id).get("label").getValue()).isEqualTo(n.get("name").asString());
                assertThat(nodeAttrs.get(id).get("kind").getValue()).isEqualTo(n.get("kind").asString());
            }
            Set<String> edgeKeys = new HashSet<>();
            for (DefaultEdge e : g.edgeSet()) {
                edgeKeys.add(g.getEdgeSource(e) + "|" + edgeAttrs.get(e).get("type").getValue() + "|" + g.getEdgeTarget(e));
            }
            for (JsonNode e : expected.get("edges")) {
                assertThat(edgeKeys).contains(e.get("source").asString() + "|" + e.get("type").asString() + "|" + e.get("target").asString());
            }
        }
    }

    @Test
    void jsonFormatsCarryEveryNodeAndEdgeWithParksInTheirDistricts() {
        GraphQlHttp.Response cy = http.get("/api/export?format=cytoscape");
        assertThat(cy.status()).isEqualTo(200);
        assertThat(header(cy, "content-type")).isEqualTo("application/json;charset=UTF-8");
        JsonNode elements = cy.json().get("elements");
        assertThat(elements.get("nodes").size()).isEqualTo(whole.get("nodes").size());
        assertThat(elements.get("edges").size()).isEqualTo(whole.get("edges").size());
        Map<String, String> parentOf = new HashMap<>();
        Map<String, String> kindOf = new HashMap<>();
        for (JsonNode n : elements.get("nodes")) {
            kindOf.put(n.get("data").get("id").asString(), n.get("data").get("kind").asString());
            if (n.get("data").has("parent")) {
                parentOf.put(n.get("data").get("id").asString(), n.get("data").get("parent").asString());
            }
        }
        assertThat(parentOf).isNotEmpty();
        parentOf.forEach((park, district) -> {
            assertThat(kindOf.get(park)).isEqualTo("Park");
            assertThat(kindOf.get(district)).isEqualTo("District");
        });
        // every park LOCATED_IN a district is nested in one
        for (JsonNode e : whole.get("edges")) {
            if (e.get("type").asString().equals("LOCATED_IN") && "District".equals(kindOf.get(e.get("target").asString()))) {
                assertThat(parentOf).containsKey(e.get("source").asString());
            }
        }
        assertThat(cy.body()).contains("\"name\":\"海洋工程装备\"");

        GraphQlHttp.Response ec = http.get("/api/export?format=echarts&center=" + enc(CENTER) + "&hops=2");
        JsonNode series = ec.json();
        assertThat(series.get("type").asString()).isEqualTo("graph");
        assertThat(series.get("nodes").size()).isEqualTo(neighbourhood.get("nodes").size());
        assertThat(series.get("links").size()).isEqualTo(neighbourhood.get("edges").size());
        assertThat(series.get("categories").size()).isPositive();
    }

    @Test
    void jsonFormatsCarryTheLayoutColoursAndNumericValues() {
        JsonNode cy = http.get("/api/export?format=cytoscape&center=" + enc(CENTER) + "&hops=2").json();
        assertThat(cy.get("layout").get("name").asString()).isEqualTo("preset");
        Map<String, String> ruleColour = new HashMap<>();
        cy.get("style").forEach(r -> {
            if (r.get("style").has("background-color")) {
                ruleColour.put(r.get("selector").asString(), r.get("style").get("background-color").asString());
            }
        });
        Set<String> points = new HashSet<>();
        for (JsonNode n : cy.get("elements").get("nodes")) {
            String kind = n.get("data").get("kind").asString();
            assertThat(ruleColour.get("node[kind = \"" + kind + "\"]")).isEqualTo(KindStyles.of(kind).color());
            points.add(n.get("position").get("x").asDouble() + "," + n.get("position").get("y").asDouble());
        }
        assertThat(points).hasSize(cy.get("elements").get("nodes").size());
        // deterministic: the same request, the same bytes
        assertThat(http.get("/api/export?format=cytoscape&center=" + enc(CENTER) + "&hops=2").body())
                .isEqualTo(http.get("/api/export?format=cytoscape&center=" + enc(CENTER) + "&hops=2").body());

        JsonNode series = http.get("/api/export?format=echarts").json();
        assertThat(series.get("layout").asString()).isEqualTo("none");
        Map<String, double[]> positions = cytoscapePositions("");
        for (JsonNode c : series.get("categories")) {
            KindStyles.KindStyle k = KindStyles.of(c.get("kind").asString());
            assertThat(c.get("name").asString()).isEqualTo(k.nameZh());
            assertThat(c.get("nameEn").asString()).isEqualTo(k.nameEn());
            assertThat(c.get("itemStyle").get("color").asString()).isEqualTo(k.color());
        }
        int targets = 0;
        for (JsonNode n : series.get("nodes")) {
            assertThat(n.get("value").isNumber()).as(n.get("id").asString()).isTrue();
            assertThat(n.get("x").asDouble()).isEqualTo(positions.get(n.get("id").asString())[0]);
            assertThat(n.get("y").asDouble()).isEqualTo(positions.get(n.get("id").asString())[1]);
            if (n.get("kind").asString().equals("Target") && n.has("unit")) {
                targets++;
                JsonNode target = http.data("query($id: ID!) { node(id: $id) { ... on Target { value } } }",
                        Map.of("id", n.get("id").asString())).get("node");
                if (!target.get("value").isNull()) {
                    assertThat(n.get("value").asDouble()).isEqualTo(target.get("value").asDouble());
                }
            }
        }
        assertThat(targets).isPositive();
    }

    @Test
    void postedViewsExportTheirNodesAtTheGivenPositions() {
        String body = """
                {"format": "cytoscape", "ids": ["subsector:海洋工程装备", "bureau:市海洋局"], "hops": 0,
                 "positions": {"subsector:海洋工程装备": {"x": 10, "y": 20}, "bureau:市海洋局": {"x": -5.5, "y": 7}}}""";
        GraphQlHttp.Response r = http.post("/api/export", body, "application/json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode nodes = r.json().get("elements").get("nodes");
        assertThat(nodes.size()).isEqualTo(2);
        assertThat(r.json().get("elements").get("edges").size()).isEqualTo(1);
        for (JsonNode n : nodes) {
            double x = n.get("position").get("x").asDouble();
            assertThat(x).isEqualTo(n.get("data").get("id").asString().startsWith("bureau") ? -5.5 : 10.0);
        }
        assertThat(header(http.get("/api/export?format=gexf&center=" + enc(CENTER) + "&hops=0"), "X-Graph-Nodes")).isEqualTo("1");
        assertError(http.post("/api/export", "{\"format\": \"gexf\", \"ids\": []}", "application/json"), 400, "BAD_REQUEST");
        assertError(http.post("/api/export", "{\"format\": \"gexf\", \"ids\": [\"park:nope\"]}", "application/json"), 404, "NOT_FOUND");
    }

    @Test
    void downloadsAreNamedInUtf8AndErrorsAreJson() {
        GraphQlHttp.Response r = http.get("/api/export?format=gexf&center=" + enc(CENTER) + "&hops=1");
        String disposition = header(r, "content-disposition");
        assertThat(disposition).startsWith("attachment; filename=\"sei-graph-subsector_");
        String star = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(star, StandardCharsets.UTF_8)).isEqualTo("sei-graph-subsector_海洋工程装备-1hops.gexf");
        assertThat(header(http.get("/api/export?format=graphml"), "content-disposition"))
                .isEqualTo("attachment; filename=\"sei-graph.graphml\"; filename*=UTF-8''sei-graph.graphml");

        assertError(http.get("/api/export?format=xls"), 400, "BAD_REQUEST");
        assertError(http.get("/api/export"), 400, "BAD_REQUEST");
        assertError(http.get("/api/export?format=gexf&center=subsector:nope"), 404, "NOT_FOUND");
        assertError(http.get("/api/export?format=gexf&center=" + enc(CENTER) + "&hops=4"), 400, "LIMIT_EXCEEDED");
        assertError(http.get("/api/export?format=gexf&kinds=Nope"), 400, "BAD_REQUEST");
    }

    @Test
    void theSchemasRejectWhatTheFormatsForbid() {
        String graphml = http.get("/api/export?format=graphml&center=" + enc(CENTER) + "&hops=1").body();
        String gexf = http.get("/api/export?format=gexf&center=" + enc(CENTER) + "&hops=1").body();
        for (var bad : List.of(
                Map.entry(XmlSchemas.graphml(), graphml.replace("attr.type=\"long\"", "attr.type=\"integer\"")),
                Map.entry(XmlSchemas.graphml(), graphml.replace("edgedefault=\"directed\"", "edgedefault=\"sideways\"")),
                Map.entry(XmlSchemas.gexf13(), gexf.replace("version=\"1.3\"", "version=\"1.2\"")),
                Map.entry(XmlSchemas.gexf13(), gexf.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")),
                Map.entry(XmlSchemas.gexf13(), gexf.replace("type=\"long\"", "type=\"int64\"")))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> bad.getKey().newValidator()
                            .validate(new StreamSource(new StringReader(bad.getValue()))))
                    .isInstanceOf(org.xml.sax.SAXException.class);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertSameGraph(Graph<String, DefaultEdge> g, Map<String, Map<String, Attribute>> nodeAttrs,
                                        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs, JsonNode expected) {
        assertThat(g.vertexSet()).hasSize(expected.get("nodes").size());
        assertThat(g.edgeSet()).hasSize(expected.get("edges").size());
        Map<String, String> byOurId = new HashMap<>();
        nodeAttrs.forEach((xmlId, attrs) -> byOurId.put(attrs.get("id").getValue(), xmlId));
        for (JsonNode n : expected.get("nodes")) {
            String xmlId = byOurId.get(n.get("id").asString());
            assertThat(xmlId).as(n.get("id").asString()).isNotNull();
            assertThat(nodeAttrs.get(xmlId).get("name").getValue()).isEqualTo(n.get("name").asString());
            assertThat(nodeAttrs.get(xmlId).get("kind").getValue()).isEqualTo(n.get("kind").asString());
        }
        Set<String> edgeIds = new HashSet<>();
        for (DefaultEdge e : g.edgeSet()) {
            Map<String, Attribute> a = edgeAttrs.get(e);
            String id = a.get("id").getValue();
            edgeIds.add(id);
            assertThat(id).startsWith(a.get("type").getValue() + ":");
            assertThat(nodeAttrs.get(g.getEdgeSource(e)).get("id").getValue() + "->" + nodeAttrs.get(g.getEdgeTarget(e)).get("id").getValue())
                    .isEqualTo(id.substring(id.indexOf(':') + 1).replaceAll("#\\d+$", ""));
        }
        for (JsonNode e : expected.get("edges")) {
            assertThat(edgeIds).contains(e.get("id").asString());
        }
    }

    /** Node id → [x, y] from the Cytoscape export of the same request: the layout every format must carry. */
    static Map<String, double[]> cytoscapePositions(String query) {
        Map<String, double[]> out = new HashMap<>();
        http.get("/api/export?format=cytoscape" + query).json().get("elements").get("nodes").forEach(n ->
                out.put(n.get("data").get("id").asString(), new double[] {n.get("position").get("x").asDouble(), n.get("position").get("y").asDouble()}));
        return out;
    }

    static String kindOf(JsonNode graph, String id) {
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("id").asString().equals(id)) {
                return n.get("kind").asString();
            }
        }
        throw new AssertionError(id);
    }

    static org.w3c.dom.Document dom(byte[] xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static org.w3c.dom.Element child(org.w3c.dom.Element parent, String localName) {
        for (org.w3c.dom.Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof org.w3c.dom.Element e && e.getLocalName().equals(localName)) {
                return e;
            }
        }
        throw new AssertionError("no " + localName + " in " + parent.getTagName());
    }

    private static Graph<String, DefaultEdge> newGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier()).buildGraph();
    }

    private static void assertError(GraphQlHttp.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("error").get("code").asString()).isEqualTo(code);
    }

    static String header(GraphQlHttp.Response r, String name) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode data(String query) {
        return data(query, Map.of());
    }

    static JsonNode data(String query, Map<String, Object> variables) {
        JsonNode response = http.query(query, variables);
        assertThat(response.get("errors")).as(response.toString()).isNull();
        return response.get("data");
    }
}
