package org.seigraph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the parser cannot know, kept by hand in {@code import/curated/*.csv} (each row with a {@code source}):
 * <ul>
 *   <li>{@code documents.csv} (id, sourceFile, title, source): the plans to parse and their titles;</li>
 *   <li>{@code names_en.csv} (id, nameEn, source): English names for every node;</li>
 *   <li>{@code area_districts.csv} (area, district, source): District nodes and Area -INCLUDES-> District;</li>
 *   <li>{@code park_districts.csv} (park, district, source): Park -LOCATED_IN-> District;</li>
 *   <li>{@code industry_subsectors.csv} (industry, subsector, source): Industry -MAPS_TO-> Subsector.</li>
 * </ul>
 * Names in these files are the Chinese names as written; a row naming an unknown node fails with file and line.
 */
public final class CuratedOverlay {

    public record DocumentEntry(String id, String sourceFile, String title, String source) {
        public String key() { return id.substring(id.indexOf(':') + 1); }
    }

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path curatedDir;

    public CuratedOverlay(Path curatedDir) {
        this.curatedDir = curatedDir;
    }

    public List<DocumentEntry> documents() throws IOException {
        List<DocumentEntry> out = new ArrayList<>();
        for (CSVRecord r : read("documents.csv")) {
            out.add(new DocumentEntry(r.get("id"), r.get("sourceFile"), r.get("title"), source(r)));
        }
        return out;
    }

    /** Applies every curated file except names to the records of one plan. */
    public void applyFacts(GraphRecords g, DocumentEntry plan) throws IOException {
        NodeRecord doc = g.require(plan.id());
        doc.rename(plan.title()).prop("title", plan.title());
        String docId = plan.id();
        for (CSVRecord r : read("area_districts.csv")) {
            NodeRecord area = find(g, "Area", r.get("area"), r);
            NodeRecord district = g.node("District", r.get("district"), Evidence.curated(docId, source(r)));
            g.rel("INCLUDES", area, district, Evidence.curated(docId, source(r)));
        }
        for (CSVRecord r : read("park_districts.csv")) {
            NodeRecord park = find(g, "Park", r.get("park"), r);
            NodeRecord district = find(g, "District", r.get("district"), r);
            g.rel("LOCATED_IN", park, district, Evidence.curated(docId, source(r)));
        }
        for (CSVRecord r : read("industry_subsectors.csv")) {
            NodeRecord industry = find(g, "Industry", r.get("industry"), r);
            NodeRecord sub = find(g, "Subsector", r.get("subsector"), r);
            g.rel("MAPS_TO", industry, sub, Evidence.curated(docId, source(r)));
        }
    }

    /** Sets nameEn from names_en.csv; returns the ids of nodes that still have none. */
    public List<String> applyNames(GraphRecords g) throws IOException {
        for (CSVRecord r : read("names_en.csv")) {
            NodeRecord n = g.get(r.get("id"));
            if (n == null) throw new IllegalStateException(where("names_en.csv", r) + ": unknown node id " + r.get("id"));
            n.nameEn(r.get("nameEn"));
        }
        List<String> missing = new ArrayList<>();
        for (NodeRecord n : g.nodes()) if (n.nameEn() == null || n.nameEn().isBlank()) missing.add(n.id());
        return missing;
    }

    private NodeRecord find(GraphRecords g, String label, String name, CSVRecord r) {
        NodeRecord n = g.get(NodeRecord.idOf(label, name));
        if (n == null) throw new IllegalStateException(where(r) + ": no " + label + " named " + name);
        return n;
    }

    private static String source(CSVRecord r) {
        String s = r.isMapped("source") ? r.get("source") : null;
        if (s == null || s.isBlank()) throw new IllegalStateException("curated row without source, line " + r.getRecordNumber());
        return s;
    }

    private String currentFile = "";

    private String where(CSVRecord r) { return where(currentFile, r); }

    private static String where(String file, CSVRecord r) {
        return "import/curated/" + file + " line " + (r.getRecordNumber() + 1);
    }

    private List<CSVRecord> read(String file) throws IOException {
        currentFile = file;
        Path p = curatedDir.resolve(file);
        if (!Files.exists(p)) return List.of();
        try (Reader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return READ.parse(in).getRecords();
        }
    }

}
