package org.seigraph.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.seigraph.web.ApiException;
import org.seigraph.graph.EntityReader;
import org.seigraph.graph.GraphModel;
import org.seigraph.store.CypherRunner;
import org.springframework.stereotype.Service;

/**
 * Full-text search over names, aliases and English names (Neo4j's CJK analyzer), with exact and prefix
 * matches ranked above the rest. User text is escaped, never parsed as Lucene syntax.
 */
@Service
public class SearchService {

    public static final int MAX_TEXT = 200;
    private static final int CANDIDATES = 200;

    private final CypherRunner cypher;
    private final EntityReader entities;

    public SearchService(CypherRunner cypher, EntityReader entities) {
        this.cypher = cypher;
        this.entities = entities;
    }

    public record Hit(Map<String, Object> entity, double score, String matchedBy) {
    }

    public List<Hit> search(String text, List<String> kinds, int first) {
        if (text == null) {
            throw ApiException.badRequest("'text' is required");
        }
        if (text.length() > MAX_TEXT) {
            throw ApiException.limit("Search text is " + text.length() + " characters, above the limit of " + MAX_TEXT);
        }
        List<String> kindFilter = kinds == null ? List.of() : kinds;
        for (String kind : kindFilter) {
            if (!GraphModel.LABEL_NAMES.contains(kind)) {
                throw ApiException.badRequest("Unknown kind '" + kind + "'; known kinds: " + GraphModel.LABEL_NAMES);
            }
        }
        String query = LuceneText.escape(text);
        if (query.isEmpty() || first == 0) {
            return List.of();
        }
        List<Map<String, Object>> rows = cypher.read(
                "CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $candidates}) YIELD node AS n, score "
                        + "WITH n, score, " + EntityReader.kind("n") + " AS kind "
                        + "WHERE size($kinds) = 0 OR kind IN $kinds "
                        + "RETURN " + EntityReader.PROJECTION + " AS n, score",
                Map.of("query", query, "kinds", kindFilter, "candidates", CANDIDATES));
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> entity = entities.entity(row.get("n"));
            double lucene = ((Number) row.get("score")).doubleValue();
            String matchedBy = matchKind(entity, needle);
            // exact names first, then prefixes, then containment, then Lucene's own relevance
            double boost = switch (matchedBy) {
                case "exact" -> 3;
                case "prefix" -> 2;
                case "contains" -> 1;
                default -> 0;
            };
            hits.add(new Hit(entity, boost + lucene / (1 + lucene), matchedBy));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed()
                .thenComparing(h -> ((String) h.entity().get("name")).length())
                .thenComparing(h -> (String) h.entity().get("id")));
        return hits.subList(0, Math.min(first, hits.size()));
    }

    @SuppressWarnings("unchecked")
    private static String matchKind(Map<String, Object> entity, String needle) {
        List<String> names = new ArrayList<>();
        names.add((String) entity.get("name"));
        if (entity.get("nameEn") instanceof String en) {
            names.add(en);
        }
        names.addAll((List<String>) entity.getOrDefault("aliases", List.of()));
        String best = "fulltext";
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.equals(needle)) {
                return "exact";
            }
            if (n.startsWith(needle)) {
                best = "prefix";
            } else if (n.contains(needle) && !best.equals("prefix")) {
                best = "contains";
            }
        }
        return best;
    }

    static Map<String, Object> asGraphQl(Hit hit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entity", hit.entity());
        out.put("score", hit.score());
        out.put("matchedBy", hit.matchedBy());
        return out;
    }
}
