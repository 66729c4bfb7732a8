package org.seigraph.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.curation.ChangeRequest.Action;
import org.seigraph.graph.CurationProvenance;
import org.seigraph.store.TxCypher;
import org.seigraph.web.ApiException;

/**
 * Applies a change request to the graph inside the caller's transaction, after checking that the graph still holds
 * the fact the change was made against ({@link ChangeRequest#getBefore()}):
 * <ul>
 *   <li>APPLIED: it did; the change was written, with its provenance on the node or relationship it leaves;</li>
 *   <li>IN_BASE: the graph already holds what the change makes (e.g. the bundle now carries it): nothing to write
 *       but the provenance;</li>
 *   <li>STALE: the graph says something else now (the node is gone, the value changed): nothing is written.</li>
 * </ul>
 * Also reads the {@code before} and {@code after} of a proposal, which the review screen shows as its diff.
 */
final class ChangeApplier {

    enum Result { APPLIED, IN_BASE, STALE }

    record Outcome(Result result, List<Map<String, Object>> effects, String reason) {
        static Outcome stale(String reason) {
            return new Outcome(Result.STALE, List.of(), reason);
        }
    }

    /** Who approved it and when: the provenance written beside the fact. */
    record Approval(String reviewer, Instant at) {
    }

    private ChangeApplier() {
    }

    // ---------------------------------------------------------------------------------------------------- proposal

    /**
     * The fact a proposal is made against, read now; refuses proposals that name what is not there (NOT_FOUND) or
     * that would change nothing (BAD_REQUEST).
     */
    static Map<String, Object> before(ChangeSpec s, TxCypher tx) {
        GraphState graph = new GraphState(tx);
        Map<String, Object> before = new LinkedHashMap<>();
        switch (s.target()) {
            case NODE -> {
                if (s.action() == Action.ADD) {
                    if (graph.exists(s.nodeId())) {
                        throw ApiException.badRequest("A node '" + s.nodeId() + "' already exists");
                    }
                    before.put("exists", false);
                } else {
                    GraphState.NodeState node = requireNode(graph, s.entity());
                    if (s.action() == Action.RETIRE) {
                        before.put("label", node.label());
                        before.put("name", node.get("name"));
                        before.put("properties", GraphState.facts(node.props()));
                    } else {
                        Map<String, Object> current = new LinkedHashMap<>();
                        boolean changes = false;
                        for (Map.Entry<String, Object> e : s.properties().entrySet()) {
                            current.put(e.getKey(), node.get(e.getKey()));
                            changes |= !GraphState.same(node.get(e.getKey()), e.getValue());
                        }
                        if (!changes) {
                            throw ApiException.badRequest("The node already has these values: nothing to change");
                        }
                        before.put("properties", current);
                    }
                }
            }
            case PROPERTY -> {
                Object current = requireNode(graph, s.entity()).get(s.key());
                switch (s.action()) {
                    case ADD -> {
                        if (current != null) {
                            throw ApiException.badRequest("'" + s.key() + "' is already set on '" + s.entity()
                                    + "'; propose a CHANGE of it");
                        }
                    }
                    case CHANGE -> {
                        if (current == null) {
                            throw ApiException.badRequest("'" + s.entity() + "' has no '" + s.key() + "'; propose an ADD");
                        }
                        if (GraphState.same(current, s.value())) {
                            throw ApiException.badRequest("'" + s.key() + "' already has this value: nothing to change");
                        }
                    }
                    case RETIRE -> {
                        if (current == null) {
                            throw ApiException.notFound("property '" + s.key() + "' on", s.entity());
                        }
                    }
                }
                before.put("value", current);
            }
            case ALIAS -> {
                List<String> aliases = requireNode(graph, s.entity()).aliases();
                switch (s.action()) {
                    case ADD -> {
                        if (aliases.contains(s.alias())) {
                            throw ApiException.badRequest("'" + s.entity() + "' already has the alias '" + s.alias() + "'");
                        }
                    }
                    case CHANGE, RETIRE -> {
                        if (!aliases.contains(s.alias())) {
                            throw ApiException.notFound("alias '" + s.alias() + "' of", s.entity());
                        }
                        if (s.action() == Action.CHANGE && aliases.contains(s.newAlias())) {
                            throw ApiException.badRequest("'" + s.entity() + "' already has the alias '" + s.newAlias() + "'");
                        }
                    }
                }
                before.put("aliases", aliases);
            }
            case RELATIONSHIP -> {
                requireNode(graph, s.from());
                requireNode(graph, s.to());
                GraphState.RelState rel = graph.rel(s.relType(), s.relId(), s.from(), s.to());
                if (s.action() == Action.ADD) {
                    if (rel != null) {
                        throw ApiException.badRequest("The relationship '" + s.relId() + "' already exists");
                    }
                    before.put("exists", false);
                } else {
                    if (rel == null) {
                        throw ApiException.notFound("relationship", s.relId());
                    }
                    if (s.action() == Action.RETIRE) {
                        before.put("properties", GraphState.facts(rel.props()));
                    } else {
                        Map<String, Object> current = new LinkedHashMap<>();
                        boolean changes = false;
                        for (Map.Entry<String, Object> e : s.properties().entrySet()) {
                            current.put(e.getKey(), rel.props().get(e.getKey()));
                            changes |= !GraphState.same(rel.props().get(e.getKey()), e.getValue());
                        }
                        if (!changes) {
                            throw ApiException.badRequest("The relationship already has these values: nothing to change");
                        }
                        before.put("properties", current);
                    }
                }
            }
        }
        return before;
    }

