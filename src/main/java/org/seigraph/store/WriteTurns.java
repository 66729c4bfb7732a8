package org.seigraph.store;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Writes a client waits for go before background writes. A request's write runs inside {@link #foreground}; a
 * background writer (the text index bringing vectors up to date after curation changes) calls {@link #awaitQuiet}
 * before each of its transactions, which waits while a foreground write is in flight. Two transactions that commit
 * at once share Neo4j's index-update work: the second waits until the first's index updates (a vector index's
 * included) are applied, and a request should not wait for a background writer's. The wait is bounded, so a
 * steady stream of requests delays background work but never stops it.
 */
@Component
public class WriteTurns {

    private final Object monitor = new Object();
    private int inFlight;

    /** Runs a write a client waits for; background writers wait until it is done. */
    public <T> T foreground(Supplier<T> write) {
        synchronized (monitor) {
            inFlight++;
        }
        try {
            return write.get();
        } finally {
            synchronized (monitor) {
                if (--inFlight == 0) {
                    monitor.notifyAll();
                }
            }
        }
    }

    /** Waits until no foreground write is in flight, at most {@code max}; true when none is. */
    public boolean awaitQuiet(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (monitor) {
            while (inFlight > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }
}
