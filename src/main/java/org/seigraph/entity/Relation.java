package org.seigraph.entity;

import java.util.List;

/**
 * A GraphQL field that follows relationships from an entity: {@code Subsector.technologies} follows
 * DEVELOPS outwards to Technology nodes, ordered by the edge's rank.
 *
 * @param type      GraphQL type owning the field
 * @param field     field name
 * @param steps     the relationship patterns to follow (their results are concatenated)
 * @param single    the field is a single entity, not a list
 */
record Relation(String type, String field, List<Step> steps, boolean single) {

    enum Dir { OUT, IN }

    /** One relationship type in one direction, optionally only to nodes of one label. */
    record Step(String relType, Dir dir, String targetLabel) {
    }

    static Relation many(String type, String field, String relType, Dir dir) {
        return new Relation(type, field, List.of(new Step(relType, dir, null)), false);
    }

    static Relation many(String type, String field, String relType, Dir dir, String targetLabel) {
        return new Relation(type, field, List.of(new Step(relType, dir, targetLabel)), false);
    }

    static Relation one(String type, String field, String relType, Dir dir, String targetLabel) {
        return new Relation(type, field, List.of(new Step(relType, dir, targetLabel)), true);
    }

    static Relation union(String type, String field, Step... steps) {
        return new Relation(type, field, List.of(steps), false);
    }

    String loaderName() {
        return type + "." + field;
    }
}
