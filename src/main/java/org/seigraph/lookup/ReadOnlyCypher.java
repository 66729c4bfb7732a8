package org.seigraph.lookup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.seigraph.web.ApiException;
import org.seigraph.web.ErrorCode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Analysts' own Cypher, safely: planned first (EXPLAIN) and refused unless the plan is read-only and loads
 * no files; then run in a READ transaction (the server itself refuses writes there) with a timeout and a
 * row cap.
 */
@Service
@EnableConfigurationProperties(ReadOnlyCypher.Settings.class)
public class ReadOnlyCypher {

    @ConfigurationProperties("seigraph.cypher")
    public record Settings(Duration timeout, Integer maxRows, Integer maxQueryLength) {
        public Settings {
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
            maxRows = maxRows == null ? 1000 : maxRows;
            maxQueryLength = maxQueryLength == null ? 10_000 : maxQueryLength;
        }
    }

    public record Answer(List<String> columns, List<Map<String, Object>> rows, boolean truncated, long millis) {
    }

    private static final Pattern LOAD_CSV = Pattern.compile("(?is)\\bLOAD\\s+CSV\\b");

    private final Driver driver;
    private final Settings settings;

    public ReadOnlyCypher(Driver driver, Settings settings) {
        this.driver = driver;
        this.settings = settings;
    }

    public Answer run(String query, Map<String, Object> params) {
        if (query == null || query.isBlank()) {
            throw ApiException.badRequest("'query' is required");
        }
        if (query.length() > settings.maxQueryLength()) {
            throw ApiException.limit("The query is " + query.length() + " characters, above the limit of " + settings.maxQueryLength());
        }
        if (LOAD_CSV.matcher(query).find()) {
            throw forbidden("LOAD CSV is not allowed here");
        }
        Map<String, Object> parameters = params == null ? Map.of() : params;
        long started = System.nanoTime();
        TransactionConfig tx = TransactionConfig.builder().withTimeout(settings.timeout()).build();
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(t -> {
                var plan = t.run("EXPLAIN " + query, parameters).consume();
                if (plan.queryType() != QueryType.READ_ONLY) {
                    throw forbidden("Only read queries are allowed; this one is " + plan.queryType());
                }
                if (plan.hasPlan() && loadsFiles(plan.plan())) {
                    throw forbidden("Loading files is not allowed here");
                }
                if (plan.hasPlan()) {
                    refuseCommandsAndProcedures(plan.plan());
                }
                Result result = t.run(query, parameters);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean truncated = false;
                while (result.hasNext()) {
                    if (rows.size() == settings.maxRows()) {
                        truncated = true;
                        break;
                    }
                    var record = result.next();
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : columns) {
                        row.put(column, json(record.get(column)));
                    }
                    rows.add(row);
                }
                return new Answer(columns, rows, truncated, (System.nanoTime() - started) / 1_000_000);
            }, tx);
        } catch (ClientException e) {
            String code = String.valueOf(e.code());
            if (code.contains("AccessMode") || code.contains("Forbidden")) {
                throw forbidden("Only read queries are allowed: " + e.getMessage());
            }
            if (code.contains("TransactionTimedOut") || code.contains("Terminated")) {
                throw new ApiException(ErrorCode.TIMEOUT, "The query ran past its limit of " + settings.timeout().toMillis() + " ms");
            }
            if (code.contains("Procedure")) {
                throw forbidden(e.getMessage());
            }
            throw ApiException.badRequest("Cypher error: " + e.getMessage());
        }
    }

    /**
     * Procedures analysts may call (read-only introspection and full-text search); anything else, and every
     * administration command (SHOW/TERMINATE TRANSACTIONS, SHOW SETTINGS …), is refused even where Neo4j plans it as
     * "read-only": terminating other users' transactions or reading their queries and the server settings is not a read
     * of the graph.
     */
    private static final java.util.List<String> ALLOWED_PROCEDURES = java.util.List.of("db.labels", "db.relationshipTypes",
            "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "dbms.components");
    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z0-9_.`]+)\\s*\\(");
    private static final java.util.Set<String> ALLOWED_COMMANDS = java.util.Set.of("showindexes", "showconstraints",
            "showfunctions", "showprocedures");

    private static void refuseCommandsAndProcedures(Plan plan) {
        String op = plan.operatorType().toLowerCase(java.util.Locale.ROOT).replaceAll("@.*$", "");
        if ((op.startsWith("show") || op.startsWith("terminate")) && !ALLOWED_COMMANDS.contains(op)) {
            throw forbidden("Administration commands are not allowed here (" + plan.operatorType() + ")");
        }
        if (op.contains("procedurecall")) {
            Value details = plan.arguments().get("Details");
            String text = details == null ? "" : details.asString("");
            var m = PROCEDURE_NAME.matcher(text);
            String name = m.find() ? m.group(1).replace("`", "") : text;
            if (!ALLOWED_PROCEDURES.contains(name)) {
                throw forbidden("Procedure " + name + " is not allowed here; allowed: " + ALLOWED_PROCEDURES);
            }
        }
        plan.children().forEach(ReadOnlyCypher::refuseCommandsAndProcedures);
    }

    private static boolean loadsFiles(Plan plan) {
        if (plan.operatorType().toLowerCase().contains("loadcsv")) {
            return true;
        }
        return plan.children().stream().anyMatch(ReadOnlyCypher::loadsFiles);
    }

    private static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    /** Driver values as plain JSON: nodes and relationships by our stable ids, with labels/type and properties. */
    static Object json(Value value) {
        switch (value.type().name()) {
            case "NULL":
                return null;
            case "NODE": {
                Node node = value.asNode();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("id", node.get("id").asString(null));
                out.put("labels", node.labels());
                Map<String, Object> props = new LinkedHashMap<>(node.asMap());
                props.remove("text");
                out.put("properties", props);
                return out;
            }
            case "RELATIONSHIP": {
                Relationship rel = value.asRelationship();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("id", rel.get("id").asString(null));
                out.put("type", rel.type());
                out.put("properties", rel.asMap());
                return out;
            }
            case "PATH": {
                Path path = value.asPath();
                Map<String, Object> out = new LinkedHashMap<>();
                List<Object> nodes = new ArrayList<>();
                path.nodes().forEach(n -> nodes.add(json(org.neo4j.driver.Values.value(n))));
                List<Object> rels = new ArrayList<>();
                path.relationships().forEach(r -> rels.add(json(org.neo4j.driver.Values.value(r))));
                out.put("nodes", nodes);
                out.put("relationships", rels);
                return out;
            }
            case "LIST":
                List<Object> list = new ArrayList<>();
                value.values().forEach(v -> list.add(json(v)));
                return list;
            case "MAP": {
                Map<String, Object> out = new LinkedHashMap<>();
                value.keys().forEach(k -> out.put(k, json(value.get(k))));
                return out;
            }
            case "DATE", "TIME", "LOCAL_TIME", "LOCAL_DATE_TIME", "DATE_TIME", "DURATION", "POINT":
                return value.toString();
            default:
                return value.asObject();
        }
    }
}
