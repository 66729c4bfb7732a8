package org.seigraph.graph;

import java.util.Set;

/**
 * Published after a committed change to a few entities of the loaded graph (an approved curation change), naming
 * the entities it touched: the node changed, added or retired, or both ends of a relationship added, changed or
 * retired. Caches keyed by entity drop those entries only; caches built from the whole graph start afresh, lazily.
 * A whole new graph is {@link GraphLoadedEvent} instead.
 */
public record GraphChangedEvent(Set<String> entityIds) {

    public GraphChangedEvent {
        entityIds = Set.copyOf(entityIds);
    }

    /** True when one of the changed entities has this label (ids start with its {@link GraphModel.Label#idPrefix()}). */
    public boolean touches(GraphModel.Label label) {
        return entityIds.stream().anyMatch(id -> id.startsWith(label.idPrefix()));
    }
}
