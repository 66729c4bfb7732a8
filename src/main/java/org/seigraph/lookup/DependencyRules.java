package org.seigraph.lookup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "X depends on Y", defined once (docs/graph-model.md renders this table from here). For each relationship type: which end
 * is the dependent one. A sector depends on its sub-sectors; a sub-sector (or measure) on the technologies
 * it develops, its projects, the parks and platforms that build or host it and the bureaus responsible;
 * a domain on its sectors; a target on what carries it and its named examples; a cooperation system on
 * its members; an industry on the sub-sectors it maps to; a layout area on its industries and districts; a
 * measure on the policy instruments it puts to work and the zones it makes use of.
 * UPSTREAM of X = what X depends on; DOWNSTREAM of X = what depends on X.
 */
final class DependencyRules {

    enum Dependent { START, END }

    static final Map<String, Dependent> RULES = new LinkedHashMap<>();

    static {
        // X -[r]-> Y : X depends on Y
        RULES.put("HAS_SUBSECTOR", Dependent.START);
        RULES.put("DEVELOPS", Dependent.START);
        RULES.put("HAS_PROJECT", Dependent.START);
        RULES.put("BUILDS", Dependent.START);
        RULES.put("MAPS_TO", Dependent.START);
        RULES.put("FOCUSES_ON", Dependent.START);
        RULES.put("INCLUDES", Dependent.START);
        RULES.put("USES_INSTRUMENT", Dependent.START);
        RULES.put("LEVERAGES", Dependent.START);
        // X -[r]-> Y : Y depends on X
        RULES.put("HOSTS", Dependent.END);
        RULES.put("RESPONSIBLE_FOR", Dependent.END);
        RULES.put("PARTICIPATES_IN", Dependent.END);
        RULES.put("IN_DOMAIN", Dependent.END);
        RULES.put("HAS_TARGET", Dependent.END);
        RULES.put("EXAMPLE_OF", Dependent.END);
        RULES.put("MEMBER_OF", Dependent.END);
    }

    /** Relationship types to follow outwards / inwards to walk in the given direction. */
    static String typesFollowedOutwards(boolean upstream) {
        return types(upstream ? Dependent.START : Dependent.END);
    }

    static String typesFollowedInwards(boolean upstream) {
        return types(upstream ? Dependent.END : Dependent.START);
    }

    private static String types(Dependent dependent) {
        return RULES.entrySet().stream().filter(e -> e.getValue() == dependent).map(Map.Entry::getKey)
                .collect(Collectors.joining("|"));
    }

    private DependencyRules() {
    }
}
