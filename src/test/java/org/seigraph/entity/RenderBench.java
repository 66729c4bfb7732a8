package org.seigraph.entity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.seigraph.entity.RelationField.Direction;

/**
 * What producing the compiled Cypher costs per request, side by side in one run and one JVM, over the selections of
 * the golden cases (src/test/resources/compiler): a known shape (plan, then the rendered projection looked up by
 * plan, as SelectionCompiler does), a new shape (plan and render with Cypher-DSL), and the same plan rendered by
 * string concatenation on every request (as the compiler did before, {@link StringRenderer}). No Neo4j, no HTTP.
 *
 * <pre>bench/run.sh render [--seconds 10]</pre>
 * Writes bench/results/DATE-render.md.
 */
public final class RenderBench {

    public static void main(String[] args) throws Exception {
        double seconds = args.length >= 2 && args[0].equals("--seconds") ? Double.parseDouble(args[1]) : 10;
        String uptimeBefore = uptime();
        Map<String, List<List<SelectedField>>> cases = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/compiler"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".graphql")).sorted().toList()) {
                cases.put(file.getFileName().toString().replace(".graphql", ""),
                        CompilerGoldenTest.roots(Files.readString(file)).stream().map(CompilerGoldenTest.Root::fields).toList());
            }
        }
        EntitySchema schema = new EntitySchema(EntitySchema.read("classpath*:graphql/**/*.graphqls"));
        SelectionPlanner planner = new SelectionPlanner(schema);
        CypherBuilder dsl = new CypherBuilder(schema);
        StringRenderer strings = new StringRenderer(schema);
        Renderer renderer = Renderer.getDefaultRenderer();

        StringBuilder table = new StringBuilder("| case | roots | known shape (plan + lookup) µs | new shape: Cypher-DSL µs | "
                + "strings µs | known shape − strings µs |\n|---|---|---|---|---|---|\n");
        Map<EntityPlan, String> rendered = new java.util.concurrent.ConcurrentHashMap<>();
        double totalDsl = 0;
        double totalStrings = 0;
        double totalKnown = 0;
        long sink = 0;
        for (int round = 0; round < 2; round++) { // round 0 warms the JIT on every case
            boolean measure = round == 1;
            totalDsl = 0;
            totalStrings = 0;
            totalKnown = 0;
            for (Map.Entry<String, List<List<SelectedField>>> c : cases.entrySet()) {
                double budget = (measure ? seconds : seconds / 2) / cases.size() / 2;
                double[] dslUs = time(budget, () -> {
                    long n = 0;
                    for (List<SelectedField> fields : c.getValue()) {
                        EntityPlan plan = planner.plan(fields, SelectionCompiler.MAX_COMPILED);
                        n += renderer.render(Cypher.returning(dsl.projection(plan, CypherBuilder.ROOT, 0).as("n")).build()).length();
                    }
                    return n;
                });
                double[] knownUs = time(budget, () -> {
                    long n = 0;
                    for (List<SelectedField> fields : c.getValue()) {
                        EntityPlan plan = planner.plan(fields, SelectionCompiler.MAX_COMPILED);
                        n += rendered.computeIfAbsent(plan, p -> renderer.render(
                                Cypher.returning(dsl.projection(p, CypherBuilder.ROOT, 0).as("n")).build())).length();
                    }
                    return n;
                });
                double[] stringUs = time(budget, () -> {
                    long n = 0;
                    for (List<SelectedField> fields : c.getValue()) {
                        EntityPlan plan = planner.plan(fields, SelectionCompiler.MAX_COMPILED);
                        n += ("RETURN " + strings.projection(plan, CypherBuilder.ROOT, 0) + " AS n").length();
                    }
                    return n;
                });
                sink += (long) (dslUs[1] + stringUs[1] + knownUs[1]);
                totalDsl += dslUs[0];
                totalStrings += stringUs[0];
                totalKnown += knownUs[0];
                if (measure) {
                    table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %+.1f |%n", c.getKey(),
                            c.getValue().size(), knownUs[0], dslUs[0], stringUs[0], knownUs[0] - stringUs[0]));
                }
            }
        }
        table.append(String.format(Locale.ROOT, "| **mean of the cases** | | %.1f | %.1f | %.1f | %+.1f |%n",
                totalKnown / cases.size(), totalDsl / cases.size(), totalStrings / cases.size(),
                (totalKnown - totalStrings) / cases.size()));
        String md = "# Compiler rendering: Cypher-DSL vs strings (" + LocalDate.now() + ")\n\n"
                + "Command: `bench/run.sh render " + String.join(" ", args) + "`\n\n"
                + "Machine: `" + uptime() + "` (after); `" + uptimeBefore + "` (before); "
                + Runtime.getRuntime().availableProcessors() + " cores\n\n"
                + "Per request: plan the selection and produce its Cypher. Known shape = what the app does for a shape "
                + "it has seen (plan, then look the plan up among the rendered ones, SelectionCompiler); new shape = "
                + "plan and render with Cypher-DSL (tree, then statement text), paid once per shape; strings = the same "
                + "plan concatenated as text on every request (the former renderer's way). Mean time per request "
                + "after a JIT warm-up round over every case, one thread.\n\n" + table
                + "\n(checksum " + sink % 10 + ")\n";
        System.out.println(md);
        Files.writeString(Path.of("bench/results/" + LocalDate.now() + "-render.md"), md);
    }

    /** Mean µs per call over about {@code seconds}, and a checksum so the work is not optimised away. */
    private static double[] time(double seconds, java.util.function.LongSupplier work) {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long calls = 0;
        long sum = 0;
        long start = System.nanoTime();
        do {
            sum += work.getAsLong();
            calls++;
        } while (System.nanoTime() < until);
        return new double[] {(System.nanoTime() - start) / 1e3 / calls, sum};
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).strip();
        } catch (Exception e) {
            return "?";
        }
    }

    /** The baseline: a plan rendered by string concatenation, as the compiler built its Cypher before Cypher-DSL. */
    static final class StringRenderer {

        private final EntitySchema schema;

        StringRenderer(EntitySchema schema) {
            this.schema = schema;
        }

        String projection(EntityPlan plan, String var, int depth) {
            Set<String> properties = new LinkedHashSet<>();
            properties.add("id");
            properties.addAll(schema.properties(plan.type()));
            properties.addAll(CypherBuilder.PROVENANCE);
            StringBuilder out = new StringBuilder(var).append(" {");
            properties.forEach(p -> out.append('.').append(p).append(", "));
            out.append("kind: [l IN labels(").append(var).append(") WHERE l <> 'Entity'][0]");
            for (int i = 0; i < plan.fields().size(); i++) {
                out.append(", ").append(CypherBuilder.valueKey(i)).append(": ").append(field(plan.fields().get(i), var, depth + 1));
            }
            return out.append('}').toString();
        }

        private String field(FieldPlan field, String var, int depth) {
            RelationField relation = field.relation();
            String r = "r" + depth;
            String c = "c" + depth;
            List<String> parts = new ArrayList<>();
            for (RelationField.Step step : relation.steps()) {
                boolean out = step.direction() == Direction.OUT;
                String label = relation.edge()
                        ? schema.edgeEnd(out ? EntitySchema.EDGE_END : EntitySchema.EDGE_START) : relation.target();
                String pattern = out ? "(" + var + ")-[" + r + ":" + step.relType() + "]->(" + c + ":" + label + ")"
                        : "(" + var + ")<-[" + r + ":" + step.relType() + "]-(" + c + ":" + label + ")";
                String keys = !relation.edge() ? r + ".end, " + r + ".rank, " + c + ".id"
                        : out ? c + ".section, " + c + ".id" : r + ".rank, " + c + ".id";
                String value;
                if (field instanceof FieldPlan.Nodes nodes) {
                    value = projection(nodes.target(), c, depth);
                } else {
                    FieldPlan.Edges edges = (FieldPlan.Edges) field;
                    value = "{edge: properties(" + r + ")"
                            + (edges.start() == null ? "" : ", bureau: " + projection(edges.start(), out ? var : c, depth))
                            + (edges.end() == null ? "" : ", subject: " + projection(edges.end(), out ? c : var, depth)) + "}";
                }
                parts.add("[" + pattern + (field.guarded() ? " WHERE " + var + ":" + relation.type() : "")
                        + " | {k: [" + keys + "], v: " + value + "}]");
            }
            return parts.stream().collect(Collectors.joining(" + "));
        }
    }

    private RenderBench() {
    }
}
