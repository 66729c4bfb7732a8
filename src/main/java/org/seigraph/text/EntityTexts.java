package org.seigraph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.seigraph.graph.DocumentTexts;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Component;

/**
 * The texts of the graph's entities that retrieval understands: name, English name, aliases and the evidence
 * sentence, read page by page (a synthetic corpus has a million nodes).
 */
@Component
public class EntityTexts {

    /** The kinds whose texts are embedded: the topics a need or a search is about (places and bodies are found by name). */
    public static final Set<String> EMBEDDED_KINDS = Set.of("Domain", "Sector", "Subsector", "Industry", "Technology",
            "Project", "Measure", "Strategy", "CooperationSystem");
    static final int PAGE = 5_000;

    /** One text of one entity; {@code field} is name, nameEn, alias or evidence. */
    public record EntityText(String entityId, String kind, String field, String text) {
    }

    private final CypherRunner cypher;
    private final DocumentTexts documents;

    public EntityTexts(CypherRunner cypher, DocumentTexts documents) {
        this.cypher = cypher;
        this.documents = documents;
    }

    /** Every entity's names and aliases (all kinds: the segmenter's dictionary), page by page. */
    public void names(Consumer<List<String>> page) {
        String after = "";
        while (true) {
            List<Map<String, Object>> rows = cypher.read("""
                    MATCH (n:Entity) WHERE n.id > $after
                    RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY n.id LIMIT $page""",
                    Map.of("after", after, "page", PAGE));
            if (rows.isEmpty()) {
                return;
            }
            List<String> words = new ArrayList<>();
            for (Map<String, Object> r : rows) {
                if (r.get("name") instanceof String name) {
                    words.add(name);
                }
                if (r.get("aliases") instanceof List<?> aliases) {
                    aliases.forEach(a -> words.add(String.valueOf(a)));
                }
            }
            page.accept(words);
            after = (String) rows.get(rows.size() - 1).get("id");
        }
    }

    /** The texts of every entity of the embedded kinds, page by page. */
    public void texts(Consumer<List<EntityText>> page) {
        String after = "";
        while (true) {
            List<Map<String, Object>> rows = cypher.read("""
                    MATCH (n:Entity) WHERE n.id > $after AND any(l IN labels(n) WHERE l IN $kinds)
                    RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.name AS name, n.nameEn AS nameEn,
                           n.aliases AS aliases, n.doc AS doc, n.start AS start, n.end AS end
                    ORDER BY n.id LIMIT $page""",
                    Map.of("after", after, "kinds", List.copyOf(EMBEDDED_KINDS), "page", PAGE));
            if (rows.isEmpty()) {
                return;
            }
            page.accept(texts(rows));
            after = (String) rows.get(rows.size() - 1).get("id");
        }
    }

    /** The names and aliases of these entities only (what a curation change may have added to the dictionary). */
    public List<String> namesOf(Collection<String> ids) {
        List<String> words = new ArrayList<>();
        for (Map<String, Object> r : cypher.read("""
                MATCH (n:Entity) WHERE n.id IN $ids RETURN n.name AS name, n.aliases AS aliases""",
                Map.of("ids", List.copyOf(ids)))) {
            if (r.get("name") instanceof String name) {
                words.add(name);
            }
            if (r.get("aliases") instanceof List<?> aliases) {
                aliases.forEach(a -> words.add(String.valueOf(a)));
            }
        }
        return words;
    }

    /** The texts of these entities (those of the embedded kinds; others have none), in entity id order. */
    public List<EntityText> textsOf(Collection<String> ids) {
        return texts(cypher.read("""
                MATCH (n:Entity) WHERE n.id IN $ids AND any(l IN labels(n) WHERE l IN $kinds)
                RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind, n.name AS name, n.nameEn AS nameEn,
                       n.aliases AS aliases, n.doc AS doc, n.start AS start, n.end AS end
                ORDER BY n.id""", Map.of("ids", List.copyOf(ids), "kinds", List.copyOf(EMBEDDED_KINDS))));
    }

    private List<EntityText> texts(List<Map<String, Object>> rows) {
        List<EntityText> texts = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String id = (String) r.get("id");
            String kind = (String) r.get("kind");
            add(texts, id, kind, "name", r.get("name"));
            add(texts, id, kind, "nameEn", r.get("nameEn"));
            if (r.get("aliases") instanceof List<?> aliases) {
                aliases.forEach(a -> add(texts, id, kind, "alias", a));
            }
            if (r.get("doc") instanceof String doc && r.get("start") instanceof Number s && r.get("end") instanceof Number e) {
                documents.sentence(doc, s.longValue(), e.longValue()).ifPresent(t -> add(texts, id, kind, "evidence", t));
            }
        }
        return texts;
    }

    private static void add(List<EntityText> out, String id, String kind, String field, Object text) {
        if (text instanceof String s && !s.isBlank()) {
            out.add(new EntityText(id, kind, field, s.strip()));
        }
    }
}
