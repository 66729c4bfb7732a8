package org.seigraph.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

/**
 * Collects nodes, relationships and paths (driver values, or properties read as maps) into a {@link GraphView},
 * each once, keyed by our stable {@code id} property (never Neo4j's element ids, which change between stores).
 */
public final class GraphViewBuilder {

    /** Properties that are provenance, shown as sources rather than as facts. */
    private static final Set<String> PROVENANCE = Set.of("id", "doc", "section", "start", "end", "source",
            CurationProvenance.PROPERTY);
    private static final Set<String> NODE_FIELDS = Set.of("id", "name", "nameEn", "aliases", "text", "doc", "section",
            "start", "end", "source", CurationProvenance.PROPERTY);

    private final EntityReader entities;
    private final Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
    private final Map<String, String> idsByElementId = new LinkedHashMap<>();
    private final Map<String, GraphView.Edge> edges = new LinkedHashMap<>();

    public GraphViewBuilder(EntityReader entities) {
        this.entities = entities;
    }

    public GraphViewBuilder node(Node node, Integer depth) {
        String id = node.get("id").asString(null);
        if (id == null) {
            return this;
        }
        idsByElementId.put(node.elementId(), id);
        return node(node.asMap(), kindOf(node), depth);
    }

    /** Adds a node given as its properties (which hold its {@code id}) and its kind (label). */
    public GraphViewBuilder node(Map<String, Object> props, String kind, Integer depth) {
        String id = (String) props.get("id");
        GraphView.Node existing = nodes.get(id);
        if (existing != null) {
            if (depth != null && (existing.depth() == null || depth < existing.depth())) {
                nodes.put(id, withDepth(existing, depth));
            }
            return this;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!NODE_FIELDS.contains(k)) {
                facts.put(k, v);
            }
        });
        nodes.put(id, new GraphView.Node(id, kind, (String) props.get("name"), (String) props.get("nameEn"),
                Summaries.of(kind, props), depth, facts, entities.sources(props)));
        return this;
    }

    /** Adds a relationship; both ends must already have been added (as nodes of the same record or path). */
    public GraphViewBuilder relationship(Relationship rel) {
        String source = idsByElementId.get(rel.startNodeElementId());
        String target = idsByElementId.get(rel.endNodeElementId());
        if (source == null || target == null) {
            return this;
        }
        return relationship(rel.type(), source, target, rel.asMap());
    }

    /** Adds a relationship given by its type, the ids of its start and end, and its properties. */
    public GraphViewBuilder relationship(String type, String source, String target, Map<String, Object> props) {
        String id = props.get("id") instanceof String s ? s : type + ":" + source + "->" + target;
        if (edges.containsKey(id)) {
            return this;
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!PROVENANCE.contains(k)) {
                facts.put(k, v);
            }
        });
        edges.put(id, new GraphView.Edge(id, source, target, type, facts, entities.sources(props)));
        return this;
    }

    /** Adds a path; node depth is the position along it, offset by {@code startDepth}. */
    public GraphViewBuilder path(Path path, int startDepth) {
        int i = startDepth;
        for (Node n : path.nodes()) {
            node(n, i++);
        }
        for (Relationship r : path.relationships()) {
            relationship(r);
        }
        return this;
    }

    /** Adds whatever a value holds: a node, a relationship, a path, or a list of them. */
    public GraphViewBuilder value(Value value, Integer depth) {
        if (value == null || value.isNull()) {
            return this;
        }
        switch (value.type().name()) {
            case "NODE" -> node(value.asNode(), depth);
            case "RELATIONSHIP" -> relationship(value.asRelationship());
            case "PATH" -> path(value.asPath(), depth == null ? 0 : depth);
            case "LIST" -> value.values().forEach(v -> value(v, depth));
            default -> {
            }
        }
        return this;
    }

    public GraphView build() {
        List<GraphView.Node> sortedNodes = new ArrayList<>(nodes.values());
        sortedNodes.sort(Comparator.comparing((GraphView.Node n) -> n.depth() == null ? Integer.MAX_VALUE : n.depth())
                .thenComparing(GraphView.Node::id));
        List<GraphView.Edge> sortedEdges = new ArrayList<>(edges.values());
        // edges near the start first (a path reads in order), then by id
        sortedEdges.sort(Comparator.comparingInt((GraphView.Edge e) -> Math.min(depthOf(e.source()), depthOf(e.target())))
                .thenComparing(GraphView.Edge::id));
        return new GraphView(List.copyOf(sortedNodes), List.copyOf(sortedEdges));
    }

    private int depthOf(String id) {
        GraphView.Node n = nodes.get(id);
        return n == null || n.depth() == null ? Integer.MAX_VALUE : n.depth();
    }

    static String kindOf(Node node) {
        for (String label : node.labels()) {
            if (!GraphModel.ENTITY.equals(label)) {
                return label;
            }
        }
        return GraphModel.ENTITY;
    }

    private static GraphView.Node withDepth(GraphView.Node n, int depth) {
        return new GraphView.Node(n.id(), n.kind(), n.name(), n.nameEn(), n.summary(), depth, n.properties(), n.sources());
    }
}
