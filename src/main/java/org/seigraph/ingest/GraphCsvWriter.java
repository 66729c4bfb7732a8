package org.seigraph.ingest;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes records as {@code nodes/<Label>.csv} and {@code rels/<TYPE>.csv}: UTF-8, RFC 4180 quoting (commons-csv,
 * LF line ends), header cells {@code name} or {@code name:type} (int, float, boolean, string[] joined with ';'),
 * rows sorted by id; an empty cell means the property is absent.
 */
public final class GraphCsvWriter {

    public static final List<String> NODE_COLUMNS =
            List.of("id", "name", "nameEn", "aliases:string[]", "doc", "section", "start:int", "end:int", "source", "derivation");
    public static final List<String> REL_COLUMNS =
            List.of("id", "from", "to", "doc", "section", "start:int", "end:int", "source", "derivation");

    /** Label-specific columns, in order. A property missing here is a programming error. */
    public static final Map<String, List<String>> NODE_PROPS = Map.ofEntries(
            Map.entry("Document", List.of("title", "number", "text")),
            Map.entry("Section", List.of("path", "title", "level:int")),
            Map.entry("Domain", List.of("rank:int")),
            Map.entry("Sector", List.of("rank:int")),
            Map.entry("Subsector", List.of("rank:int")),
            Map.entry("Technology", List.of("category")),
            Map.entry("Project", List.of("category")),
            Map.entry("Park", List.of("category")),
            Map.entry("Platform", List.of("category")),
            Map.entry("Instrument", List.of("category")),
            Map.entry("Field", List.of()),
            Map.entry("Area", List.of()),
            Map.entry("District", List.of()),
            Map.entry("Industry", List.of()),
            Map.entry("Bureau", List.of("category", "placeholder:boolean")),
            Map.entry("Measure", List.of("path", "title")),
            Map.entry("Target", List.of("metric", "value:float", "unit", "qualifier", "qualifiers:string[]", "approx:boolean",
                    "valueNormalized:float", "unitNormalized", "year:int", "yearSource", "asWritten", "targetKind")),
            Map.entry("Strategy", List.of()),
            Map.entry("CooperationSystem", List.of()));

    public static final Map<String, List<String>> REL_PROPS = Map.ofEntries(
            Map.entry("HAS_SECTION", List.of("rank:int")),
            Map.entry("IN_DOMAIN", List.of()),
            Map.entry("HAS_SUBSECTOR", List.of("rank:int")),
            Map.entry("DEVELOPS", List.of("verb", "mode", "rank:int")),
            Map.entry("HAS_PROJECT", List.of("verb", "rank:int")),
            Map.entry("BUILDS", List.of("verb", "rank:int")),
            Map.entry("HOSTS", List.of("role")),
            Map.entry("RESPONSIBLE_FOR", List.of("rank:int", "lead:boolean", "listSize:int", "listSizeAll:int", "placeholder:boolean")),
            Map.entry("PARTICIPATES_IN", List.of("rank:int", "listSize:int")),
            Map.entry("HAS_TARGET", List.of()),
            Map.entry("EXAMPLE_OF", List.of("rank:int")),
            Map.entry("FOCUSES_ON", List.of("rank:int")),
            Map.entry("MAPS_TO", List.of()),
            Map.entry("INCLUDES", List.of()),
            Map.entry("LOCATED_IN", List.of()),
            Map.entry("MEMBER_OF", List.of("rank:int")),
            Map.entry("SUPPORTS", List.of()),
            Map.entry("IMPLEMENTS", List.of()),
            Map.entry("BASED_ON", List.of()),
            Map.entry("ALIGNS_WITH", List.of()),
            Map.entry("MENTIONS", List.of()),
            Map.entry("USES_INSTRUMENT", List.of("verb", "rank:int")),
            Map.entry("APPLIES_IN", List.of("verb", "rank:int")),
            Map.entry("COVERS", List.of("role", "rank:int")),
            Map.entry("LEVERAGES", List.of("verb", "rank:int")),
            Map.entry("ASSIGNS_ROLE", List.of("role", "verb", "rank:int")));

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public void write(GraphRecords g, Path graphDir) throws IOException {
        Path nodesDir = graphDir.resolve("nodes");
        Path relsDir = graphDir.resolve("rels");
        clean(nodesDir);
        clean(relsDir);
        Map<String, List<NodeRecord>> byLabel = new TreeMap<>();
        for (NodeRecord n : g.nodes()) byLabel.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(n);
        for (var e : byLabel.entrySet()) writeNodes(e.getKey(), e.getValue(), nodesDir.resolve(e.getKey() + ".csv"));
        Map<String, List<RelRecord>> byType = new TreeMap<>();
        for (RelRecord r : g.rels()) byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
        for (var e : byType.entrySet()) writeRels(e.getKey(), e.getValue(), relsDir.resolve(e.getKey() + ".csv"));
    }

    private static void clean(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) Files.delete(f);
        }
    }

    private void writeNodes(String label, Collection<NodeRecord> nodes, Path file) throws IOException {
        List<String> props = schema(NODE_PROPS, label);
        List<String> header = new ArrayList<>(NODE_COLUMNS);
        header.addAll(props);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header);
            for (NodeRecord n : nodes.stream().sorted(Comparator.comparing(NodeRecord::id)).toList()) {
                checkKnown(n.id(), n.props(), props);
                Evidence e = n.evidence();
                List<String> row = new ArrayList<>(List.of(n.id(), n.name(), str(n.nameEn()), String.join(";", n.aliases()),
                        str(e.doc()), str(e.section()), str(e.start()), str(e.end()), str(e.source()), e.derivation()));
                for (String col : props) row.add(str(n.prop(bare(col))));
                p.printRecord(row);
            }
        }
    }

    private void writeRels(String type, Collection<RelRecord> rels, Path file) throws IOException {
        List<String> props = schema(REL_PROPS, type);
        List<String> header = new ArrayList<>(REL_COLUMNS);
        header.addAll(props);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header);
            for (RelRecord r : rels.stream().sorted(Comparator.comparing(RelRecord::id)).toList()) {
                checkKnown(r.id(), r.props(), props);
                Evidence e = r.evidence();
                List<String> row = new ArrayList<>(List.of(r.id(), r.from(), r.to(),
                        str(e.doc()), str(e.section()), str(e.start()), str(e.end()), str(e.source()), e.derivation()));
                for (String col : props) row.add(str(r.prop(bare(col))));
                p.printRecord(row);
            }
        }
    }

    private static List<String> schema(Map<String, List<String>> schemas, String key) {
        List<String> s = schemas.get(key);
        if (s == null) throw new IllegalStateException("no CSV schema for " + key);
        return s;
    }

    private static void checkKnown(String id, Map<String, Object> props, List<String> columns) {
        for (String k : props.keySet()) {
            if (columns.stream().noneMatch(c -> bare(c).equals(k))) {
                throw new IllegalStateException(id + ": property '" + k + "' has no CSV column");
            }
        }
    }

    static String bare(String column) {
        int i = column.indexOf(':');
        return i < 0 ? column : column.substring(0, i);
    }

    static String str(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (v instanceof Collection<?> c) return String.join(";", c.stream().map(Object::toString).toList());
        return v.toString();
    }
}
