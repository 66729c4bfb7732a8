package org.seigraph.curation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.seigraph.graph.GraphHistory;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * {@code asOf}: the graph as it stood at a moment is the graph now with every change approved after that moment
 * taken back, newest first, from the writes each application recorded ({@link Effects}). The reads then run in
 * that same transaction, which is rolled back: nothing is stored and nobody else sees it. When no change was
 * approved after the moment, the reads run as usual.
 * <p>
 * The base is the bundle loaded now: a moment before the last bundle load is answered with today's bundle and the
 * curation history on top of it (the bundle's own history is the repository's).
 */
@Component
class CurationHistory implements GraphHistory {

    private static final String LATER = "MATCH (c:ChangeRequest {status: 'APPROVED'}) WHERE c.applied AND c.reviewedAt > $at ";

    private final CypherRunner cypher;

    CurationHistory(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @Override
    public <T> T asOf(OffsetDateTime at, Supplier<T> reads) {
        if (at == null || cypher.inScratch()) {
            return reads.get();
        }
        Map<String, Object> params = Map.of("at", at);
        if (((Number) cypher.read(LATER + "RETURN count(c) AS n", params).get(0).get("n")).longValue() == 0) {
            return reads.get();
        }
        return cypher.scratch(tx -> {
            // the same lock approvals take: no change lands between the list read here and the reads
            CurationLock.take(tx);
            List<Map<String, Object>> later = tx.run(LATER + "RETURN c.effects AS effects ORDER BY c.appliedSerial DESC", params);
            // in a few batched writes, not one round trip per write: a long history is taken back in one go
            Effects.undoAll(later.stream().map(row -> Json.list((String) row.get("effects"))).toList(), tx);
        }, reads);
    }
}
