package org.seigraph.lookup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.seigraph.graph.GraphModel;
import org.seigraph.text.Reason;
import org.seigraph.text.Retriever;
import org.seigraph.text.Stages;
import org.seigraph.web.ApiException;
import org.springframework.stereotype.Service;

/**
 * {@code search}: the retrieval service ({@link Retriever}) over every kind — the text's words (segmented) in the
 * full-text index over names, aliases and English names, the curated synonyms, and, when words find nothing better
 * than loose full text, semantic similarity — fused by reciprocal rank, with a name equal to the whole text first.
 * Every hit says why. User text is escaped, never parsed as Lucene syntax.
 */
@Service
public class SearchService {

    public static final int MAX_TEXT = 200;

    private final Retriever retriever;

    public SearchService(Retriever retriever) {
        this.retriever = retriever;
    }

    public record Hit(Map<String, Object> entity, double score, String matchedBy, List<Reason> why) {
    }

    public List<Hit> search(String text, List<String> kinds, int first) {
        return search(text, kinds, first, retriever.settings().stages());
    }

    /** With the given stages (the benchmark compares full text only with the whole pipeline). */
    public List<Hit> search(String text, List<String> kinds, int first, Stages stages) {
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
        if (text.isBlank() || first == 0 || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        return retriever.retrieve(text, kindFilter, first, stages, Retriever.VectorUse.WHEN_WEAK).matches().stream()
                .map(m -> new Hit(m.entity(), m.score(), m.matchedBy(), m.why())).toList();
    }

    static Map<String, Object> asGraphQl(Hit hit) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("entity", hit.entity());
        out.put("score", hit.score());
        out.put("matchedBy", hit.matchedBy());
        out.put("why", hit.why().stream().map(SearchService::reason).toList());
        return out;
    }

    /** A reason as GraphQL's MatchReason. */
    public static Map<String, Object> reason(Reason r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", r.kind());
        out.put("term", r.term());
        out.put("text", r.text());
        out.put("field", r.field());
        out.put("similarity", r.similarity());
        out.put("source", r.source());
        out.put("summary", r.summary());
        out.put("summaryZh", r.summaryZh());
        return out;
    }
}
