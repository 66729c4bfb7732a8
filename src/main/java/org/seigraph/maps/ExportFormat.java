package org.seigraph.maps;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.seigraph.web.ApiException;

/** The export formats of {@code GET /api/export}, each with its media type and file extension. */
public enum ExportFormat {
    /** Cytoscape.js elements JSON: {@code {"elements": {"nodes": [{"data": …}], "edges": [{"data": …}]}}}. */
    CYTOSCAPE("application/json", "cyjs.json"),
    /** An ECharts graph series: {@code {"type": "graph", "categories", "nodes", "links"}}. */
    ECHARTS("application/json", "echarts.json"),
    /** GraphML with typed keys (Gephi, yEd, networkx, JGraphT). */
    GRAPHML("application/graphml+xml", "graphml"),
    /** GEXF 1.3 (Gephi), node kinds as attributes. */
    GEXF("application/gexf+xml", "gexf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("'format' is required: one of " + names());
        }
        return Arrays.stream(values()).filter(f -> f.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ApiException.badRequest("Unknown format '" + name + "'; one of " + names()));
    }

    private static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
