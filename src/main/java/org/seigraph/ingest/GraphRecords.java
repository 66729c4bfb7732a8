package org.seigraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records of one graph: nodes by id (one node per real thing), relationships by id, and the text
 * spans the parser bound to a node ("bindings", used to resolve mentions of ambiguous names).
 */
public final class GraphRecords {
    private final Map<String, NodeRecord> nodes = new LinkedHashMap<>();
    private final Map<String, RelRecord> rels = new LinkedHashMap<>();
    /** start offset -> (end offset -> node id) */
    private final TreeMap<Integer, TreeMap<Integer, String>> bindings = new TreeMap<>();

    /** Gets or creates the node {@code label:name}; keeps the earliest evidence. */
    public NodeRecord node(String label, String name, Evidence evidence) {
        return node(label, name, name, evidence);
    }

    public NodeRecord node(String label, String canonical, String name, Evidence evidence) {
        String id = NodeRecord.idOf(label, canonical);
        NodeRecord n = nodes.get(id);
        if (n == null) {
            n = new NodeRecord(label, id, name, evidence);
            nodes.put(id, n);
        } else {
            n.offerEvidence(evidence);
        }
        return n;
    }

    /** Creates a node from a text span and binds the span to it. */
    public NodeRecord nodeAt(String label, String doc, String section, Span span) {
        NodeRecord n = node(label, span.text(), Evidence.text(doc, section, span.start(), span.end()));
        bind(span, n);
        return n;
    }

    public void bind(Span span, NodeRecord node) {
        bindings.computeIfAbsent(span.start(), k -> new TreeMap<>()).putIfAbsent(span.end(), node.id());
    }

    public TreeMap<Integer, String> bindingsAt(int start) {
        return bindings.getOrDefault(start, new TreeMap<>());
    }

    public NodeRecord get(String id) { return nodes.get(id); }
    public RelRecord relById(String id) { return rels.get(id); }
    public boolean has(String id) { return nodes.containsKey(id); }

    public NodeRecord require(String id) {
        NodeRecord n = nodes.get(id);
        if (n == null) throw new IllegalStateException("no node " + id);
        return n;
    }

    /**
     * Adds a relationship unless one with the same id exists: the first statement wins, with its evidence and
     * properties. A later statement of the same pair gets a detached record, so setting its properties changes nothing.
     */
    public RelRecord rel(String type, NodeRecord from, NodeRecord to, Evidence evidence) {
        String id = RelRecord.idOf(type, from.id(), to.id());
        RelRecord r = new RelRecord(type, id, from.id(), to.id(), evidence);
        RelRecord kept = rels.putIfAbsent(id, r);
        return kept == null ? r : new RelRecord(type, id, from.id(), to.id(), evidence);
    }

    /** Adds a relationship that may repeat for the same pair (MENTIONS): first plain id, then {@code #2}, {@code #3}… */
    public RelRecord repeatableRel(String type, NodeRecord from, NodeRecord to, Evidence evidence) {
        String base = RelRecord.idOf(type, from.id(), to.id());
        String id = base;
        for (int n = 2; rels.containsKey(id); n++) id = base + "#" + n;
        RelRecord r = new RelRecord(type, id, from.id(), to.id(), evidence);
        rels.put(id, r);
        return r;
    }

    /** Removes a node and every relationship of it (a retired node of the curated changes). */
    void removeNode(String id) {
        nodes.remove(id);
        rels.values().removeIf(r -> r.from().equals(id) || r.to().equals(id));
    }

    void removeRel(String id) {
        rels.remove(id);
    }

    public Collection<NodeRecord> nodes() { return nodes.values(); }
    public Collection<RelRecord> rels() { return rels.values(); }

    public List<NodeRecord> nodes(String label) {
        return nodes.values().stream().filter(n -> n.label().equals(label)).toList();
    }

    public List<RelRecord> rels(String type) {
        return rels.values().stream().filter(r -> r.type().equals(type)).toList();
    }

    /** Relationships of a type from a node, in the order the parser stated them (by rank, then offset). */
    public List<RelRecord> relsFrom(String type, String fromId) {
        List<RelRecord> out = new ArrayList<>();
        for (RelRecord r : rels.values()) if (r.type().equals(type) && r.from().equals(fromId)) out.add(r);
        out.sort(STATED_ORDER);
        return out;
    }

    public List<RelRecord> relsTo(String type, String toId) {
        List<RelRecord> out = new ArrayList<>();
        for (RelRecord r : rels.values()) if (r.type().equals(type) && r.to().equals(toId)) out.add(r);
        out.sort(STATED_ORDER);
        return out;
    }

    static final Comparator<RelRecord> STATED_ORDER = Comparator
            .comparing((RelRecord r) -> r.evidence().start() == null ? Integer.MAX_VALUE : r.evidence().start())
            .thenComparing(r -> r.prop("rank") instanceof Integer i ? i : 0)
            .thenComparing(RelRecord::id);
}
