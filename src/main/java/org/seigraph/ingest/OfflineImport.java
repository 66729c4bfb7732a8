package org.seigraph.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;
import picocli.CommandLine;

/**
 * neo4j-admin-style offline import of a big corpus into a NEW store: the bundled graph and N synthetic cities
 * are written as neo4j-admin import CSVs (one file per label and per relationship type, typed headers), then
 * Neo4j's own importer ({@code neo4j-admin database import full}, shipped inside the embedded {@code org.neo4j:neo4j}
 * dependency) builds the store files directly, with no transactions. Indexes and constraints are created
 * afterwards on the running database ({@link BuildSyntheticStore}).
 */
final class OfflineImport {

    record Counts(long nodes, long relationships, double writeCsvSeconds, double importSeconds) {
    }

    private OfflineImport() {
    }

    /** The store home is the embedded DBMS home ({@code <home>/data/databases/neo4j}). */
    static Counts run(Path home, GraphBundle bundle, SyntheticCorpus corpus, int cities, int threads, String maxMemory,
                      IntConsumer progress) throws IOException {
        Path csv = home.resolve("import-csv");
        Files.createDirectories(csv);
        long started = System.nanoTime();
        Map<Label, List<String>> nodeColumns = new EnumMap<>(Label.class);
        Map<RelType, List<String>> relColumns = new EnumMap<>(RelType.class);
        Map<String, String> types = new LinkedHashMap<>();
        for (GraphBundle.NodeFile f : bundle.nodeFiles()) {
            List<String> cols = new ArrayList<>(List.of("id"));
            f.rows().forEach(r -> r.forEach((k, v) -> {
                if (!cols.contains(k)) {
                    cols.add(k);
                }
                types.putIfAbsent(k, type(v));
            }));
            nodeColumns.put(f.label(), cols);
        }
        for (GraphBundle.RelFile f : bundle.relFiles()) {
            List<String> cols = new ArrayList<>(List.of("id"));
            f.rows().forEach(r -> r.props().forEach((k, v) -> {
                if (!cols.contains(k)) {
                    cols.add(k);
                }
                types.putIfAbsent("rel." + k, type(v));
            }));
            relColumns.put(f.type(), cols);
        }
        Map<Label, CSVPrinter> nodeOut = new EnumMap<>(Label.class);
        Map<RelType, CSVPrinter> relOut = new EnumMap<>(RelType.class);
        long nodes = 0;
        long rels = 0;
        try {
            for (var e : nodeColumns.entrySet()) {
                List<String> header = new ArrayList<>();
                for (String c : e.getValue()) {
                    header.add(c.equals("id") ? "id:ID" : c + suffix(types.get(c)));
                }
                nodeOut.put(e.getKey(), printer(csv.resolve("nodes-" + e.getKey().name() + ".csv"), header));
            }
            for (var e : relColumns.entrySet()) {
                List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID"));
                for (String c : e.getValue()) {
                    header.add(c + suffix(types.get("rel." + c)));
                }
                relOut.put(e.getKey(), printer(csv.resolve("rels-" + e.getKey().name() + ".csv"), header));
            }
            for (GraphBundle.NodeFile f : bundle.nodeFiles()) {
                for (Map<String, Object> row : f.rows()) {
                    writeNode(nodeOut.get(f.label()), nodeColumns.get(f.label()), row);
                    nodes++;
                }
            }
            for (GraphBundle.RelFile f : bundle.relFiles()) {
                for (GraphBundle.RelRow row : f.rows()) {
                    writeRel(relOut.get(f.type()), relColumns.get(f.type()), row);
                    rels++;
                }
            }
            for (int i = 1; i <= cities; i++) {
                SyntheticCorpus.City city = corpus.city(i);
                for (var e : city.nodes().entrySet()) {
                    for (Map<String, Object> row : e.getValue()) {
                        writeNode(nodeOut.get(e.getKey()), nodeColumns.get(e.getKey()), row);
                        nodes++;
                    }
                }
                for (var e : city.rels().entrySet()) {
                    for (GraphBundle.RelRow row : e.getValue()) {
                        writeRel(relOut.get(e.getKey()), relColumns.get(e.getKey()), row);
                        rels++;
                    }
                }
                progress.accept(i);
            }
        } finally {
            for (CSVPrinter p : nodeOut.values()) {
                p.close();
            }
            for (CSVPrinter p : relOut.values()) {
                p.close();
            }
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;

        List<String> args = new ArrayList<>();
        for (Label label : nodeColumns.keySet()) {
            args.add("--nodes=" + GraphModel.ENTITY + ":" + label.name() + "=" + csv.resolve("nodes-" + label.name() + ".csv"));
        }
        for (RelType type : relColumns.keySet()) {
            args.add("--relationships=" + type.name() + "=" + csv.resolve("rels-" + type.name() + ".csv"));
        }
        args.addAll(List.of("--multiline-fields=true", "--array-delimiter=;", "--threads=" + threads,
                "--max-off-heap-memory=" + maxMemory, "--report-file=" + home.resolve("import.report"),
                "--overwrite-destination=true", "neo4j"));
        long importStarted = System.nanoTime();
        Files.createDirectories(home.resolve("conf"));
        try (var fs = new DefaultFileSystemAbstraction()) {
            ExecutionContext ctx = new ExecutionContext(home, home.resolve("conf"), System.err, System.err, fs);
            int exit = new CommandLine(new ImportCommand.Full(ctx)).execute(args.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("neo4j import exited with " + exit + " (args " + args + ")");
            }
        }
        double importSeconds = (System.nanoTime() - importStarted) / 1e9;
        try (var files = Files.list(csv)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(csv);
        return new Counts(nodes, rels, writeSeconds, importSeconds);
    }

    private static CSVPrinter printer(Path file, List<String> header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header.toArray(String[]::new)).get());
    }

    private static void writeNode(CSVPrinter out, List<String> cols, Map<String, Object> row) throws IOException {
        List<Object> values = new ArrayList<>(cols.size());
        for (String c : cols) {
            values.add(value(row.get(c)));
        }
        out.printRecord(values);
    }

    private static void writeRel(CSVPrinter out, List<String> cols, GraphBundle.RelRow row) throws IOException {
        List<Object> values = new ArrayList<>(cols.size() + 2);
        values.add(row.from());
        values.add(row.to());
        for (String c : cols) {
            values.add(c.equals("id") ? row.id() : value(row.props().get(c)));
        }
        out.printRecord(values);
    }

    private static Object value(Object v) {
        if (v instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return v;
    }

    private static String type(Object v) {
        if (v instanceof Long || v instanceof Integer) {
            return "long";
        }
        if (v instanceof Double || v instanceof Float) {
            return "double";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof List<?>) {
            return "string[]";
        }
        return "string";
    }

    private static String suffix(String type) {
        return type == null || type.equals("string") ? "" : ":" + type;
    }
}
