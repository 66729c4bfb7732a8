package org.seigraph.ingest;

import org.seigraph.store.TxCypher;

/**
 * Work that must commit together with a bundle load, in its one write transaction, e.g. the curation changes
 * re-applied on top of the freshly loaded graph: a load and its participants are stored whole or not at all.
 */
public interface LoadParticipant {

    /** First thing in the load's transaction (e.g. take a lock other writers take first too, so none deadlock). */
    default void beforeLoad(TxCypher tx) {
    }

    /** Last thing in the load's transaction: the graph is the bundle's now. */
    void afterLoad(TxCypher tx, GraphBundle bundle);
}
