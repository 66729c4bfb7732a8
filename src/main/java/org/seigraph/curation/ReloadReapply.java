package org.seigraph.curation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.LoadParticipant;
import org.seigraph.store.TxCypher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps approved changes across bundle loads (admin reload, or a changed bundle at start-up): a load replaces the
 * graph with the bundle, then, in the same transaction, every approved change is checked against the new graph and
 * applied again in the order it was first applied. What the check finds is written on the request:
 * <ul>
 *   <li>the fact is as the change was made against: applied again;</li>
 *   <li>the bundle already holds what the change makes (a maintainer folded the exported change in): in bundle,
 *       only its provenance written;</li>
 *   <li>the bundle removed or changed the fact: not applied, flagged {@code needsReview} with the reason, kept.</li>
 * </ul>
 * A flagged change that a later bundle makes applicable again is applied again and unflagged.
 */
@Component
class ReloadReapply implements LoadParticipant {

    private static final Logger log = LoggerFactory.getLogger(ReloadReapply.class);

    @Override
    public void beforeLoad(TxCypher tx) {
        CurationLock.take(tx);
    }

    @Override
    public void afterLoad(TxCypher tx, GraphBundle bundle) {
        List<Map<String, Object>> rows = tx.run("MATCH (c:ChangeRequest {status: 'APPROVED'}) RETURN properties(c) AS c "
                + "ORDER BY c.appliedSerial, c.reviewedAt, c.id", Map.of());
        if (rows.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int applied = 0;
        int inBundle = 0;
        int flagged = 0;
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            ChangeRequest c = ChangeRows.from((Map<String, Object>) row.get("c"));
            ChangeApplier.Outcome outcome = ChangeApplier.apply(c, new ChangeApplier.Approval(c.getReviewer(), c.getReviewedAt()), tx);
            Map<String, Object> set = new LinkedHashMap<>();
            switch (outcome.result()) {
                case APPLIED, IN_BASE -> {
                    set.put("applied", true);
                    set.put("inBundle", outcome.result() == ChangeApplier.Result.IN_BASE);
                    set.put("effects", Json.write(outcome.effects()));
                    set.put("needsReview", false);
                    set.put("reviewReason", null);
                    set.put("flaggedAt", null);
                    if (outcome.result() == ChangeApplier.Result.APPLIED) {
                        applied++;
                    } else {
                        inBundle++;
                    }
                }
                case STALE -> {
                    set.put("applied", false);
                    set.put("inBundle", false);
                    set.put("effects", Json.write(List.of()));
                    set.put("needsReview", true);
                    set.put("reviewReason", "After loading bundle " + bundle.hash().substring(0, 12) + ": " + outcome.reason());
                    if (!c.isNeedsReview()) {
                        set.put("flaggedAt", Instant.now().atOffset(ZoneOffset.UTC));
                    }
                    flagged++;
                }
            }
            // the version moves on, so a reviewer who saw the request before the load gets CONFLICT, not a silent change
            tx.run("MATCH (c:ChangeRequest {id: $id}) SET c += $set, c.version = c.version + 1", Map.of("id", c.getId(), "set", set));
        }
        log.info("Curation after the load: {} approved change(s) applied again, {} already in the bundle, {} need review "
                + "({} ms)", applied, inBundle, flagged, (System.nanoTime() - started) / 1_000_000);
    }
}
