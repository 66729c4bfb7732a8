package org.seigraph.store;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one way the app reads the graph: parameterised Cypher in a read transaction with a timeout. Counts
 * the round trips it makes, which tests use to prove a request costs a constant number of queries.
 *
 * <p>Rows as maps ({@link #read(String, Map)}) come, with the embedded store, straight from the database in this
 * JVM through Neo4j's Java API, which skips the thread hand-offs and PackStream of Bolt on loopback (README,
 * "One request, one query"). Values are converted to what
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

    private static final Logger log = LoggerFactory.getLogger(CypherRunner.class);

    /** Neo4j's query cache keeps 1000 plans per database by default; track no more than that. */
    private static final int PLANS_TRACKED = 1000;
    /** A query planned ahead runs in the background, where no client waits: it may take longer than a request. */
    private static final java.time.Duration PLANNING_TIMEOUT = java.time.Duration.ofSeconds(60);

    private final Driver driver;
    private final TransactionConfig txConfig;
    private final long timeoutMillis;
    private final GraphDatabaseService local;
    private final AtomicLong queries = new AtomicLong();
    private final ThreadLocal<org.neo4j.driver.Transaction> scratch = new ThreadLocal<>();
    private final TransactionConfig scratchConfig;
    private StoreLiveness liveness;
    /** Query texts with their parameter types that this runner has run, so Neo4j holds their plans (bounded like its cache). */
    private final Set<String> planned = ConcurrentHashMap.newKeySet();
    private final Set<String> planning = ConcurrentHashMap.newKeySet();
    private final ExecutorService planner = Executors.newSingleThreadExecutor(BackgroundThreads.named("cypher-plan-ahead"));

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
            ran(cypher, params);
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
            List<T> rows = session.executeRead(tx -> tx.run(cypher, params).list(mapper), txConfig);
            ran(cypher, params);
            return rows;
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

    /**
     * True when this runner has run {@code cypher} with parameters of the same types, so that Neo4j has its plan
     * cached (a plan is cached per query text and parameter types).
     */
    public boolean planned(String cypher, Map<String, Object> params) {
        return planned.contains(planKey(cypher, params));
    }

    /**
     * Has Neo4j plan {@code cypher} on a background thread, by running it once with these parameters and
     * dropping the rows; {@link #planned} says when it is done. A query already planned or planning is not run again.
     */
    public void planAhead(String cypher, Map<String, Object> params) {
        String key = planKey(cypher, params);
        if (planned.contains(key) || !planning.add(key)) {
            return;
        }
        Map<String, Object> copy = new LinkedHashMap<>(params);
        try {
            planner.execute(() -> {
                try {
                    planNow(cypher, copy);
                } catch (RuntimeException e) {
                    // the request that asked was answered by the stand-in; the next one tries again
                    log.warn("Planning a query ahead failed: {}", e.getMessage());
                } finally {
                    planning.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            planning.remove(key);
        }
    }

    /** Runs {@code task} on the background thread that plans queries ahead ({@link #awaitPlanning} waits for it too). */
    public void inBackground(Runnable task) {
        try {
            planner.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.warn("A background planning task failed: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            // shutting down
        }
    }

    /** Has Neo4j plan {@code cypher} now, on this thread (a background one), unless this runner has run it already. */
    public void planNow(String cypher, Map<String, Object> params) {
        if (!planned(cypher, params)) {
            readPlanning(cypher, params);
        }
    }

    /** Runs a query once to have it planned, with time enough for a plan on a busy machine. */
    private void readPlanning(String cypher, Map<String, Object> params) {
        if (local == null) {
            try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
                session.executeRead(tx -> tx.run(cypher, params).consume(),
                        TransactionConfig.builder().withTimeout(PLANNING_TIMEOUT).build());
            }
        } else {
            try (Transaction tx = local.beginTx(PLANNING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                 Result result = tx.execute(cypher, params)) {
                result.accept(row -> true);
            }
        }
        ran(cypher, params);
    }

    /**
     * After a load has rewritten the graph: has Neo4j resample its indexes now and wait for it, then drop every cached
     * plan ({@code db.prepareForReplanning}), and forgets which queries this runner had planned. Neo4j samples an
     * index in the background some time after many updates; a plan made before that keeps the old statistics (an
     * index created on the empty store has a selectivity of 0), and Neo4j discards it as stale at its first use after
     * the sample, planning it again inside a request. With this, every plan made after a load uses its statistics.
     * The procedure needs an admin on an external server; without one, plans are left to go stale as before.
     */
    public void replanAfterLoad() {
        long started = System.nanoTime();
        try (Session session = driver.session()) {
            session.run("CALL db.prepareForReplanning()").consume();
            log.info("Indexes resampled and query plans dropped after the load in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not resample the indexes after the load (plans made before Neo4j samples them will be "
                    + "made again at their next use): {}", e.getMessage());
        }
        planned.clear();
    }

    /** Waits until the queries handed to {@link #planAhead} so far are planned (tests and benchmarks). */
    public void awaitPlanning() {
        try {
            planner.submit(() -> { }).get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Planning ahead did not finish", e);
        }
    }

    private void ran(String cypher, Map<String, Object> params) {
        if (planned.size() >= PLANS_TRACKED) {
            planned.clear();
        }
        planned.add(planKey(cypher, params));
    }

    /**
     * The query text with what Neo4j's plan cache keys a parameter by: its type, and for a string or a list its size
     * bucket (0, 1, then up to the next power of ten) and a list's element type. A map is only a map: pass a batch of
     * ids as {@code {ids: [...]}} and every batch size shares one plan.
     */
    private static String planKey(String cypher, Map<String, Object> params) {
        StringBuilder key = new StringBuilder(cypher.length() + 16 * params.size()).append(cypher);
        new TreeMap<>(params).forEach((name, value) -> key.append('\n').append(name).append(':').append(parameterType(value)));
        return key.toString();
    }

    private static String parameterType(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence text) {
            return "String/" + sizeBucket(text.length());
        }
        if (value instanceof List<?> list) {
            Set<String> elements = new java.util.TreeSet<>();
            list.forEach(e -> elements.add(e == null ? "null" : e.getClass().getSimpleName()));
            return "List" + elements + "/" + sizeBucket(list.size());
        }
        return value instanceof Map<?, ?> ? "Map" : value.getClass().getSimpleName();
    }

    private static long sizeBucket(int size) {
        return size <= 1 ? size : (long) Math.pow(10, Math.ceil(Math.log10(size)));
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
