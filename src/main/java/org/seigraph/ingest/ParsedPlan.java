package org.seigraph.ingest;

import java.util.List;

/** The result of parsing one policy text: the text itself, its sections and the graph records with provenance. */
public record ParsedPlan(String docId, String text, List<Section> sections, GraphRecords records) {
    public Section section(String path) {
        return sections.stream().filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + path));
    }
}
