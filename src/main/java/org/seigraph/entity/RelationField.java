package org.seigraph.entity;

import java.util.List;

import org.seigraph.graph.GraphModel.RelType;

/**
 * A GraphQL field that follows relationships from an entity, as its {@code @relation} directives in the schema
 * declare it: {@code Subsector.technologies} follows DEVELOPS outwards to Technology nodes.
 *
 * @param type    GraphQL type owning the field
 * @param field   field name
 * @param steps   the relationships to follow, in the order declared (their results are concatenated)
 * @param target  label of the nodes at the far end: the field's GraphQL type ({@code Entity} for the interface)
 * @param single  the field is one entity, not a list
 * @param edge    the field lists the relationships themselves ({@code Responsibility}: the edge's facts and
 *                both its ends) rather than the nodes at their far end
 */
record RelationField(String type, String field, List<Step> steps, String target, boolean single, boolean edge) {

    enum Direction { OUT, IN }

    /** One relationship type in one direction. */
    record Step(RelType relType, Direction direction) {
    }

    String qualifiedName() {
        return type + "." + field;
    }
}
