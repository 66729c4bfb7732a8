package org.seigraph.store;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Cypher inside a transaction someone else opened and will commit or roll back: a load, a curation apply, a
 * scratch transaction for a history read. Rows come back as the driver's {@code Record.asMap()} gives them.
 */
@FunctionalInterface
public interface TxCypher {

    List<Map<String, Object>> run(String cypher, Map<String, Object> params);

    /** Over a driver transaction (managed or explicit). */
    static TxCypher of(SimpleQueryRunner tx) {
        return (cypher, params) -> tx.run(cypher, params).list(Record::asMap);
    }
}
