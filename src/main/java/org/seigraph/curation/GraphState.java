package org.seigraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.seigraph.graph.CurationProvenance;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.RelType;
import org.seigraph.store.TxCypher;

/**
 * Reads what the graph holds now about the target of a change, inside the caller's transaction, and compares
 * values the way Neo4j stores them (an integer is an integer whether it came as JSON or from the store).
 */
final class GraphState {

    /** Provenance, not facts: a relationship or node is "the same fact" whatever these say. */
    static final Set<String> PROVENANCE = Set.of("id", "doc", "section", "start", "end", "source", "derivation",
            CurationProvenance.PROPERTY);

    record NodeState(String label, Map<String, Object> props) {
        Object get(String key) {
            return props.get(key);
        }

        @SuppressWarnings("unchecked")
        List<String> aliases() {
            Object a = props.get("aliases");
            return a instanceof List<?> list ? new ArrayList<>((List<String>) list) : new ArrayList<>();
        }
    }

    record RelState(Map<String, Object> props) {
    }

    /** A relationship of a node, as a retire captures it to restore it later. */
    record Rel(String type, String from, String to, Map<String, Object> props) {
    }

    private final TxCypher tx;
    /** Nodes read ahead, by id (null: read ahead, absent); ids not in it are read when asked for. */
    private final Map<String, NodeState> known;
    /** The relationships read ahead (type, from, to), or null. */
    private final String relKey;
    private final List<Map<String, Object>> knownRels;

    GraphState(TxCypher tx) {
        this(tx, Map.of(), null, List.of());
    }

    private GraphState(TxCypher tx, Map<String, NodeState> known, String relKey, List<Map<String, Object>> knownRels) {
        this.tx = tx;
        this.known = known;
        this.relKey = relKey;
        this.knownRels = knownRels;
    }

    /**
     * The graph as read ahead in the statement that loaded the change ({@link ApprovalRead}): these nodes (those of
     * {@code ids} not among {@code nodes} are absent) and the relationships of {@code relType} from {@code from} to
     * {@code to}. Valid until the caller writes: {@link ChangeApplier} reads everything it needs before its write.
     */
    @SuppressWarnings("unchecked")
    static GraphState snapshot(TxCypher tx, List<String> ids, List<Map<String, Object>> nodes, String relType, String from,
                               String to, List<Map<String, Object>> rels) {
        Map<String, NodeState> known = new java.util.HashMap<>();
        ids.forEach(id -> known.put(id, null));
        for (Map<String, Object> n : nodes) {
            known.put((String) n.get("id"), new NodeState((String) n.get("label"), props(n.get("props"))));
        }
        boolean withRels = relType != null && from != null && to != null;
        return new GraphState(tx, known, withRels ? relType + "|" + from + "|" + to : null, rels);
    }

    NodeState node(String id) {
        if (known.containsKey(id)) {
            return known.get(id);
        }
        List<Map<String, Object>> rows = tx.run("MATCH (n:" + GraphModel.ENTITY + " {id: $id}) "
                + "RETURN [l IN labels(n) WHERE l <> '" + GraphModel.ENTITY + "'][0] AS label, properties(n) AS props", Map.of("id", id));
        return rows.isEmpty() ? null : new NodeState((String) rows.get(0).get("label"), props(rows.get(0).get("props")));
    }

    boolean exists(String id) {
        if (known.containsKey(id)) {
            return known.get(id) != null;
        }
        return !tx.run("MATCH (n:" + GraphModel.ENTITY + " {id: $id}) RETURN n.id AS id", Map.of("id", id)).isEmpty();
    }

    /** The relationship of this type and id between the two nodes. The type comes from {@link RelType}. */
    RelState rel(RelType type, String id, String from, String to) {
        if ((type.name() + "|" + from + "|" + to).equals(relKey)) {
            return knownRels.stream().filter(r -> id.equals(r.get("id"))).findFirst().map(r -> new RelState(props(r))).orElse(null);
        }
        List<Map<String, Object>> rows = tx.run("MATCH (:" + GraphModel.ENTITY + " {id: $from})-[r:" + type.name()
                + " {id: $id}]->(:" + GraphModel.ENTITY + " {id: $to}) RETURN properties(r) AS props", Map.of("from", from, "to", to, "id", id));
        return rows.isEmpty() ? null : new RelState(props(rows.get(0).get("props")));
    }

    /** Every relationship of a node (either direction, each once). */
    List<Rel> rels(String id) {
        List<Rel> out = new ArrayList<>();
        for (Map<String, Object> row : tx.run("MATCH (n:" + GraphModel.ENTITY + " {id: $id})-[r]-(:" + GraphModel.ENTITY + ") "
                + "WITH DISTINCT r RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props",
                Map.of("id", id))) {
            out.add(new Rel((String) row.get("type"), (String) row.get("from"), (String) row.get("to"), props(row.get("props"))));
        }
        return out;
    }

    /** The fact properties of a node or relationship (provenance left out). */
    static Map<String, Object> facts(Map<String, Object> props) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (!PROVENANCE.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Object value) {
        return value == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) value);
    }

    /** Equal as stored values: numbers by value (integers exactly), lists element by element. */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            boolean floating = x instanceof Double || x instanceof Float || y instanceof Double || y instanceof Float;
            return floating ? Double.compare(x.doubleValue(), y.doubleValue()) == 0 : x.longValue() == y.longValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
