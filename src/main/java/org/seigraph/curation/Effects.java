package org.seigraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.graph.GraphModel;
import org.seigraph.store.TxCypher;

/**
 * The primitive writes an applied change made, each with what it replaced, so that it can be taken back exactly
 * (history reads take back every change applied after a moment, newest first). Kept as JSON on the change request.
 * Labels and types are checked against {@link GraphModel} before they are spliced into Cypher, here too, since the
 * JSON is read back from the store.
 *
 * <pre>
 *   setNode   {id, before: {key: value|null}, after: {…}}    a null value is an absent property
 *   createNode {id, label, props}                            deleteNode {id, label, props, rels: [{type, from, to, props}]}
 *   setRel    {type, from, to, id, before, after}            createRel / deleteRel {type, from, to, props}
 * </pre>
 */
final class Effects {

    private static final String E = GraphModel.ENTITY;

    private final List<Map<String, Object>> list = new ArrayList<>();

    List<Map<String, Object>> list() {
        return list;
    }

    static Map<String, Object> setNode(String id, Map<String, Object> before, Map<String, Object> after) {
        return effect("setNode", "id", id, "before", before, "after", after);
    }

    static Map<String, Object> createNode(String id, String label, Map<String, Object> props) {
        return effect("createNode", "id", id, "label", label, "props", props);
    }

    static Map<String, Object> deleteNode(String id, String label, Map<String, Object> props, List<GraphState.Rel> rels) {
        List<Map<String, Object>> relMaps = new ArrayList<>();
        for (GraphState.Rel r : rels) {
            relMaps.add(effect("rel", "type", r.type(), "from", r.from(), "to", r.to(), "props", r.props()));
        }
        return effect("deleteNode", "id", id, "label", label, "props", props, "rels", relMaps);
    }

    static Map<String, Object> setRel(String type, String id, String from, String to, Map<String, Object> before,
                                      Map<String, Object> after) {
        return effect("setRel", "type", type, "id", id, "from", from, "to", to, "before", before, "after", after);
    }

    static Map<String, Object> createRel(String type, String from, String to, Map<String, Object> props) {
        return effect("createRel", "type", type, "from", from, "to", to, "props", props);
    }

    static Map<String, Object> deleteRel(String type, String from, String to, Map<String, Object> props) {
        return effect("deleteRel", "type", type, "from", from, "to", to, "props", props);
    }

    /** Runs an effect and records it. */
    void run(Map<String, Object> effect, TxCypher tx) {
        forward(effect, tx);
        list.add(effect);
    }

    /** Takes back a recorded list of effects, last first. */
    static void undo(List<Map<String, Object>> effects, TxCypher tx) {
        for (int i = effects.size() - 1; i >= 0; i--) {
            backward(effects.get(i), tx);
        }
    }

    @SuppressWarnings("unchecked")
    private static void forward(Map<String, Object> e, TxCypher tx) {
        switch ((String) e.get("op")) {
            case "setNode" -> setNodeProps((String) e.get("id"), (Map<String, Object>) e.get("after"), tx);
            case "createNode" -> create((String) e.get("label"), (Map<String, Object>) e.get("props"), tx);
            case "deleteNode" -> tx.run("MATCH (n:" + E + " {id: $id}) DETACH DELETE n", Map.of("id", e.get("id")));
            case "setRel" -> setRelProps(e, (Map<String, Object>) e.get("after"), tx);
            case "createRel" -> createRel(e, tx);
            case "deleteRel" -> deleteRel(e, tx);
            default -> throw new IllegalStateException("Unknown effect " + e.get("op"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void backward(Map<String, Object> e, TxCypher tx) {
        switch ((String) e.get("op")) {
            case "setNode" -> setNodeProps((String) e.get("id"), (Map<String, Object>) e.get("before"), tx);
            case "createNode" -> tx.run("MATCH (n:" + E + " {id: $id}) DETACH DELETE n", Map.of("id", e.get("id")));
            case "deleteNode" -> {
                create((String) e.get("label"), (Map<String, Object>) e.get("props"), tx);
                for (Map<String, Object> r : (List<Map<String, Object>>) e.get("rels")) {
                    createRel(r, tx);
                }
            }
            case "setRel" -> setRelProps(e, (Map<String, Object>) e.get("before"), tx);
            case "createRel" -> deleteRel(e, tx);
            case "deleteRel" -> createRel(e, tx);
            default -> throw new IllegalStateException("Unknown effect " + e.get("op"));
        }
    }

    private static void setNodeProps(String id, Map<String, Object> values, TxCypher tx) {
        tx.run("MATCH (n:" + E + " {id: $id}) SET n += $values", params("id", id, "values", values));
    }

    private static void create(String label, Map<String, Object> props, TxCypher tx) {
        String checked = GraphModel.label(label).orElseThrow(() -> new IllegalStateException("Unknown label " + label)).name();
        tx.run("CREATE (n:" + E + ":" + checked + ") SET n = $props", Map.of("props", props));
    }

    private static String type(Map<String, Object> e) {
        String type = (String) e.get("type");
        return GraphModel.relType(type).orElseThrow(() -> new IllegalStateException("Unknown type " + type)).name();
    }

    @SuppressWarnings("unchecked")
    private static void createRel(Map<String, Object> e, TxCypher tx) {
        tx.run("MATCH (a:" + E + " {id: $from}) MATCH (b:" + E + " {id: $to}) CREATE (a)-[r:" + type(e) + "]->(b) SET r = $props",
                params("from", e.get("from"), "to", e.get("to"), "props", e.get("props")));
    }

    @SuppressWarnings("unchecked")
    private static void deleteRel(Map<String, Object> e, TxCypher tx) {
        Object id = e.containsKey("id") ? e.get("id") : ((Map<String, Object>) e.get("props")).get("id");
        tx.run("MATCH (:" + E + " {id: $from})-[r:" + type(e) + " {id: $id}]->(:" + E + " {id: $to}) DELETE r",
                params("from", e.get("from"), "to", e.get("to"), "id", id));
    }

    private static void setRelProps(Map<String, Object> e, Map<String, Object> values, TxCypher tx) {
        tx.run("MATCH (:" + E + " {id: $from})-[r:" + type(e) + " {id: $id}]->(:" + E + " {id: $to}) SET r += $values",
                params("from", e.get("from"), "to", e.get("to"), "id", e.get("id"), "values", values));
    }

    private static Map<String, Object> effect(String op, Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("op", op);
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }
}
