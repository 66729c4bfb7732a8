package org.seigraph.graph;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.seigraph.store.CypherRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The full texts of the documents in the graph, kept in memory (tens of KB) so that evidence sentences are
 * cut out without a round trip per answer. Cleared whenever a new bundle is loaded.
 */
@Component
public class DocumentTexts {

    private static final String TERMINATORS = "。；！？\n";

    private final CypherRunner cypher;
    private final AtomicReference<Map<String, String>> texts = new AtomicReference<>();

    public DocumentTexts(CypherRunner cypher) {
        this.cypher = cypher;
    }

    @EventListener
    void onGraphLoaded(GraphLoadedEvent event) {
        texts.set(null);
    }

    /** Curation changes other entities far more often than a document: the texts stay unless one was touched. */
    @EventListener
    void onGraphChanged(GraphChangedEvent event) {
        if (event.touches(GraphModel.Label.Document)) {
            texts.set(null);
        }
    }

    public Optional<String> text(String docId) {
        Map<String, String> all = texts.get();
        if (all == null) {
            all = cypher.read("MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text", Map.of())
                    .stream().collect(Collectors.toUnmodifiableMap(r -> (String) r.get("id"), r -> (String) r.get("text")));
            texts.set(all);
        }
        return Optional.ofNullable(all.get(docId));
    }

    /** The whole sentence(s) around [start, end): from after the previous terminator to the next one. */
    public Optional<String> sentence(String docId, long start, long end) {
        return text(docId).filter(t -> start >= 0 && end <= t.length() && start <= end).map(t -> {
            int from = (int) start;
            while (from > 0 && TERMINATORS.indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            int to = (int) Math.max(end, start + 1);
            while (to < t.length() && TERMINATORS.indexOf(t.charAt(to - 1)) < 0) {
                to++;
            }
            return t.substring(from, Math.min(to, t.length())).strip();
        });
    }
}
