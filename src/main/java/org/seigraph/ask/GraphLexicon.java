package org.seigraph.ask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphChangedEvent;
import org.seigraph.graph.GraphLoadedEvent;
import org.seigraph.store.CypherRunner;
import org.seigraph.text.Synonyms;
import org.seigraph.text.TextSettings;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The {@link Lexicon} of the loaded graph, read once per graph (one query) and replaced when a graph is loaded
 * ({@link GraphLoadedEvent}), with the curated synonyms of the text feature ({@code import/curated/synonyms.csv});
 * also which Document is the plan itself (the one with sections). Sections and
 * targets are left out: sections are named like their measures, and targets are asked for by owner and metric.
 */
@Component
class GraphLexicon {

    /** The lexicon of one graph, and the id of the plan's own document. */
    record Snapshot(Lexicon lexicon, String planDocument) {
    }

    private final CypherRunner cypher;
    private final List<Lexicon.Synonym> synonyms;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private volatile Object generation = new Object();

    /** With the curated synonyms of {@code text} (unless {@code seigraph.text.synonyms=false}). */
    GraphLexicon(CypherRunner cypher, Synonyms synonyms, TextSettings settings) {
        this.cypher = cypher;
        this.synonyms = settings.synonyms() ? synonyms(synonyms.rows()) : List.of();
    }

    /** The rows of the curated synonyms as the lexicon's, each citing its line ({@code synonyms.csv:19}). */
    static List<Lexicon.Synonym> synonyms(List<Synonyms.Row> rows) {
        return rows.stream().map(r -> new Lexicon.Synonym(r.term(), r.target(), "synonyms.csv:" + r.line())).toList();
    }

    /** Names and aliases of every entity: read again, lazily, by the next question after a load or a change. */
    @EventListener({GraphLoadedEvent.class, GraphChangedEvent.class})
    void onGraphChanged() {
        generation = new Object();
        current.set(null);
    }

    Snapshot get() {
        Snapshot s = current.get();
        if (s == null) {
            Object readFor = generation;
            s = read();
            if (generation == readFor) {
                current.compareAndSet(null, s);
            }
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Snapshot read() {
        List<Lexicon.Entry> entries = new ArrayList<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        String plan = null;
        for (Map<String, Object> row : cypher.read("MATCH (n:Entity) WHERE NOT n:Section AND NOT n:Target "
                + "RETURN n.id AS id, " + EntityReader.kind("n") + " AS kind, n.name AS name, n.nameEn AS nameEn, "
                + "n.aliases AS aliases, n.category AS category, EXISTS { (n)-[:HAS_SECTION]->() } AS plan "
                + "ORDER BY n.id", Map.of())) {
            String id = (String) row.get("id");
            entries.add(new Lexicon.Entry(id, (String) row.get("kind"), (String) row.get("name"), (String) row.get("nameEn"),
                    (String) row.get("category")));
            if (row.get("aliases") instanceof List<?> a) {
                aliases.put(id, (List<String>) a);
            }
            if (Boolean.TRUE.equals(row.get("plan")) && plan == null) {
                plan = id;
            }
        }
        return new Snapshot(Lexicon.of(entries, aliases, synonyms), plan);
    }
}
