package org.seigraph.graph;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

/**
 * Reads of the graph as it stood at a past moment ({@code asOf} on the lookups). The graph's history is the
 * curation log: what the graph said at {@code at} is the graph now with every change applied after {@code at}
 * taken back. Lookups wrap their reads in {@link #asOf}; a null moment means now and costs nothing.
 */
public interface GraphHistory {

    <T> T asOf(OffsetDateTime at, Supplier<T> reads);

    /** No history: every read sees the graph now (an app without curation). */
    GraphHistory NONE = new GraphHistory() {
        @Override
        public <T> T asOf(OffsetDateTime at, Supplier<T> reads) {
            return reads.get();
        }
    };
}
