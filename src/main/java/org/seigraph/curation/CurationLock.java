package org.seigraph.curation;

import java.util.List;
import java.util.Map;

import org.seigraph.store.TxCypher;

/**
 * The one lock every writer of curated facts takes first, in its own transaction: approvals, rejections, revisions,
 * the re-application after a bundle load, and history reads (which write and roll back). It is a write to the one
 * {@code (:CurationLock {key: 'curation'})} node (unique by constraint, so the first MERGE cannot make two, and never
 * a {@code GraphMeta}, which says which bundle the store holds). Taken first by all, it
 * serialises them without deadlocks, and a writer that holds it reads the latest committed state. It also counts:
 * each holder gets the next serial number, the order in which approved changes were applied.
 */
final class CurationLock {

    record Held(long serial, String bundleHash) {
    }

    /** Takes the lock; the statement goes on with {@code serial} and {@code hash} (the loaded bundle's) in scope. */
    static final String TAKE = "MERGE (m:CurationLock {key: 'curation'}) SET m.serial = coalesce(m.serial, 0) + 1 "
            + "WITH m OPTIONAL MATCH (b:GraphMeta {key: 'bundle'}) WITH m.serial AS serial, b.hash AS hash ";

    static Held take(TxCypher tx) {
        List<Map<String, Object>> rows = tx.run(TAKE + "RETURN serial, hash", Map.of());
        Map<String, Object> row = rows.get(0);
        return new Held(((Number) row.get("serial")).longValue(), (String) row.get("hash"));
    }

    private CurationLock() {
    }
}
