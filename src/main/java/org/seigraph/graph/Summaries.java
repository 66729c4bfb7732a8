package org.seigraph.graph;

import java.util.Map;

/** One line about an entity for map tooltips and side panels, from its own properties. */
final class Summaries {

    static String of(String kind, Map<String, Object> props) {
        return switch (kind) {
            case "Target" -> join(props.get("metric"), props.get("asWritten"), props.get("qualifier"));
            case "Section", "Measure" -> join(props.get("path"), props.get("title"));
            default -> join(kind, props.get("category"), props.get("section") == null ? null : "§" + props.get("section"));
        };
    }

    private static String join(Object... parts) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part != null && !part.toString().isBlank()) {
                if (!out.isEmpty()) {
                    out.append(" · ");
                }
                out.append(part);
            }
        }
        return out.toString();
    }

    private Summaries() {
    }
}