    /** What the change leaves, given what it was made against: the other half of the diff. */
    static Map<String, Object> after(ChangeSpec s, Map<String, Object> before) {
        Map<String, Object> after = new LinkedHashMap<>();
        switch (s.target()) {
            case NODE -> {
                switch (s.action()) {
                    case ADD -> {
                        after.put("label", s.label().name());
                        after.put("name", s.name());
                        after.put("properties", s.properties());
                    }
                    case CHANGE -> after.put("properties", s.properties());
                    case RETIRE -> after.put("exists", false);
                }
            }
            case PROPERTY -> after.put("value", s.action() == Action.RETIRE ? null : s.value());
            case ALIAS -> after.put("aliases", aliasesAfter(s, aliasList(before.get("aliases"))));
            case RELATIONSHIP -> {
                switch (s.action()) {
                    case ADD, CHANGE -> after.put("properties", s.properties());
                    case RETIRE -> after.put("exists", false);
                }
            }
        }
        return after;
    }

    // ---------------------------------------------------------------------------------------------------- apply

    /** Checks and applies {@code c}; writes nothing unless the result is APPLIED or IN_BASE. */
    static Outcome apply(ChangeRequest c, Approval approval, TxCypher tx) {
        return apply(c, approval, tx, new GraphState(tx));
    }

    /** The same, reading the graph through {@code graph} (which may hold what was read ahead); at most one write. */
    static Outcome apply(ChangeRequest c, Approval approval, TxCypher tx, GraphState graph) {
        ChangeSpec s = ChangeSpec.of(c);
        Map<String, Object> before = Json.object(c.getBefore());
        String entry = CurationProvenance.encode(new CurationProvenance.Entry(c.getId(), c.getAction().name(),
                c.getTarget().name(), s.field(), c.getAuthor(), approval.reviewer(), approval.at().toString(), c.getReason(),
                c.getSourceKind().name(), c.getSourceRef()));
        Effects effects = new Effects();
        return switch (s.target()) {
            case NODE -> node(s, c.getId(), before, entry, graph, effects, tx);
            case PROPERTY -> property(s, c.getId(), before, entry, graph, effects, tx);
            case ALIAS -> alias(s, c.getId(), entry, graph, effects, tx);
            case RELATIONSHIP -> relationship(s, c.getId(), before, entry, graph, effects, tx);
        };
    }

