package org.seigraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import graphql.scalars.ExtendedScalars;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.springframework.graphql.execution.ConnectionTypeDefinitionConfigurer;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden tests of the compiler, without Neo4j: each {@code src/test/resources/compiler/<case>.graphql} is executed
 * against the real schema, every root field that compiles its selection (node, nodes, the lists and the connections'
 * {@code edges.node}) is planned and rendered, and the Cypher must equal {@code <case>.cypher} and its parameters
 * {@code <case>.params.json}. {@code loaders.cypher} holds every DataLoader's query. Any change to the generated
 * Cypher shows in the diff of these files. Re-record them with
 * {@code mvn test -Dtest=CompilerGoldenTest -Dgolden.update=true} and review the diff (docs/compiler.md).
 *
 * <p>The files hold the pretty-printed rendering of the statement the app runs (the app sends the compact
 * rendering of the same Cypher-DSL tree).
 */
class CompilerGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/compiler");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Renderer PRETTY = Renderer.getRenderer(Configuration.prettyPrinting());
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final List<String> SDL = EntitySchema.read("classpath*:graphql/**/*.graphqls");
    private static final EntitySchema SCHEMA = new EntitySchema(SDL);
    private static final SelectionPlanner PLANNER = new SelectionPlanner(SCHEMA);
    private static final CypherBuilder BUILDER = new CypherBuilder(SCHEMA);
    private static final GraphQL GRAPHQL = graphQl();

    @TestFactory
    Stream<DynamicTest> everyCaseCompilesToItsGoldenCypher() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
        assertThat(cases).as("golden cases under " + DIR).hasSizeGreaterThanOrEqualTo(10);
        return cases.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
            Compiled compiled = compile(Files.readString(file));
            assertThat(compiled.cypher()).as("roots that compile their selection in " + name).isNotEmpty();
            golden(DIR.resolve(name + ".cypher"), compiled.cypher());
            golden(DIR.resolve(name + ".params.json"), JSON.writeValueAsString(compiled.params()) + "\n");
        }));
    }

    @Test
    void everyDataLoaderQuery() {
        StringBuilder out = new StringBuilder();
        for (RelationField relation : SCHEMA.relations()) {
            out.append("// ").append(relation.qualifiedName()).append('\n')
                    .append(PRETTY.render(BUILDER.loader(relation))).append("\n\n");
        }
        golden(DIR.resolve("loaders.cypher"), out.toString());
    }

    /** What a request compiles: per root field (by result key), the Cypher and its parameters. */
    record Compiled(String cypher, Map<String, Object> params) {
    }

    /** Runs the document against the schema with root fetchers that compile and record instead of querying. */
    static Compiled compile(String document) {
        StringBuilder cypher = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        for (Root root : roots(document)) {
            Statement statement;
            if (root.byIds()) {
                params.put(root.resultKey(), Map.of("batch", Map.of("ids", root.ids())));
                cypher.append("// ").append(root.resultKey()).append('\n');
                statement = BUILDER.byIds(PLANNER.plan(root.fields(), SelectionCompiler.MAX_COMPILED));
            } else {
                // the list's own MATCH (lookup.ListQueries) binds n and carries the filter parameters
                params.put(root.resultKey(), Map.of());
                cypher.append("// ").append(root.resultKey()).append(": after the MATCH … WITH n ORDER BY … of lookup.ListQueries.")
                        .append(root.field()).append('\n');
                statement = Cypher.returning(BUILDER.projection(PLANNER.plan(root.fields(), SelectionCompiler.MAX_COMPILED),
                        CypherBuilder.ROOT, 0).as(CypherBuilder.ROOT)).build();
            }
            cypher.append(PRETTY.render(statement)).append("\n\n");
        }
        return new Compiled(cypher.toString(), params);
    }

    /**
     * A root field of a document that compiles its selection: node/nodes (by ids) or a list or connection, with the
     * selected fields of its entities.
     */
    record Root(String resultKey, String field, boolean byIds, List<Object> ids, List<SelectedField> fields) {
    }

    /** The roots of {@code document} that compile their selection, in document order. */
    static List<Root> roots(String document) {
        List<Root> roots = new java.util.ArrayList<>();
        ExecutionResult result = GRAPHQL.execute(ExecutionInput.newExecutionInput(document)
                .graphQLContext(Map.of(Root.class, roots)).build());
        // the recording roots answer null, which non-null roots report; only a document the schema refuses fails here
        assertThat(result.getErrors().stream().filter(e -> e.getErrorType() == ErrorType.ValidationError
                || e.getErrorType() == ErrorType.InvalidSyntax)).as("the document is valid against the schema").isEmpty();
        return roots;
    }

    private static Root root(GraphQLFieldDefinition field, DataFetchingEnvironment env) {
        boolean byIds = field.getName().equals("node") || field.getName().equals("nodes");
        Object ids = byIds ? env.getArgument(field.getName().equals("node") ? "id" : "ids") : null;
        List<SelectedField> fields = connection(field)
                ? env.getSelectionSet().getFields("edges/node").stream()
                        .flatMap(f -> f.getSelectionSet().getImmediateFields().stream()).toList()
                : env.getSelectionSet().getImmediateFields();
        return new Root(env.getField().getResultKey(), field.getName(), byIds,
                ids == null ? null : ids instanceof List<?> l ? List.copyOf(l) : List.of(ids), fields);
    }

    /**
     * The real schema (with the connection types Spring for GraphQL generates), where each root that compiles its
     * selection (an entity, a list of entities, or a connection of entities) records instead of querying.
     */
    private static GraphQL graphQl() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SDL.forEach(text -> registry.merge(new SchemaParser().parse(text)));
        new ConnectionTypeDefinitionConfigurer().configure(registry);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(ExtendedScalars.Json)
                .scalar(ExtendedScalars.DateTime)
                .type(EntitySchema.ENTITY, type -> type.typeResolver(env -> null));
        GraphQLSchema plain = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        wiring.type("Query", type -> {
            for (GraphQLFieldDefinition field : plain.getQueryType().getFieldDefinitions()) {
                if (compiles(field)) {
                    type.dataFetcher(field.getName(), env -> {
                        env.getGraphQlContext().<List<Root>>get(Root.class).add(root(field, env));
                        return null;
                    });
                }
            }
            return type;
        });
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(registry, wiring.build())).build();
    }

    private static boolean compiles(GraphQLFieldDefinition field) {
        String type = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
        return !SCHEMA.objectTypes(type).isEmpty() || connection(field);
    }

    private static boolean connection(GraphQLFieldDefinition field) {
        String type = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
        return type.endsWith("Connection") && !SCHEMA.objectTypes(type.substring(0, type.length() - "Connection".length())).isEmpty();
    }

    /** Compares with the golden file, or writes it when re-recording. */
    private static void golden(Path file, String actual) {
        try {
            if (UPDATE) {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(Files.exists(file)).as(file + " exists (record it with -Dgolden.update=true)").isTrue();
            assertThat(actual).as(file + " (re-record with -Dgolden.update=true and review the diff)")
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
