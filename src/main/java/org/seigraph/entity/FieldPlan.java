package org.seigraph.entity;

/**
 * A relation field compiled into its entity: which field, where its value goes in the entity map ({@link #mapKey},
 * as the DataFetchers look it up), and whether it applies only to entities of its own type at a level where
 * entities of other types can occur ({@link #guarded}).
 */
sealed interface FieldPlan {

    RelationField relation();

    String mapKey();

    boolean guarded();

    /** The entities at the far end of the relationships, with their own plan. */
    record Nodes(RelationField relation, String mapKey, boolean guarded, EntityPlan target) implements FieldPlan {
    }

    /**
     * The relationships themselves ({@code Responsibility}): their facts and, when selected, their start and end
     * nodes (null when not selected); one of the two ends is the entity that owns the field.
     */
    record Edges(RelationField relation, String mapKey, boolean guarded, EntityPlan start, EntityPlan end) implements FieldPlan {
    }
}
