package org.seigraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema.cypher} (constraints and indexes, all {@code IF NOT EXISTS}) so a second
 * start changes nothing. The same file runs in cypher-shell.
 */
@Component
public class SchemaInitializer {

    private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

    private final Driver driver;
    private final List<String> statements;

    public SchemaInitializer(Driver driver, ResourceLoader resources, GraphStoreProperties props) {
        this.driver = driver;
        this.statements = parse(read(resources, props.schema()));
    }

    public void apply() {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            for (String statement : statements) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
            session.run("CALL db.awaitIndexes(60)").consume();
        }
        log.info("Schema applied: {} statements", statements.size());
    }

    public List<String> statements() {
        return statements;
    }

    /** Statements end with ';' at the end of a line (as cypher-shell reads them); '//' lines are comments. */
    public static List<String> parse(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";[ \t]*(\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read(ResourceLoader resources, String location) {
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema script " + location, e);
        }
    }
}
