package org.seigraph.entity;

import java.util.List;

/**
 * The plan of one level of a request: entities of a GraphQL type ({@code Entity} when several types can occur) and
 * the relation fields selected on them, each with the plan of the level below. A tree built from the selection
 * ({@link SelectionPlanner}), then rendered as Cypher ({@link CypherBuilder}) and read back ({@link PlanReader}).
 */
record EntityPlan(String type, List<FieldPlan> fields) {

    /** A level with no relation fields: its entities' properties only. */
    static EntityPlan leaf(String type) {
        return new EntityPlan(type, List.of());
    }
}
