package org.seigraph.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * The one way the app reads the graph: parameterised Cypher in a READ transaction with a timeout. Counts
 * the round trips it makes, which tests use to prove a request costs a constant number of queries.
 */
@Component
public class CypherRunner {

    private final Driver driver;
    private final TransactionConfig txConfig;
    private final AtomicLong queries = new AtomicLong();

    public CypherRunner(Driver driver, GraphStoreProperties props) {
        this.driver = driver;
        this.txConfig = TransactionConfig.builder().withTimeout(props.queryTimeout()).build();
    }

    /** Runs a read query; each record becomes a map of its columns. */
    public List<Map<String, Object>> read(String cypher, Map<String, Object> params) {
        return read(cypher, params, Record::asMap);
    }

    public <T> List<T> read(String cypher, Map<String, Object> params, java.util.function.Function<Record, T> mapper) {
        queries.incrementAndGet();
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher, params).list(mapper), txConfig);
        }
    }

    /** Round trips made so far (monotonic; compare before and after). */
    public long queriesRun() {
        return queries.get();
    }
}
