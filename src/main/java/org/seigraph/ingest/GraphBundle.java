package org.seigraph.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seigraph.graph.GraphModel;
import org.seigraph.graph.GraphModel.Label;
import org.seigraph.graph.GraphModel.RelType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The graph CSVs ({@code nodes/<Label>.csv}, {@code rels/<TYPE>.csv}, format in import/README.md), read and
 * validated in full before anything touches the database: a bad file fails here, naming file, line and column.
 */
public record GraphBundle(List<NodeFile> nodeFiles, List<RelFile> relFiles, String hash) {

    public record NodeFile(Label label, List<Map<String, Object>> rows) {
    }

    public record RelFile(RelType type, List<RelRow> rows) {
    }

    public record RelRow(String id, String from, String to, Map<String, Object> props) {
    }

    public int nodeCount() {
        return nodeFiles.stream().mapToInt(f -> f.rows().size()).sum();
    }

    public int relationshipCount() {
        return relFiles.stream().mapToInt(f -> f.rows().size()).sum();
    }

    /** Reads every CSV under {@code location} (a Spring resource location ending in '/'). */
    public static GraphBundle read(String location) {
        return read(new PathMatchingResourcePatternResolver(), location);
    }

    public static GraphBundle read(ResourcePatternResolver resolver, String location) {
        String base = location.endsWith("/") ? location : location + "/";
        Resource[] nodeResources = resources(resolver, base + "nodes/*.csv");
        Resource[] relResources = resources(resolver, base + "rels/*.csv");
        if (nodeResources.length == 0) {
            throw new ImportException(base + "nodes/", 0, null, "no node files found");
        }
        MessageDigest digest = sha256();
        List<NodeFile> nodeFiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Resource resource : nodeResources) {
            String file = "nodes/" + resource.getFilename();
            Label label = GraphModel.label(baseName(resource))
                    .orElseThrow(() -> new ImportException(file, 0, null, "unknown label '" + baseName(resource)
                            + "' (known: " + Arrays.toString(Label.values()) + ")"));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row row : parse(resource, file, digest, List.of("id", "name"))) {
                String id = (String) row.values().get("id");
                if (id == null) {
                    throw new ImportException(file, row.line(), "id", "empty id");
                }
                if (!id.startsWith(label.idPrefix())) {
                    throw new ImportException(file, row.line(), "id", "id '" + id + "' must start with '" + label.idPrefix() + "'");
                }
                if (row.values().get("name") == null) {
                    throw new ImportException(file, row.line(), "name", "empty name");
                }
                if (!ids.add(id)) {
                    throw new ImportException(file, row.line(), "id", "duplicate id '" + id + "'");
                }
                rows.add(row.values());
            }
            nodeFiles.add(new NodeFile(label, rows));
        }
        List<RelFile> relFiles = new ArrayList<>();
        Set<String> relIds = new HashSet<>();
        for (Resource resource : relResources) {
            String file = "rels/" + resource.getFilename();
            RelType type = GraphModel.relType(baseName(resource))
                    .orElseThrow(() -> new ImportException(file, 0, null, "unknown relationship type '" + baseName(resource) + "'"));
            List<RelRow> rows = new ArrayList<>();
            for (Row row : parse(resource, file, digest, List.of("id", "from", "to"))) {
                Map<String, Object> props = row.values();
                String id = (String) props.get("id");
                String from = (String) props.remove("from");
                String to = (String) props.remove("to");
                if (id == null || !relIds.add(id)) {
                    throw new ImportException(file, row.line(), "id", id == null ? "empty id" : "duplicate id '" + id + "'");
                }
                if (from == null || !ids.contains(from)) {
                    throw new ImportException(file, row.line(), "from", "dangling relationship: no node '" + from + "'");
                }
                if (to == null || !ids.contains(to)) {
                    throw new ImportException(file, row.line(), "to", "dangling relationship: no node '" + to + "'");
                }
                rows.add(new RelRow(id, from, to, props));
            }
            relFiles.add(new RelFile(type, rows));
        }
        return new GraphBundle(List.copyOf(nodeFiles), List.copyOf(relFiles), HexFormat.of().formatHex(digest.digest()));
    }

    private record Row(long line, Map<String, Object> values) {
    }

    private record Column(String name, String type) {
        static Column of(String file, String header) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon);
            String type = colon < 0 ? "string" : header.substring(colon + 1);
            if (name.isBlank() || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new ImportException(file, 1, header, "bad column name");
            }
            if (!List.of("string", "int", "float", "boolean", "string[]").contains(type)) {
                throw new ImportException(file, 1, header, "unknown column type '" + type + "'");
            }
            return new Column(name, type);
        }
    }

    private static List<Row> parse(Resource resource, String file, MessageDigest digest, List<String> required) {
        byte[] bytes;
        try (var in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(file, 0, null, "cannot read: " + e.getMessage());
        }
        digest.update(file.getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<Column> columns = parser.getHeaderNames().stream().map(h -> Column.of(file, h)).toList();
            for (String name : required) {
                if (columns.stream().noneMatch(c -> c.name().equals(name))) {
                    throw new ImportException(file, 1, name, "missing column");
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != columns.size()) {
                    throw new ImportException(file, line, null,
                            "expected " + columns.size() + " cells, found " + record.size());
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    Column column = columns.get(i);
                    String cell = record.get(i);
                    if (!cell.isEmpty()) {
                        values.put(column.name(), convert(file, line, column, cell));
                    }
                }
                rows.add(new Row(line, values));
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ImportException(file, parserLine(e), null, "malformed CSV: " + e.getMessage());
        }
    }

    private static long parserLine(Exception e) {
        var m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static Object convert(String file, long line, Column column, String cell) {
        try {
            return switch (column.type()) {
                case "int" -> Long.parseLong(cell.strip());
                case "float" -> Double.parseDouble(cell.strip());
                case "boolean" -> switch (cell.strip()) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException("not a boolean");
                };
                case "string[]" -> List.of(cell.split(";"));
                default -> cell;
            };
        } catch (IllegalArgumentException e) {
            throw new ImportException(file, line, column.name(), "bad " + column.type() + " value '" + cell + "'");
        }
    }

    private static Resource[] resources(ResourcePatternResolver resolver, String pattern) {
        try {
            Resource[] found = resolver.getResources(pattern);
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return Arrays.stream(found).filter(Resource::exists).toArray(Resource[]::new);
        } catch (IOException e) {
            return new Resource[0];
        }
    }

    private static String baseName(Resource resource) {
        String name = String.valueOf(resource.getFilename());
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
