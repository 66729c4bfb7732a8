package org.seigraph.bench.scale;

import org.seigraph.ingest.GraphBundle;
import org.seigraph.ingest.GraphLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;
import picocli.CommandLine;

/**
 * neo4j-admin-style offline import of a big corpus into a NEW store: the bundled graph and N synthetic cities
 * are written as neo4j-admin import CSVs, then Neo4j's own importer ({@code neo4j-admin database import full},
 * shipped inside the embedded {@code org.neo4j:neo4j} dependency) builds the store files directly, with no
 * transactions. Indexes and constraints are created afterwards on the running database ({@link BuildSyntheticStore}).
 *
 * <p>CSV layout: per label and per relationship type one header file plus one data file per writer thread
 * ({@code nodes-Park.header.csv}, {@code nodes-Park.0.csv}, {@code nodes-Park.1.csv} …); the importer reads the
 * files of one group as one input. Writer {@code k} writes a contiguous range of cities, the bundled graph goes
 * to writer 0. Typed headers ({@code :long}, {@code :double}, {@code :boolean}, {@code :string[]}), so the
 * importer converts each value once; only files that really hold a value with a line break are declared
 * multi-line ({@code --multiline-fields-format=v2}), all others are parsed in parallel chunks.
 *
 * <p>Node ids: with {@link IdKind#STRING} the importer's {@code :ID} is the entity id itself (also stored as
 * property {@code id}); with {@link IdKind#INTEGER} each node gets a number ({@code city << 20 | row}) as
 * {@code :ID} (not stored) and the entity id is an ordinary string property, so the importer maps 8-byte
 * numbers instead of encoding, sorting and collision-checking strings. The stored graph is the same.
 */
final class OfflineImport {

    enum IdKind { STRING, INTEGER }

    /**
     * @param threads     importer {@code --threads}
     * @param maxOffHeap  importer {@code --max-off-heap-memory}
     * @param writers     CSV writer threads
     * @param ids         how nodes are identified to the importer
     * @param extraArgs   further importer options, passed as given (e.g. {@code --high-parallel-io=on})
     * @param verbose     importer {@code --verbose}
     * @param keepCsv     leave the CSVs in {@code <home>/import-csv} (default: deleted after the import)
     */
    record Settings(int threads, String maxOffHeap, int writers, IdKind ids, List<String> extraArgs, boolean verbose,
                    boolean keepCsv) {
        static Settings defaults() {
            return new Settings(2, "2g", 2, IdKind.INTEGER, List.of(), false, false);
        }
    }

    /** Counts and seconds: CSV writing, the importer command (wall, start-up included), and both together. */
    record Counts(long nodes, long relationships, double writeCsvSeconds, double importSeconds, List<String> importArgs) {
        double totalSeconds() {
            return writeCsvSeconds + importSeconds;
        }
    }

    private static final int CITY_SHIFT = 20;

    private OfflineImport() {
    }

