package org.seigraph.store;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the graph database answers, known without waiting for it. A background probe (a one-row query over the
 * real driver) runs every {@code probe-up} while the store is up and every {@code probe-down} while it is down; a
 * connection failure seen by any request probes straight away, and two failed probes in a row mark it down (one
 * failed connection on a busy machine is not an outage). While it is down, every
 * new session fails at once with {@link ServiceUnavailableException} (so clients get UNAVAILABLE in milliseconds
 * instead of waiting for connection and retry timeouts), and the first successful probe brings it back: the app
 * resumes by itself when the server returns. Health reports the same state with the reason.
 */
public final class StoreLiveness implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreLiveness.class);
    static final String PROBE = "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' "
            + "RETURN edition, versions[0] AS version";

    /**
     * @param probeUp    probe period while the store answers
     * @param probeDown  probe period while it does not (how soon service resumes)
     * @param probeTimeout server-side timeout of the probe query
     */
    @ConfigurationProperties("seigraph.store.liveness")
    public record Settings(Duration probeUp, Duration probeDown, Duration probeTimeout) {
        public Settings {
            probeUp = probeUp == null ? Duration.ofSeconds(1) : probeUp;
            probeDown = probeDown == null ? Duration.ofMillis(250) : probeDown;
            probeTimeout = probeTimeout == null ? Duration.ofSeconds(2) : probeTimeout;
        }
    }

    /** What the last probe or failure said. */
    public record State(boolean up, String reason, Instant since, String edition, String version) {
    }

    private final Settings settings;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "store-liveness");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean probing = new AtomicBoolean();
    /** The last probe could not reach the store; one more failure marks it down. */
    private volatile boolean suspect;
    private volatile State state = new State(true, null, Instant.now(), null, null);
    private volatile Driver driver;

    public StoreLiveness(Settings settings) {
        this.settings = settings;
    }

    /** Starts probing through {@code rawDriver} (the driver itself, not the gated one the app uses). */
    void watch(Driver rawDriver) {
        this.driver = rawDriver;
        prober.schedule(this::probeAndReschedule, settings.probeUp().toMillis(), TimeUnit.MILLISECONDS);
    }

    public State state() {
        return state;
    }

    public boolean up() {
        return state.up();
    }

    /** Fails at once while the store is known to be down. */
    public void require() {
        State s = state;
        if (!s.up()) {
            throw new ServiceUnavailableException("The graph database is unavailable (" + s.reason() + ")");
        }
    }

    /** A request saw {@code failure}; if it says the store cannot be reached, probe now (the probe decides). */
    public void observed(Throwable failure) {
        if (isConnectivity(failure) && state.up()) {
            prober.execute(this::probeOnce);
        }
    }

    static boolean isConnectivity(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private void probeAndReschedule() {
        try {
            probeOnce();
        } finally {
            Duration next = state.up() ? settings.probeUp() : settings.probeDown();
            if (!prober.isShutdown()) {
                prober.schedule(this::probeAndReschedule, next.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    /** One probe; concurrent callers skip (one probe at a time is enough). */
    void probeOnce() {
        Driver d = driver;
        if (d == null || !probing.compareAndSet(false, true)) {
            return;
        }
        try (Session session = d.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var row = session.run(PROBE, TransactionConfig.builder().withTimeout(settings.probeTimeout()).build()).single();
            if (!state.up()) {
                log.info("The graph database answers again: service resumes");
            }
            state = new State(true, null, state.up() ? state.since() : Instant.now(), row.get("edition").asString(null),
                    row.get("version").asString(null));
            suspect = false;
        } catch (RuntimeException e) {
            // a slow answer on a busy machine is not an outage: only "cannot reach it" and "database unavailable" count,
            // and only twice in a row (one failed connection can be a hiccup; a stopped server fails every time)
            boolean outage = isConnectivity(e) || String.valueOf(e.getMessage()).contains("DatabaseUnavailable")
                    || e instanceof org.neo4j.driver.exceptions.TransientException t && String.valueOf(t.code()).contains("DatabaseUnavailable");
            if (state.up() && outage && suspect) {
                markDown(e);
            } else if (state.up() && outage) {
                suspect = true;
                prober.schedule(this::probeOnce, settings.probeDown().toMillis(), TimeUnit.MILLISECONDS);
            } else if (state.up()) {
                log.debug("Liveness probe failed without an outage: {}", e.toString());
            }
        } finally {
            probing.set(false);
        }
    }

    private void markDown(Throwable failure) {
        String reason = failure.getClass().getSimpleName() + ": " + String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        log.warn("The graph database is unavailable ({}); requests answer UNAVAILABLE until a probe succeeds", reason);
        state = new State(false, reason, Instant.now(), null, null);
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
    }
}
