package org.seigraph.curation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.seigraph.curation.ChangeRequest.Action;
import org.seigraph.curation.ChangeRequest.Target;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;
import org.seigraph.web.ApiException;

/**
 * What a change request changes, checked field by field before anything is read or stored: every combination of
 * action and target takes exactly its own fields (anything else is a BAD_REQUEST), property keys and relationship
 * types come from fixed tables, values have the type the property has in the bundle. Labels, types and keys are
 * later spliced into Cypher, so only values that passed these tables ever get there.
 *
 * <pre>
 *   NODE         ADD: label, name, properties?     CHANGE: entity, properties     RETIRE: entity
 *   PROPERTY     ADD / CHANGE: entity, key, value                                 RETIRE: entity, key
 *   ALIAS        ADD / RETIRE: entity, alias       CHANGE: entity, alias, newAlias
 *   RELATIONSHIP ADD: type, from, to, properties?  CHANGE: type, from, to, properties   RETIRE: type, from, to
 * </pre>
 */
record ChangeSpec(Action action, Target target, String entity, Label label, String name, String key, Object value,
                  Map<String, Object> properties, String alias, String newAlias, RelType relType, String from, String to) {

    enum Kind { STRING, FLOAT, INT, BOOLEAN }

    /** Node properties a change may set: the bundle's own columns (import/README.md), by type. */
    static final Map<String, Kind> NODE_KEYS = Map.ofEntries(
            Map.entry("name", Kind.STRING), Map.entry("nameEn", Kind.STRING), Map.entry("title", Kind.STRING),
            Map.entry("number", Kind.STRING), Map.entry("path", Kind.STRING), Map.entry("category", Kind.STRING),
            Map.entry("metric", Kind.STRING), Map.entry("value", Kind.FLOAT), Map.entry("unit", Kind.STRING),
            Map.entry("qualifier", Kind.STRING), Map.entry("approx", Kind.BOOLEAN), Map.entry("year", Kind.INT),
            Map.entry("asWritten", Kind.STRING), Map.entry("targetKind", Kind.STRING), Map.entry("rank", Kind.INT));
    /** Relationship properties a change may set. */
    static final Map<String, Kind> REL_KEYS = Map.of("rank", Kind.INT, "lead", Kind.BOOLEAN, "listSize", Kind.INT,
            "verb", Kind.STRING, "role", Kind.STRING);
    /** The text's own structure is not curated: documents and sections, their HAS_SECTION tree and MENTIONS. */
    static final Set<Label> NOT_ADDABLE = Set.of(Label.Document, Label.Section);
    static final Set<RelType> NOT_CURATED = Set.of(RelType.MENTIONS, RelType.HAS_SECTION);

    static final int MAX_NAME = 200;
    static final int MAX_VALUE = 500;
    static final int MAX_PROPERTIES = 20;

    /** The id of the node a NODE ADD creates, or the node the change is about. */
    String nodeId() {
        return target == Target.NODE && action == Action.ADD ? label.idPrefix() + name : entity;
    }

    /** The relationship's id as the bundle forms it. */
    String relId() {
        return relType.name() + ":" + from + "->" + to;
    }

    /** Entity ids the change touches. */
    List<String> subjects() {
        return target == Target.RELATIONSHIP ? (from.equals(to) ? List.of(from) : List.of(from, to)) : List.of(nodeId());
    }

    /** The field a change touches, as provenance names it. */
    String field() {
        return switch (target) {
            case PROPERTY -> key;
            case ALIAS -> "aliases";
            default -> null;
        };
    }

    /** Checks a GraphQL {@code ChangeInput} (without reason and source, see {@link Texts}). */
    static ChangeSpec parse(Map<String, Object> in) {
        Action action = enumOf(Action.class, in.get("action"), "action");
        Target target = enumOf(Target.class, in.get("target"), "target");
        Set<String> allowed = switch (target) {
            case NODE -> switch (action) {
                case ADD -> Set.of("label", "name", "properties");
                case CHANGE -> Set.of("entity", "properties");
                case RETIRE -> Set.of("entity");
            };
            case PROPERTY -> action == Action.RETIRE ? Set.of("entity", "key") : Set.of("entity", "key", "value");
            case ALIAS -> action == Action.CHANGE ? Set.of("entity", "alias", "newAlias") : Set.of("entity", "alias");
            case RELATIONSHIP -> action == Action.RETIRE ? Set.of("type", "from", "to") : Set.of("type", "from", "to", "properties");
        };
        for (String field : List.of("entity", "label", "name", "key", "value", "properties", "alias", "newAlias", "type", "from", "to")) {
            if (in.get(field) != null && !allowed.contains(field)) {
                throw ApiException.badRequest("'" + field + "' is not used by " + action + " " + target);
            }
        }
        String entity = null;
        Label label = null;
        String name = null;
        String key = null;
        Object value = null;
        Map<String, Object> properties = null;
        String alias = null;
        String newAlias = null;
        RelType relType = null;
        String from = null;
        String to = null;
        switch (target) {
            case NODE -> {
                if (action == Action.ADD) {
                    label = GraphModel.label(required(in, "label")).filter(l -> !NOT_ADDABLE.contains(l))
                            .orElseThrow(() -> ApiException.badRequest("'label' must be one of " + addableLabels()));
                    name = Texts.line("name", required(in, "name"), MAX_NAME);
                    properties = properties(in.get("properties"), NODE_KEYS, false, false);
                    if (properties.containsKey("name")) {
                        throw ApiException.badRequest("'properties' may not hold 'name': it is the field 'name'");
                    }
                } else {
                    entity = id(in, "entity");
                    if (action == Action.CHANGE) {
                        properties = properties(in.get("properties"), NODE_KEYS, true, true);
                        if (properties.containsKey("name") && properties.get("name") == null) {
                            throw ApiException.badRequest("'name' cannot be removed, only changed");
                        }
                    }
                }
            }
            case PROPERTY -> {
                entity = id(in, "entity");
                key = required(in, "key");
                Kind kind = NODE_KEYS.get(key);
                if (kind == null) {
                    throw ApiException.badRequest("'key' must be one of " + new java.util.TreeSet<>(NODE_KEYS.keySet()));
                }
                if (action == Action.RETIRE && key.equals("name")) {
                    throw ApiException.badRequest("'name' cannot be retired, only changed");
                }
                if (action != Action.RETIRE) {
                    if (in.get("value") == null) {
                        throw ApiException.badRequest("'value' is required for " + action + " PROPERTY");
                    }
                    value = value("value", in.get("value"), kind);
                }
            }
            case ALIAS -> {
                entity = id(in, "entity");
                alias = Texts.line("alias", required(in, "alias"), MAX_NAME);
                if (action == Action.CHANGE) {
                    newAlias = Texts.line("newAlias", required(in, "newAlias"), MAX_NAME);
                    if (newAlias.equals(alias)) {
                        throw ApiException.badRequest("'newAlias' is the alias itself: nothing to change");
                    }
                }
            }
            case RELATIONSHIP -> {
                relType = GraphModel.relType(required(in, "type")).filter(t -> !NOT_CURATED.contains(t))
                        .orElseThrow(() -> ApiException.badRequest("'type' must be one of " + curatedTypes()));
                from = id(in, "from");
                to = id(in, "to");
                if (action != Action.RETIRE) {
                    properties = properties(in.get("properties"), REL_KEYS, action == Action.CHANGE, action == Action.CHANGE);
                }
            }
        }
        return new ChangeSpec(action, target, entity, label, name, key, value, properties, alias, newAlias, relType, from, to);
    }

    /** A stored request's spec (its fields were checked when it was proposed; checked again here all the same). */
    static ChangeSpec of(ChangeRequest c) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("action", c.getAction().name());
        in.put("target", c.getTarget().name());
        if (!(c.getTarget() == Target.NODE && c.getAction() == Action.ADD)) {
            in.put("entity", c.getEntity());
        }
        in.put("label", c.getLabel());
        in.put("name", c.getName());
        in.put("key", c.getKey());
        in.put("value", c.getValue() == null ? null : Json.read(c.getValue()));
        in.put("properties", c.getProperties() == null ? null : Json.read(c.getProperties()));
        in.put("alias", c.getAlias());
        in.put("newAlias", c.getNewAlias());
        in.put("type", c.getRelType());
        in.put("from", c.getFromId());
        in.put("to", c.getToId());
        return parse(in);
    }

    /** Writes this spec's fields onto a request. */
    void copyTo(ChangeRequest c) {
        c.setAction(action);
        c.setTarget(target);
        c.setEntity(nodeId());
        c.setLabel(label == null ? null : label.name());
        c.setName(name);
        c.setKey(key);
        c.setValue(value == null ? null : Json.write(value));
        c.setProperties(properties == null ? null : Json.write(properties));
        c.setAlias(alias);
        c.setNewAlias(newAlias);
        c.setRelType(relType == null ? null : relType.name());
        c.setFromId(from);
        c.setToId(to);
        c.setSubjects(new java.util.ArrayList<>(subjects()));
    }

    // ------------------------------------------------------------------------------------------------------------

    private static String required(Map<String, Object> in, String field) {
        Object v = in.get(field);
        if (v == null) {
            throw ApiException.badRequest("'" + field + "' is required for this change");
        }
        if (!(v instanceof String s)) {
            throw ApiException.badRequest("'" + field + "' must be a string");
        }
        return s;
    }

    private static String id(Map<String, Object> in, String field) {
        return Texts.id(field, required(in, field));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Object value, String field) {
        if (value == null) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        try {
            return Enum.valueOf(type, value.toString());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A JSON object of properties: known keys, typed values; null values (removal) only where {@code removals}. */
    private static Map<String, Object> properties(Object raw, Map<String, Kind> keys, boolean required, boolean removals) {
        if (raw == null) {
            if (required) {
                throw ApiException.badRequest("'properties' is required for this change: an object of the properties to set");
            }
            return new LinkedHashMap<>();
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw ApiException.badRequest("'properties' must be an object of property names to values");
        }
        if (map.size() > MAX_PROPERTIES) {
            throw ApiException.limit("'properties' has " + map.size() + " entries, above the limit of " + MAX_PROPERTIES);
        }
        if (required && map.isEmpty()) {
            throw ApiException.badRequest("'properties' is empty: nothing to change");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Kind kind = keys.get(key);
            if (kind == null) {
                throw ApiException.badRequest("'properties' may only hold " + new java.util.TreeSet<>(keys.keySet())
                        + ", not '" + Texts.abbreviate(key) + "'");
            }
            if (e.getValue() == null && !removals) {
                throw ApiException.badRequest("'properties." + key + "' is null: give a value");
            }
            out.put(key, e.getValue() == null ? null : value("properties." + key, e.getValue(), kind));
        }
        return out;
    }

    /** A value of the property's type, as Neo4j stores it: String, Double, Long or Boolean. */
    static Object value(String field, Object raw, Kind kind) {
        return switch (kind) {
            case STRING -> {
                if (!(raw instanceof String s)) {
                    throw ApiException.badRequest("'" + field + "' must be a string");
                }
                yield Texts.line(field, s, MAX_VALUE);
            }
            case BOOLEAN -> {
                if (!(raw instanceof Boolean b)) {
                    throw ApiException.badRequest("'" + field + "' must be true or false");
                }
                yield b;
            }
            case FLOAT -> {
                double d = number(field, raw).doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw ApiException.badRequest("'" + field + "' must be a finite number");
                }
                yield d;
            }
            case INT -> {
                BigDecimal d = new BigDecimal(number(field, raw).toString());
                try {
                    yield d.longValueExact();
                } catch (ArithmeticException e) {
                    throw ApiException.badRequest("'" + field + "' must be a whole number within 64 bits");
                }
            }
        };
    }

    private static Number number(String field, Object raw) {
        if (raw instanceof Number n && !(raw instanceof BigInteger b && b.bitLength() > 63)) {
            return n;
        }
        throw ApiException.badRequest("'" + field + "' must be a number");
    }

    private static List<String> addableLabels() {
        return java.util.Arrays.stream(Label.values()).filter(l -> !NOT_ADDABLE.contains(l)).map(Enum::name).toList();
    }

    private static List<String> curatedTypes() {
        return java.util.Arrays.stream(RelType.values()).filter(t -> !NOT_CURATED.contains(t)).map(Enum::name).toList();
    }
}
