package org.seigraph.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way the app reads the graph: parameterised Cypher in a read transaction with a timeout. Counts
 * the round trips it makes, which tests use to prove a request costs a constant number of queries.
 *
 * <p>Rows as maps ({@link #read(String, Map)}) come, with the embedded store, straight from the database in this
 * JVM through Neo4j's Java API: measured on this machine, a one-node lookup costs 0.04 ms in-process against
 * 1.1 ms over Bolt on loopback (four thread hand-offs and PackStream both ways). Values are converted to what
 * the driver's {@code Record.asMap()} gives (lists for arrays, maps, longs, doubles), and graph entities are
 * refused, so callers cannot tell the two paths apart ({@code CypherRunnerPathsTest} proves it). Readers that
 * map driver records, an external store, and {@code seigraph.store.in-process-reads=false} use the driver.
 * The app's own queries are fixed read-only Cypher; user Cypher never comes here (see {@code ReadOnlyCypher}).
 *
 * <p>{@link #scratch} runs a thread's reads inside one transaction that first made changes it never commits: how a
 * history read ({@code asOf}) sees the graph with later curation changes taken back.
 */
@Component
public class CypherRunner {

    private final Driver driver;
    private final TransactionConfig txConfig;
    private final long timeoutMillis;
    private final GraphDatabaseService local;
    private final AtomicLong queries = new AtomicLong();
    private final ThreadLocal<org.neo4j.driver.Transaction> scratch = new ThreadLocal<>();
    private final TransactionConfig scratchConfig;
    private StoreLiveness liveness;

    /** Every read over the driver. */
    public CypherRunner(Driver driver, GraphStoreProperties props) {
        this(driver, props, (GraphDatabaseService) null);
    }

    @Autowired
    public CypherRunner(Driver driver, GraphStoreProperties props, ObjectProvider<EmbeddedNeo4j> embedded) {
        this(driver, props, props.inProcessReads() && embedded.getIfAvailable() != null
                ? embedded.getObject().managementService().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME) : null);
    }

    private CypherRunner(Driver driver, GraphStoreProperties props, GraphDatabaseService local) {
        this.driver = driver;
        this.txConfig = TransactionConfig.builder().withTimeout(props.queryTimeout()).build();
        this.timeoutMillis = props.queryTimeout().toMillis();
        this.local = local;
        // a scratch transaction first takes changes back, then serves a whole request's reads
        this.scratchConfig = TransactionConfig.builder().withTimeout(props.queryTimeout().multipliedBy(4)).build();
    }

    @Autowired(required = false)
    void setLiveness(StoreLiveness liveness) {
        this.liveness = liveness;
    }

    /** Runs a read query; each record becomes a map of its columns (values only: no nodes, relationships or paths). */
    public List<Map<String, Object>> read(String cypher, Map<String, Object> params) {
        if (local == null || scratch.get() != null) {
            return read(cypher, params, Record::asMap);
        }
        queries.incrementAndGet();
        requireLive();
        try (Transaction tx = local.beginTx(timeoutMillis, TimeUnit.MILLISECONDS); Result result = tx.execute(cypher, params)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            result.forEachRemaining(row -> rows.add(mapOf(row)));
            return rows;
        }
    }

    public <T> List<T> read(String cypher, Map<String, Object> params, Function<Record, T> mapper) {
        queries.incrementAndGet();
        org.neo4j.driver.Transaction open = scratch.get();
        if (open != null) {
            return open.run(cypher, params).list(mapper);
        }
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher, params).list(mapper), txConfig);
        }
    }

    /**
     * Runs {@code reads} (any reads of this runner on this thread) inside one write transaction that {@code setup}
     * changes first and that is always rolled back: nothing of it is ever seen by anyone else or stored.
     */
    public <T> T scratch(Consumer<TxCypher> setup, Supplier<T> reads) {
        if (scratch.get() != null) {
            throw new IllegalStateException("A scratch transaction is already open on this thread");
        }
        queries.incrementAndGet();
        try (Session session = driver.session(); org.neo4j.driver.Transaction tx = session.beginTransaction(scratchConfig)) {
            setup.accept(TxCypher.of(tx));
            scratch.set(tx);
            try {
                return reads.get();
            } finally {
                scratch.remove();
                tx.rollback();
            }
        }
    }

    /** True inside {@link #scratch} on this thread. */
    public boolean inScratch() {
        return scratch.get() != null;
    }

    private void requireLive() {
        if (liveness != null) {
            liveness.require();
        }
    }

    /** True when map reads run in-process on the embedded database. */
    public boolean inProcess() {
        return local != null;
    }

    /** Round trips made so far (monotonic; compare before and after). */
    public long queriesRun() {
        return queries.get();
    }

    private static Map<String, Object> mapOf(Map<String, Object> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, value(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        if (v instanceof Map<?, ?> map) {
            return mapOf((Map<String, Object>) map);
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(e -> out.add(value(e)));
            return out;
        }
        if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(value(Array.get(v, i)));
            }
            return out;
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof Entity || v instanceof Path) {
            throw new IllegalStateException("Map reads return values; project nodes and relationships into maps");
        }
        return v;
    }
}
