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

    /**
     * Takes back the effects of several changes, given newest change first, newest first and each one's writes last first, in a
     * few round trips: consecutive writes of one kind (the same property set on many nodes, edges of one type
     * created again) go in one query, whose rows Cypher writes in their order.
     */
    @SuppressWarnings("unchecked")
    static void undoAll(List<List<Map<String, Object>>> newestFirst, TxCypher tx) {
        List<Step> steps = new ArrayList<>();
        for (List<Map<String, Object>> effects : newestFirst) {
            for (int i = effects.size() - 1; i >= 0; i--) {
                Map<String, Object> e = effects.get(i);
                switch ((String) e.get("op")) {
                    case "setNode" -> steps.add(new Step("setNode", "", Map.of("id", e.get("id"), "values", e.get("before"))));
                    case "createNode" -> steps.add(new Step("deleteNode", "", Map.of("id", e.get("id"))));
                    case "deleteNode" -> {
                        steps.add(new Step("createNode", label((String) e.get("label")), Map.of("props", e.get("props"))));
                        for (Map<String, Object> r : (List<Map<String, Object>>) e.get("rels")) {
                            steps.add(new Step("createRel", type(r), relRow(r)));
                        }
                    }
                    case "setRel" -> steps.add(new Step("setRel", type(e), params("from", e.get("from"), "to", e.get("to"),
                            "id", e.get("id"), "values", e.get("before"))));
                    case "createRel" -> steps.add(new Step("deleteRel", type(e), relRow(e)));
                    case "deleteRel" -> steps.add(new Step("createRel", type(e), relRow(e)));
                    default -> throw new IllegalStateException("Unknown effect " + e.get("op"));
                }
            }
        }
        for (int from = 0; from < steps.size(); ) {
            Step first = steps.get(from);
            int to = from;
            List<Map<String, Object>> rows = new ArrayList<>();
            while (to < steps.size() && steps.get(to).op().equals(first.op()) && steps.get(to).type().equals(first.type())) {
                rows.add(steps.get(to++).row());
            }
            tx.run("UNWIND $rows AS r " + batchCypher(first), Map.of("rows", rows));
            from = to;
        }
    }

    /** One primitive write of a take-back: its kind, the label or type it splices (checked), and its parameters. */
    private record Step(String op, String type, Map<String, Object> row) {
    }

    private static String batchCypher(Step s) {
        return switch (s.op()) {
            case "setNode" -> "MATCH (n:" + E + " {id: r.id}) SET n += r.values";
            case "deleteNode" -> "MATCH (n:" + E + " {id: r.id}) DETACH DELETE n";
            case "createNode" -> "CREATE (n:" + E + ":" + s.type() + ") SET n = r.props";
            case "createRel" -> "MATCH (a:" + E + " {id: r.from}) MATCH (b:" + E + " {id: r.to}) CREATE (a)-[x:" + s.type()
                    + "]->(b) SET x = r.props";
            case "deleteRel" -> "MATCH (:" + E + " {id: r.from})-[x:" + s.type() + " {id: r.id}]->(:" + E + " {id: r.to}) DELETE x";
            case "setRel" -> "MATCH (:" + E + " {id: r.from})-[x:" + s.type() + " {id: r.id}]->(:" + E + " {id: r.to}) SET x += r.values";
            default -> throw new IllegalStateException("Unknown step " + s.op());
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> relRow(Map<String, Object> e) {
        Object id = e.containsKey("id") ? e.get("id") : ((Map<String, Object>) e.get("props")).get("id");
        return params("from", e.get("from"), "to", e.get("to"), "id", id, "props", e.get("props"));
    }

    private static String label(String label) {
        return GraphModel.label(label).orElseThrow(() -> new IllegalStateException("Unknown label " + label)).name();
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
