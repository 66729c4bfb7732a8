package org.seigraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Provenance of facts changed through the curation API: the {@value #PROPERTY} property of a node or relationship
 * holds one compact JSON object per approved change that touched it (who proposed, who approved, when, why, on
 * what source). Written by the curation apply, read by {@link EntityReader#sources}, so every answer that projects
 * provenance (entities, lists, graph views, exports, park-fit reasons) shows it beside the text evidence.
 */
public final class CurationProvenance {

    /** The node or relationship property holding the entries (a list of JSON strings). */
    public static final String PROPERTY = "curation";
    /** {@code Source.derivation} of facts from the curation API. */
    public static final String DERIVATION = "curated";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One approved change behind a fact.
     *
     * @param field      what the change touched: a property name, {@code aliases}, or null for the whole node or edge
     * @param sourceKind DOCUMENT, URL or LOCAL_KNOWLEDGE
     * @param at         when it was approved (ISO-8601)
     */
    public record Entry(String change, String action, String target, String field, String by, String approvedBy,
                        String at, String reason, String sourceKind, String sourceRef) {
    }

    public static String encode(Entry entry) {
        return JSON.writeValueAsString(entry);
    }

    /** The entries of a {@value #PROPERTY} value (a list of JSON strings); anything unreadable is skipped. */
    public static List<Entry> decode(Object value) {
        List<Entry> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof String s) {
                    try {
                        out.add(JSON.readValue(s, Entry.class));
                    } catch (RuntimeException unreadable) {
                        // written by hand through Cypher: not ours to show
                    }
                }
            }
        } else if (value instanceof String[] array) {
            return decode(List.of(array));
        }
        return out;
    }

    /**
     * True when a fact is not (only) stated by the text: a curated or inferred bundle row (both carry a source) or an
     * approved change.
     */
    public static boolean curated(Map<String, ?> props) {
        return props.get("source") != null || props.get(PROPERTY) != null;
    }

    /** A {@code Source} (GraphQL) for one entry. */
    public static Map<String, Object> source(Entry e) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("doc", "curated");
        source.put("derivation", DERIVATION);
        source.put("curated", citation(e.sourceKind(), e.sourceRef()));
        source.put("sourceKind", e.sourceKind());
        source.put("change", e.change());
        source.put("action", e.action());
        source.put("field", e.field());
        source.put("by", e.by());
        source.put("approvedBy", e.approvedBy());
        source.put("at", e.at());
        source.put("reason", e.reason());
        return source;
    }

    /** The source in one line: the URL or document as given, or "local knowledge" (with its note). */
    public static String citation(String kind, String ref) {
        if ("LOCAL_KNOWLEDGE".equals(kind)) {
            return ref == null || ref.isBlank() ? "local knowledge" : "local knowledge: " + ref;
        }
        return ref;
    }

    private CurationProvenance() {
    }
}
