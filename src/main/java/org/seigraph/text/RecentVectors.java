package org.seigraph.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The vectors of the texts embedded most recently, at most {@code capacity} of them, least recently used out first.
 * One request of the map page embeds the same need twice (park fit and its resolution), and people ask the same
 * needs again; a text seen before then costs a lookup instead of a run of the model. A vector depends on nothing but
 * its text, so a cached one is never stale.
 */
final class RecentVectors {

    private final int capacity;
    private final Map<String, float[]> vectors;

    RecentVectors(int capacity) {
        this.capacity = capacity;
        this.vectors = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > RecentVectors.this.capacity;
            }
        };
    }

    /** The text's vector: the one kept, or {@code embed}'s (then kept); a copy, so no caller can change the kept one. */
    float[] get(String text, Function<String, float[]> embed) {
        float[] known;
        synchronized (vectors) {
            known = vectors.get(text);
        }
        if (known == null) {
            // embedded outside the lock: two threads may embed one new text at once, which costs only time
            known = embed.apply(text);
            synchronized (vectors) {
                vectors.put(text, known);
            }
        }
        return known.clone();
    }

    int size() {
        synchronized (vectors) {
            return vectors.size();
        }
    }
}
