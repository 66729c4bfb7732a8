package org.seigraph.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import/curated/changes.csv}: changes approved through the curation API, exported by the app
 * ({@code GET /api/curation/export}) for a maintainer to fold into the repository. One row per change, in the order
 * they were applied; {@code value} and {@code properties} are JSON (so a number stays a number), {@code source} is
 * the citation (a URL, a document, or "local knowledge") as every curated row has one.
 * <p>
 * Folded here like the other curated files: {@link GraphBuild} applies the rows to the parsed graph, so the
 * regenerated bundle holds the changes, and the app, after loading it, finds each approved change already in the
 * bundle (a no-op, the change is marked {@code inBundle}).
 */
public final class CuratedChanges {

    public static final String FILE = "changes.csv";
    public static final List<String> COLUMNS = List.of("change", "action", "target", "entity", "label", "name", "key",
            "value", "properties", "alias", "newAlias", "type", "from", "to", "reason", "author", "approvedBy", "approvedAt",
            "sourceKind", "source");

    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One row: its line in the file (for messages) and its cells by column (empty cells absent). */
    public record Row(long line, Map<String, String> cells) {
        public String get(String column) {
            return cells.get(column);
        }
    }

    public static void write(Writer out, List<Map<String, String>> rows) throws IOException {
        try (CSVPrinter p = new CSVPrinter(out, WRITE)) {
            p.printRecord(COLUMNS);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : COLUMNS) {
                    String v = row.get(c);
                    cells.add(v == null ? "" : v);
                }
                p.printRecord(cells);
            }
        }
    }

    /** Reads the rows; a missing column or a row of the wrong length fails with its line. */
    public static List<Row> read(Reader in, String file) {
        try {
            List<Row> rows = new ArrayList<>();
            var parser = CuratedOverlay.READ.parse(in);
            for (String column : COLUMNS) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalArgumentException(file + ": missing column '" + column + "'");
                }
            }
            for (CSVRecord r : parser) {
                if (!r.isConsistent()) {
                    throw new IllegalArgumentException(file + " line " + (r.getRecordNumber() + 1) + ": expected "
                            + parser.getHeaderNames().size() + " cells, found " + r.size());
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : COLUMNS) {
                    String v = r.get(column);
                    if (v != null && !v.isEmpty()) {
                        cells.put(column, v);
                    }
                }
                rows.add(new Row(r.getRecordNumber() + 1, cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(file + ": malformed CSV: " + e.getMessage());
        }
    }

    /** A JSON cell as a value (or map). */
    public static Object json(String cell) {
        return cell == null ? null : JSON.readValue(cell, Object.class);
    }

    public static String json(Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    /** Applies {@code curated/changes.csv} (when there is one) to the records of a parsed plan. */
    static void apply(GraphRecords g, String docId, Path curatedDir) throws IOException {
        Path file = curatedDir.resolve(FILE);
        if (!Files.exists(file)) {
            return;
        }
        List<Row> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = read(in, "import/curated/" + FILE);
        }
        for (Row row : rows) {
            try {
                apply(g, docId, row);
            } catch (RuntimeException e) {
                throw new IllegalStateException("import/curated/" + FILE + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void apply(GraphRecords g, String docId, Row row) {
        String action = row.get("action");
        Evidence evidence = Evidence.curated(docId, row.get("source"));
        Map<String, Object> props = row.get("properties") == null ? Map.of() : (Map<String, Object>) json(row.get("properties"));
        switch (row.get("target") + " " + action) {
            case "NODE ADD" -> {
                NodeRecord n = g.node(row.get("label"), row.get("name"), evidence);
                props.forEach((k, v) -> set(n, k, v));
            }
            case "NODE CHANGE" -> props.forEach((k, v) -> set(node(g, row.get("entity")), k, v));
            case "NODE RETIRE" -> {
                node(g, row.get("entity"));
                g.removeNode(row.get("entity"));
            }
            case "PROPERTY ADD", "PROPERTY CHANGE" -> set(node(g, row.get("entity")), row.get("key"), json(row.get("value")));
            case "PROPERTY RETIRE" -> set(node(g, row.get("entity")), row.get("key"), null);
            case "ALIAS ADD" -> node(g, row.get("entity")).alias(row.get("alias"));
            case "ALIAS CHANGE" -> node(g, row.get("entity")).replaceAlias(row.get("alias"), row.get("newAlias"));
            case "ALIAS RETIRE" -> node(g, row.get("entity")).replaceAlias(row.get("alias"), null);
            case "RELATIONSHIP ADD" -> {
                RelRecord r = g.rel(row.get("type"), node(g, row.get("from")), node(g, row.get("to")), evidence);
                props.forEach(r::prop);
            }
            case "RELATIONSHIP CHANGE" -> {
                RelRecord r = rel(g, row);
                props.forEach((k, v) -> {
                    if (v == null) r.props().remove(k);
                    else r.prop(k, v);
                });
            }
            case "RELATIONSHIP RETIRE" -> {
                rel(g, row);
                g.removeRel(relId(row));
            }
            default -> throw new IllegalArgumentException("unknown change '" + action + " " + row.get("target") + "'");
        }
    }

    private static void set(NodeRecord n, String key, Object value) {
        switch (key) {
            case "name" -> n.rename((String) value);
            case "nameEn" -> n.nameEn((String) value);
            default -> {
                if (value == null) n.props().remove(key);
                else n.prop(key, value);
            }
        }
    }

    private static NodeRecord node(GraphRecords g, String id) {
        NodeRecord n = g.get(id);
        if (n == null) throw new IllegalArgumentException("no node '" + id + "'");
        return n;
    }

    private static String relId(Row row) {
        return RelRecord.idOf(row.get("type"), row.get("from"), row.get("to"));
    }

    private static RelRecord rel(GraphRecords g, Row row) {
        RelRecord r = g.relById(relId(row));
        if (r == null) throw new IllegalArgumentException("no relationship '" + relId(row) + "'");
        return r;
    }

    private CuratedChanges() {
    }
}
