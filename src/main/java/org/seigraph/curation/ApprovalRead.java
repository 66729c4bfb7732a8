package org.seigraph.curation;

import java.util.List;
import java.util.Map;

import org.seigraph.graph.GraphModel;
import org.seigraph.store.TxCypher;
import org.seigraph.web.ApiException;

/**
 * Everything an approval reads before it writes, in one statement (one round trip instead of one per read): the
 * curation lock (taken by the first request of a transaction, {@link CurationLock}), the change request, and what
 * the graph holds now about the nodes and the relationship it names (a {@link GraphState} snapshot).
 */
final class ApprovalRead {

    record Read(CurationLock.Held lock, ChangeRequest request, GraphState graph) {
    }

    private static final String E = GraphModel.ENTITY;

    /**
     * Prefix of an approval's statements: Neo4j keeps the plan it has even when the statistics it was made with
     * drift (without it, the first approval after the number of requests or nodes moved on plans its statements
     * again, inside the request). They find everything by unique ids, which no statistics change.
     */
    static final String KEEP_PLAN = "CYPHER replan=skip ";

    private static final String NO_LOCK = "WITH null AS serial, null AS hash ";

    private static final String REQUEST = "OPTIONAL MATCH (c:ChangeRequest {id: $id}) "
            + "WITH serial, hash, c, [x IN [c.entity, c.fromId, c.toId] WHERE x IS NOT NULL] AS ids "
            + "OPTIONAL MATCH (n:" + E + ") WHERE n.id IN ids "
            + "WITH serial, hash, c, ids, collect(CASE WHEN n IS NULL THEN null ELSE {id: n.id, "
            + "label: [l IN labels(n) WHERE l <> '" + E + "'][0], props: properties(n)} END) AS nodes "
            + "OPTIONAL MATCH (:" + E + " {id: c.fromId})-[r]->(:" + E + " {id: c.toId}) WHERE type(r) = c.relType "
            + "RETURN serial, hash, properties(c) AS c, ids, nodes, collect(properties(r)) AS rels";

    private ApprovalRead() {
    }

    /** The statement of {@link #read}: with the lock (the first request of a transaction) or without. */
    static String statement(boolean takeLock) {
        return KEEP_PLAN + (takeLock ? CurationLock.TAKE : NO_LOCK) + REQUEST;
    }

    /**
     * Reads request {@code id} (NOT_FOUND if there is none) and the graph around it; takes the lock first when
     * {@code held} is null, else keeps {@code held}.
     */
    @SuppressWarnings("unchecked")
    static Read read(TxCypher tx, String id, CurationLock.Held held) {
        Map<String, Object> row = tx.run(statement(held == null), Map.of("id", id)).get(0);
        CurationLock.Held lock = held != null ? held
                : new CurationLock.Held(((Number) row.get("serial")).longValue(), (String) row.get("hash"));
        if (row.get("c") == null) {
            throw ApiException.notFound("change request", id);
        }
        ChangeRequest c = ChangeRows.from((Map<String, Object>) row.get("c"));
        GraphState graph = GraphState.snapshot(tx, (List<String>) row.get("ids"), (List<Map<String, Object>>) row.get("nodes"),
                c.getRelType(), c.getFromId(), c.getToId(), (List<Map<String, Object>>) row.get("rels"));
        return new Read(lock, c, graph);
    }
}