    /** The store home is the embedded DBMS home ({@code <home>/data/databases/neo4j}). */
    static Counts run(Path home, GraphBundle bundle, SyntheticCorpus corpus, int cities, Settings settings,
                      IntConsumer progress) throws IOException {
        Path csv = home.resolve("import-csv");
        Files.createDirectories(csv);
        long started = System.nanoTime();
        Layout layout = Layout.of(bundle, settings.ids());
        layout.writeHeaders(csv);
        int writers = Math.max(1, Math.min(settings.writers(), Math.max(1, cities)));
        Map<String, Long> bundleIds = new HashMap<>();
        List<PartWriter> parts = new ArrayList<>();
        for (int k = 0; k < writers; k++) {
            parts.add(new PartWriter(csv, k, layout, bundleIds));
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers, r -> {
            Thread t = new Thread(r, "csv-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            // the bundled graph first (its ids are referred to by every city), then the cities in parallel
            parts.get(0).writeBundle(bundle);
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < writers; k++) {
                int from = 1 + (int) ((long) cities * k / writers);
                int to = 1 + (int) ((long) cities * (k + 1) / writers);
                PartWriter part = parts.get(k);
                futures.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        part.writeCity(corpus.city(i));
                        progress.accept(done.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing CSV", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
            for (PartWriter p : parts) {
                p.close();
            }
        }
        long nodes = parts.stream().mapToLong(p -> p.nodes).sum();
        long rels = parts.stream().mapToLong(p -> p.rels).sum();
        double writeSeconds = (System.nanoTime() - started) / 1e9;

        List<String> args = importArgs(home, csv, layout, parts, settings);
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
        if (!settings.keepCsv()) {
            try (var files = Files.list(csv)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(csv);
        }
        return new Counts(nodes, rels, writeSeconds, importSeconds, args);
    }

    private static List<String> importArgs(Path home, Path csv, Layout layout, List<PartWriter> parts, Settings settings) {
        List<String> args = new ArrayList<>();
        for (Label label : layout.nodeColumns.keySet()) {
            args.add("--nodes=" + GraphModel.ENTITY + ":" + label.name() + "=" + files(csv, "nodes-" + label.name(), parts.size()));
        }
        for (RelType type : layout.relColumns.keySet()) {
            args.add("--relationships=" + type.name() + "=" + files(csv, "rels-" + type.name(), parts.size()));
        }
        TreeSet<String> multiline = new TreeSet<>();
        parts.forEach(p -> multiline.addAll(p.multiline));
        if (multiline.isEmpty()) {
            args.add("--multiline-fields=false");
        } else {
            // v2: only these files are read as a whole; every other file is split into chunks and parsed in parallel
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + multiline.stream().map(f -> csv.resolve(f).toString()).collect(Collectors.joining(",")));
        }
        List<String> options = new ArrayList<>(List.of("--array-delimiter=;", "--id-type=" + settings.ids().name().toLowerCase(),
                "--threads=" + settings.threads(), "--max-off-heap-memory=" + settings.maxOffHeap(),
                // the importer reads (and, before it starts, samples for its estimates) each file in chunks of this
                // size; the default 4 MiB makes the up-front sampling parse 4 MiB of every file. Our longest value
                // (the plan text) is ~10k characters.
                "--read-buffer-size=1m",
                "--report-file=" + home.resolve("import.report"), "--overwrite-destination=true"));
        if (settings.verbose()) {
            options.add("--verbose");
        }
        // an option given in extraArgs replaces ours (picocli rejects an option given twice)
        options.removeIf(o -> settings.extraArgs().stream().anyMatch(e -> e.split("=")[0].equals(o.split("=")[0])));
        args.addAll(options);
        args.addAll(settings.extraArgs());
        args.add("neo4j");
        return args;
    }

    private static String files(Path csv, String base, int parts) {
        StringBuilder sb = new StringBuilder(csv.resolve(base + ".header.csv").toString());
        for (int k = 0; k < parts; k++) {
            sb.append(',').append(csv.resolve(base + "." + k + ".csv"));
        }
        return sb.toString();
    }

    /** Columns and types per label / relationship type, taken from the bundled graph. */
    private record Layout(Map<Label, List<String>> nodeColumns, Map<RelType, List<String>> relColumns,
                          Map<String, String> types, IdKind ids) {

        static Layout of(GraphBundle bundle, IdKind ids) {
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
            return new Layout(nodeColumns, relColumns, types, ids);
        }

        void writeHeaders(Path csv) throws IOException {
            for (var e : nodeColumns.entrySet()) {
                List<String> header = new ArrayList<>();
                if (ids == IdKind.INTEGER) {
                    header.add(":ID");
                }
                for (String c : e.getValue()) {
                    header.add(c.equals("id") && ids == IdKind.STRING ? "id:ID" : c + suffix(types.get(c)));
                }
                Files.writeString(csv.resolve("nodes-" + e.getKey().name() + ".header.csv"), String.join(",", header) + "\n");
            }
            for (var e : relColumns.entrySet()) {
                List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID"));
                for (String c : e.getValue()) {
                    header.add(c + suffix(types.get("rel." + c)));
                }
                Files.writeString(csv.resolve("rels-" + e.getKey().name() + ".header.csv"), String.join(",", header) + "\n");
            }
        }
    }

    /** One writer thread's data files (no headers), one per label and per relationship type. */
    private static final class PartWriter {
        private final Layout layout;
        private final Map<String, Long> bundleIds;
        private final Map<Label, Writer> nodeOut = new EnumMap<>(Label.class);
        private final Map<RelType, Writer> relOut = new EnumMap<>(RelType.class);
        private final Map<Object, String> fileNames = new HashMap<>();
        private final TreeSet<String> multiline = new TreeSet<>();
        private final StringBuilder line = new StringBuilder(512);
        long nodes;
        long rels;

        PartWriter(Path csv, int k, Layout layout, Map<String, Long> bundleIds) throws IOException {
            this.layout = layout;
            this.bundleIds = bundleIds;
            for (Label label : layout.nodeColumns().keySet()) {
                String name = "nodes-" + label.name() + "." + k + ".csv";
                nodeOut.put(label, open(csv.resolve(name)));
                fileNames.put(label, name);
            }
            for (RelType type : layout.relColumns().keySet()) {
                String name = "rels-" + type.name() + "." + k + ".csv";
                relOut.put(type, open(csv.resolve(name)));
                fileNames.put(type, name);
            }
        }

        private static Writer open(Path file) throws IOException {
            return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        }

        void writeBundle(GraphBundle bundle) throws IOException {
            long row = 0;
            for (GraphBundle.NodeFile f : bundle.nodeFiles()) {
                for (Map<String, Object> node : f.rows()) {
                    long number = row++;
                    bundleIds.put((String) node.get("id"), number);
                    writeNode(f.label(), node, number);
                }
            }
            for (GraphBundle.RelFile f : bundle.relFiles()) {
                for (GraphBundle.RelRow rel : f.rows()) {
                    writeRel(f.type(), rel, bundleIds);
                }
            }
        }

        void writeCity(SyntheticCorpus.City city) throws IOException {
            Map<String, Long> ids = layout.ids() == IdKind.INTEGER ? new HashMap<>(1024) : null;
            long row = 0;
            for (var e : city.nodes().entrySet()) {
                for (Map<String, Object> node : e.getValue()) {
                    long number = ((long) city.index() << CITY_SHIFT) | row++;
                    if (ids != null) {
                        ids.put((String) node.get("id"), number);
                    }
                    writeNode(e.getKey(), node, number);
                }
            }
            for (var e : city.rels().entrySet()) {
                for (GraphBundle.RelRow rel : e.getValue()) {
                    writeRel(e.getKey(), rel, ids);
                }
            }
        }

        private void writeNode(Label label, Map<String, Object> node, long number) throws IOException {
            line.setLength(0);
            boolean first = true;
            if (layout.ids() == IdKind.INTEGER) {
                line.append(number);
                first = false;
            }
            for (String c : layout.nodeColumns().get(label)) {
                if (!first) {
                    line.append(',');
                }
                first = false;
                if (value(node.get(c))) {
                    multiline.add(fileNames.get(label));
                }
            }
            line.append('\n');
            nodeOut.get(label).append(line);
            nodes++;
        }

        private void writeRel(RelType type, GraphBundle.RelRow rel, Map<String, Long> cityIds) throws IOException {
            line.setLength(0);
            if (layout.ids() == IdKind.INTEGER) {
                line.append(number(rel.from(), cityIds)).append(',').append(number(rel.to(), cityIds));
            } else {
                value(rel.from());
                line.append(',');
                value(rel.to());
            }
            boolean breaks = false;
            for (String c : layout.relColumns().get(type)) {
                line.append(',');
                breaks |= value(c.equals("id") ? rel.id() : rel.props().get(c));
            }
            if (breaks) {
                multiline.add(fileNames.get(type));
            }
            line.append('\n');
            relOut.get(type).append(line);
            rels++;
        }

        private long number(String id, Map<String, Long> cityIds) {
            Long n = cityIds.get(id);
            if (n == null) {
                n = bundleIds.get(id);
            }
            if (n == null) {
                throw new IllegalStateException("relationship to unknown node " + id);
            }
            return n;
        }

        /** Appends one CSV field (RFC 4180 quoting where needed; null = empty = no property); true if it holds a line break. */
        private boolean value(Object v) {
            if (v == null) {
                return false;
            }
            if (v instanceof List<?> list) {
                StringBuilder joined = new StringBuilder();
                for (Object o : list) {
                    if (!joined.isEmpty()) {
                        joined.append(';');
                    }
                    joined.append(o);
                }
                return string(joined.toString());
            }
            if (v instanceof String s) {
                return string(s);
            }
            line.append(v);
            return false;
        }

        private boolean string(String s) {
            boolean quote = s.isEmpty();
            boolean breaks = false;
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"' || ch == ',') {
                    quote = true;
                } else if (ch == '\n' || ch == '\r') {
                    quote = true;
                    breaks = true;
                }
            }
            if (!quote) {
                line.append(s);
                return false;
            }
            line.append('"');
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"') {
                    line.append('"');
                }
                line.append(ch);
            }
            line.append('"');
            return breaks;
        }

        void close() throws IOException {
            IOException failure = null;
            for (Writer w : nodeOut.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
            for (Writer w : relOut.values()) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
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