    private static Outcome node(ChangeSpec s, String change, Map<String, Object> before, String entry, GraphState graph,
                                Effects effects, TxCypher tx) {
        GraphState.NodeState node = graph.node(s.nodeId());
        switch (s.action()) {
            case ADD -> {
                if (node != null) {
                    boolean same = s.label().name().equals(node.label()) && s.name().equals(node.get("name"))
                            && s.properties().entrySet().stream().allMatch(e -> GraphState.same(node.get(e.getKey()), e.getValue()));
                    if (!same) {
                        return Outcome.stale("a node '" + s.nodeId() + "' exists now, with other facts");
                    }
                    return inBase(node, change, entry, s.nodeId(), effects, tx);
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", s.nodeId());
                props.put("name", s.name());
                props.putAll(s.properties());
                props.put(CurationProvenance.PROPERTY, List.of(entry));
                effects.run(Effects.createNode(s.nodeId(), s.label().name(), props), tx);
                return new Outcome(Result.APPLIED, effects.list(), null);
            }
            case RETIRE -> {
                if (node == null) {
                    return new Outcome(Result.IN_BASE, List.of(), null);
                }
                if (!node.label().equals(before.get("label")) || !GraphState.same(node.get("name"), before.get("name"))) {
                    return Outcome.stale("'" + s.nodeId() + "' is now " + node.label() + " '" + node.get("name")
                            + "', the change was made against " + before.get("label") + " '" + before.get("name") + "'");
                }
                effects.run(Effects.deleteNode(s.nodeId(), node.label(), node.props(), graph.rels(s.nodeId())), tx);
                return new Outcome(Result.APPLIED, effects.list(), null);
            }
            default -> {
                if (node == null) {
                    return Outcome.stale("'" + s.nodeId() + "' no longer exists");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> was = (Map<String, Object>) before.get("properties");
                String conflict = conflict(s.properties(), was, node.props());
                if (conflict != null) {
                    return Outcome.stale(conflict);
                }
                return set(node, change, entry, s.properties(), effects, tx);
            }
        }
    }

    private static Outcome property(ChangeSpec s, String change, Map<String, Object> before, String entry, GraphState graph,
                                    Effects effects, TxCypher tx) {
        GraphState.NodeState node = graph.node(s.entity());
        if (node == null) {
            return Outcome.stale("'" + s.entity() + "' no longer exists");
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put(s.key(), s.action() == Action.RETIRE ? null : s.value());
        Map<String, Object> was = new LinkedHashMap<>();
        was.put(s.key(), before.get("value"));
        String conflict = conflict(wanted, was, node.props());
        return conflict != null ? Outcome.stale(conflict) : set(node, change, entry, wanted, effects, tx);
    }

    private static Outcome alias(ChangeSpec s, String change, String entry, GraphState graph, Effects effects, TxCypher tx) {
        GraphState.NodeState node = graph.node(s.entity());
        if (node == null) {
            return Outcome.stale("'" + s.entity() + "' no longer exists");
        }
        List<String> aliases = node.aliases();
        boolean done = switch (s.action()) {
            case ADD -> aliases.contains(s.alias());
            case CHANGE -> aliases.contains(s.newAlias()) && !aliases.contains(s.alias());
            case RETIRE -> !aliases.contains(s.alias());
        };
        if (!done && s.action() == Action.CHANGE && !aliases.contains(s.alias())) {
            return Outcome.stale("'" + s.entity() + "' no longer has the alias '" + s.alias() + "'");
        }
        Map<String, Object> wanted = new LinkedHashMap<>();
        List<String> next = aliasesAfter(s, aliases);
        wanted.put("aliases", next.isEmpty() ? null : next);
        return set(node, change, entry, done ? Map.of() : wanted, effects, tx);
    }

    private static Outcome relationship(ChangeSpec s, String change, Map<String, Object> before, String entry, GraphState graph,
                                        Effects effects, TxCypher tx) {
        GraphState.RelState rel = graph.rel(s.relType(), s.relId(), s.from(), s.to());
        switch (s.action()) {
            case ADD -> {
                if (rel != null) {
                    boolean same = s.properties().entrySet().stream().allMatch(e -> GraphState.same(rel.props().get(e.getKey()), e.getValue()));
                    if (!same) {
                        return Outcome.stale("'" + s.relId() + "' exists now, with other facts");
                    }
                    return relProvenance(s, rel, change, entry, Map.of(), Result.IN_BASE, effects, tx);
                }
                for (String end : List.of(s.from(), s.to())) {
                    if (!graph.exists(end)) {
                        return Outcome.stale("'" + end + "' no longer exists");
                    }
                }
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", s.relId());
                props.putAll(s.properties());
                props.put(CurationProvenance.PROPERTY, List.of(entry));
                effects.run(Effects.createRel(s.relType().name(), s.from(), s.to(), props), tx);
                return new Outcome(Result.APPLIED, effects.list(), null);
            }
            case RETIRE -> {
                if (rel == null) {
                    return new Outcome(Result.IN_BASE, List.of(), null);
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> was = (Map<String, Object>) before.get("properties");
                Map<String, Object> now = GraphState.facts(rel.props());
                if (!sameMaps(was, now)) {
                    return Outcome.stale("'" + s.relId() + "' now says " + now + ", the change was made against " + was);
                }
                effects.run(Effects.deleteRel(s.relType().name(), s.from(), s.to(), rel.props()), tx);
                return new Outcome(Result.APPLIED, effects.list(), null);
            }
            default -> {
                if (rel == null) {
                    return Outcome.stale("'" + s.relId() + "' no longer exists");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> was = (Map<String, Object>) before.get("properties");
                String conflict = conflict(s.properties(), was, rel.props());
                if (conflict != null) {
                    return Outcome.stale(conflict);
                }
                Map<String, Object> changed = new LinkedHashMap<>();
                s.properties().forEach((k, v) -> {
                    if (!GraphState.same(rel.props().get(k), v)) {
                        changed.put(k, v);
                    }
                });
                return relProvenance(s, rel, change, entry, changed, changed.isEmpty() ? Result.IN_BASE : Result.APPLIED, effects, tx);
            }
        }
    }

    /**
     * For each key, the current value must be the one the change was made against, or already the one it sets;
     * returns why not, or null.
     */
    private static String conflict(Map<String, Object> wanted, Map<String, Object> was, Map<String, Object> now) {
        for (Map.Entry<String, Object> e : wanted.entrySet()) {
            Object current = now.get(e.getKey());
            if (!GraphState.same(current, was.get(e.getKey())) && !GraphState.same(current, e.getValue())) {
                return "'" + e.getKey() + "' is now " + show(current) + ", the change was made against " + show(was.get(e.getKey()));
            }
        }
        return null;
    }

    /** Sets what differs (and the provenance) on a node; IN_BASE when nothing but the provenance differed. */
    private static Outcome set(GraphState.NodeState node, String change, String entry, Map<String, Object> wanted,
                               Effects effects, TxCypher tx) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        wanted.forEach((k, v) -> {
            if (!GraphState.same(node.get(k), v)) {
                before.put(k, node.get(k));
                after.put(k, v);
            }
        });
        Result result = after.isEmpty() ? Result.IN_BASE : Result.APPLIED;
        before.put(CurationProvenance.PROPERTY, node.get(CurationProvenance.PROPERTY));
        after.put(CurationProvenance.PROPERTY, withEntry(node.get(CurationProvenance.PROPERTY), change, entry));
        effects.run(Effects.setNode((String) node.get("id"), before, after), tx);
        return new Outcome(result, effects.list(), null);
    }

    private static Outcome inBase(GraphState.NodeState node, String change, String entry, String id, Effects effects, TxCypher tx) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put(CurationProvenance.PROPERTY, node.get(CurationProvenance.PROPERTY));
        effects.run(Effects.setNode(id, before, Map.of(CurationProvenance.PROPERTY, withEntry(node.get(CurationProvenance.PROPERTY), change, entry))), tx);
        return new Outcome(Result.IN_BASE, effects.list(), null);
    }

    private static Outcome relProvenance(ChangeSpec s, GraphState.RelState rel, String change, String entry,
                                         Map<String, Object> changed, Result result, Effects effects, TxCypher tx) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>(changed);
        changed.keySet().forEach(k -> before.put(k, rel.props().get(k)));
        before.put(CurationProvenance.PROPERTY, rel.props().get(CurationProvenance.PROPERTY));
        after.put(CurationProvenance.PROPERTY, withEntry(rel.props().get(CurationProvenance.PROPERTY), change, entry));
        effects.run(Effects.setRel(s.relType().name(), s.relId(), s.from(), s.to(), before, after), tx);
        return new Outcome(result, effects.list(), null);
    }

    /** The provenance list with this change's entry last (an older entry of the same change replaced). */
    private static List<String> withEntry(Object current, String change, String entry) {
        List<String> out = new ArrayList<>();
        if (current instanceof List<?> list) {
            for (Object item : list) {
                CurationProvenance.decode(List.of(item)).stream().findFirst()
                        .filter(e -> !change.equals(e.change())).ifPresent(e -> out.add((String) item));
            }
        }
        out.add(entry);
        return out;
    }

    private static List<String> aliasesAfter(ChangeSpec s, List<String> aliases) {
        List<String> next = new ArrayList<>(aliases);
        switch (s.action()) {
            case ADD -> {
                if (!next.contains(s.alias())) {
                    next.add(s.alias());
                }
            }
            case CHANGE -> {
                int at = next.indexOf(s.alias());
                if (next.contains(s.newAlias())) {
                    next.remove(s.alias());
                } else if (at >= 0) {
                    next.set(at, s.newAlias());
                }
            }
            case RETIRE -> next.remove(s.alias());
        }
        return next;
    }

    @SuppressWarnings("unchecked")
    private static List<String> aliasList(Object value) {
        return value instanceof List<?> list ? new ArrayList<>((List<String>) list) : new ArrayList<>();
    }

    private static boolean sameMaps(Map<String, Object> a, Map<String, Object> b) {
        if (a == null || b == null) {
            return a == b;
        }
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().allMatch(k -> GraphState.same(a.get(k), b.get(k)));
    }

    private static GraphState.NodeState requireNode(GraphState graph, String id) {
        GraphState.NodeState node = graph.node(id);
        if (node == null) {
            throw ApiException.notFound("entity", id);
        }
        return node;
    }

    private static String show(Object value) {
        return value == null ? "absent" : value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
