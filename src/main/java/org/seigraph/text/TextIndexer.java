package org.seigraph.text;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps what retrieval knows of the graph in line with it, in the background so that start-up and reloads do not
 * wait: the segmenter's user dictionary (every name and alias, and the synonym terms) and the text vectors. Runs once
 * the app is ready and again after every load ({@link GraphLoadedEvent}); until a run has finished, retrieval works
 * without vectors and says so. A curation change ({@link GraphChangedEvent}) brings up to date the entities it
 * touched only.
 */
@Component
public class TextIndexer {

    private static final Logger log = LoggerFactory.getLogger(TextIndexer.class);

    private final Segmenter segmenter;
    private final Synonyms synonyms;
    private final EntityTexts texts;
    private final TextVectors vectors;
    private final TextSettings settings;
    /** A run for changes waits until no change came for this long ... */
    static final Duration SETTLE = Duration.ofMillis(500);
    /** ... or until the first change it gathers waited this long. */
    static final Duration MAX_WAIT = Duration.ofSeconds(3);

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(BackgroundThreads.named("text-indexer"));
    private volatile boolean started;
    /** Entities changed since the last run for changes; {@link #draining} is true while a run is queued. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    /** When the run now queued got its first change, and the latest change since (System.nanoTime). */
    private volatile long firstChange;
    private volatile long lastChange;
    private volatile CompletableFuture<Void> current = new CompletableFuture<>();

    public TextIndexer(Segmenter segmenter, Synonyms synonyms, EntityTexts texts, TextVectors vectors,
                       TextSettings settings) {
        this.segmenter = segmenter;
        this.synonyms = synonyms;
        this.texts = texts;
        this.vectors = vectors;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        started = true;
        segmenter.preload();
        submit();
    }

    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        if (started) {
            current = new CompletableFuture<>();
            submit();
        }
    }

    /**
     * A curation change: the dictionary and vectors of the entities it touched only, in the background, once the
     * changes settle ({@link #SETTLE}, at most {@link #MAX_WAIT} after the first): a reviewer approving a list one
     * by one gets one run for all of them, which does not compete for the CPU and the transaction log with the
     * approvals themselves. Changes that arrive while a run waits or runs are gathered into the next, so a run is as
     * large as the entities changed meanwhile, never a pass over the whole graph. The graph and every read of it
     * show the change at once; only similarity by meaning and the segmenter's new words follow a moment later.
     */
    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        if (!started) {
            return;
        }
        pending.addAll(event.entityIds());
        long now = System.nanoTime();
        lastChange = now;
        if (draining.compareAndSet(false, true)) {
            firstChange = now;
            worker.schedule(this::drainWhenSettled, SETTLE.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void drainWhenSettled() {
        long now = System.nanoTime();
        long settleLeft = lastChange + SETTLE.toNanos() - now;
        long waitLeft = firstChange + MAX_WAIT.toNanos() - now;
        if (settleLeft > 0 && waitLeft > 0) {
            worker.schedule(this::drainWhenSettled, Math.min(settleLeft, waitLeft), TimeUnit.NANOSECONDS);
            return;
        }
        drain();
    }

    private void drain() {
        draining.set(false);
        Set<String> ids = new HashSet<>();
        for (java.util.Iterator<String> it = pending.iterator(); it.hasNext(); ) {
            ids.add(it.next());
            it.remove();
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            segmenter.addWords(texts.namesOf(ids));
            if (settings.vectors()) {
                vectors.update(texts, ids);
            }
        } catch (RuntimeException e) {
            log.warn("Text index not brought up to date for {} changed entities: {}", ids.size(), e.getMessage());
        }
    }

    private void submit() {
        CompletableFuture<Void> done = current;
        worker.execute(() -> {
            try {
                segmenter.addWords(synonyms.terms());
                texts.names(segmenter::addWords);
                if (settings.vectors()) {
                    vectors.refresh(texts);
                }
                done.complete(null);
            } catch (RuntimeException e) {
                log.warn("Text index not brought up to date: {}", e.getMessage());
                done.completeExceptionally(e);
            }
        });
    }

    /** True once the dictionary and vectors of the current graph are in place. */
    public boolean ready() {
        return current.isDone() && !current.isCompletedExceptionally();
    }

    /** Waits until {@link #ready()} (tests, benchmarks); false on timeout or failure. */
    public boolean awaitReady(Duration timeout) {
        try {
            current.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
