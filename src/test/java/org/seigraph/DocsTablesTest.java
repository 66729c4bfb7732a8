package org.seigraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.seigraph.graph.GraphModel;
import org.seigraph.lookup.ReadOnlyCypher;
import org.seigraph.lookup.SearchService;
import org.seigraph.maps.SubgraphService;
import org.seigraph.parks.FitRules;
import org.seigraph.parks.FitRules.ReasonKind;
import org.seigraph.support.MarkedBlocks;
import org.seigraph.web.ErrorCode;
import org.seigraph.web.RequestLimits;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Tables that live in code are generated into the docs, or checked against them, so the docs cannot drift: the
 * dependency rules, the park-fit weights, evidence shapes and origin table, and the request limits are rendered
 * here between {@code <!-- generated:NAME -->} markers ({@link MarkedBlocks}; {@code -Ddocs.update=true} rewrites
 * them); the configuration table, the error codes, the model's labels and types and the package layout are checked.
 */
class DocsTablesTest {

    private static final Path README = Path.of("README.md");
    private static final Path GRAPH_MODEL = Path.of("docs", "graph-model.md");
    private static final Path PARK_FIT = Path.of("docs", "park-fit.md");
    private static final Path SECURITY = Path.of("docs", "security.md");
    private static final Path DESIGN = Path.of("docs", "design.md");

    // ---- generated -------------------------------------------------------------------------------------------

    @Test
    void dependencyRules() throws Exception {
        Map<String, ?> rules = constant("org.seigraph.lookup.DependencyRules", "RULES");
        StringBuilder md = new StringBuilder("| relationship | X depends on Y when |\n|---|---|\n");
        rules.forEach((type, dependent) -> md.append("| `").append(type).append("` | `")
                .append(((Enum<?>) dependent).name().equals("START")
                        ? "(X)-[:" + type + "]->(Y)" : "(Y)-[:" + type + "]->(X)")
                .append("` |\n"));
        MarkedBlocks.check(GRAPH_MODEL, "dependency-rules", md.toString());
    }

    @Test
    void fitWeights() {
        StringBuilder md = new StringBuilder("| kind | weight |\n|---|---|\n");
        for (ReasonKind kind : ReasonKind.values()) {
            md.append("| `").append(kind).append("` | ").append(weight(kind)).append(" |\n");
        }
        MarkedBlocks.check(PARK_FIT, "fit-weights", md.toString());
    }

    /** The kind's weight, or for a kind that depends on the focus rank r, the formula and its first values. */
    private static String weight(ReasonKind kind) {
        double first = FitRules.weight(kind, 1);
        double floor = FitRules.weight(kind, 1_000_000);
        if (first == floor) {
            return number(kind.weight());
        }
        return number(kind.weight()) + " × max(" + number(floor / kind.weight()) + ", 1 − "
                + number(FitRules.LAYOUT_RANK_STEP) + " × (r − 1)) for focus rank r: " + number(first) + ", "
                + number(FitRules.weight(kind, 2)) + ", " + number(FitRules.weight(kind, 3)) + " … never below "
                + number(floor);
    }

    @Test
    void fitShapes() throws Exception {
        Method kindOf = FitRules.class.getDeclaredMethod("kindOf", String.class, String.class, String.class);
        kindOf.setAccessible(true);
        // shapes grouped by the kinds they count as when the last step is a BUILDS or a HOSTS tie
        Map<String, List<String>> byKinds = new LinkedHashMap<>();
        List<String> shapes = FitRules.VIA_SHAPES.keySet().stream()
                .sorted(Comparator.comparing((String s) -> FitRules.VIA_SHAPES.get(s).ordinal())
                        .thenComparing(s -> s.split(",").length).thenComparing(s -> s))
                .toList();
        for (String shape : shapes) {
            Set<String> kinds = new LinkedHashSet<>();
            for (String tie : List.of("BUILDS", "HOSTS")) {
                kinds.add("`" + kindOf.invoke(null, "TIE", shape, tie) + "`");
            }
            String countsAs = String.join(" or ", kinds) + (kinds.size() > 1 ? ", by the tie" : "");
            byKinds.computeIfAbsent(countsAs, k -> new ArrayList<>())
                    .add(shape.isEmpty() ? "(the need itself)" : "`" + shape + "`");
        }
        StringBuilder md = new StringBuilder("| walked from the need element | counts as |\n|---|---|\n");
        byKinds.forEach((countsAs, walked) -> md.append("| ").append(String.join(", ", walked)).append(" | ")
                .append(countsAs).append(" |\n"));
        MarkedBlocks.check(PARK_FIT, "fit-shapes", md.toString());
    }

    @Test
    void origins() {
        StringBuilder md = new StringBuilder("| profile | for | keywords | graph anchors |\n|---|---|---|---|\n");
        for (FitRules.OriginRule rule : FitRules.ORIGINS) {
            md.append("| `").append(rule.profile()).append("` | ").append(rule.description()).append(" | ")
                    .append(String.join(", ", rule.keywords())).append(" | ")
                    .append(rule.anchors().stream().map(a -> "`" + a + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        MarkedBlocks.check(PARK_FIT, "origins", md.toString());
    }

    /** What each {@code seigraph.limits.*} setting caps, in words. */
    private static final Map<String, String> LIMIT_NAMES = Map.of(
            "maxDepth", "query depth",
            "maxComplexity", "query complexity",
            "maxAliases", "aliases per document",
            "maxTokens", "tokens per document",
            "maxCharacters", "characters per document",
            "maxFirst", "`first` of a list or connection",
            "maxTraversalDepth", "`depth` of `dependencies`",
            "maxResultNodes", "nodes of a traversal, subgraph or export");

    @Test
    void limits() throws Exception {
        StringBuilder md = new StringBuilder("| limit | value | where |\n|---|---|---|\n");
        RequestLimits.Settings settings = bind("seigraph.limits", RequestLimits.Settings.class);
        for (RecordComponent c : RequestLimits.Settings.class.getRecordComponents()) {
            assertThat(LIMIT_NAMES).as("say in LIMIT_NAMES what seigraph.limits.%s caps", kebab(c.getName()))
                    .containsKey(c.getName());
            md.append(row(LIMIT_NAMES.get(c.getName()), c.getAccessor().invoke(settings).toString(),
                    "`seigraph.limits." + kebab(c.getName()) + "`"));
        }
        String needResolver = "org.seigraph.parks.NeedResolver";
        md.append(row("`maxHops` of `paths`", constant("org.seigraph.lookup.PathService", "MAX_HOPS").toString(),
                        "`lookup/PathService.MAX_HOPS`"))
                .append(row("`hops` of `subgraph` and exports", String.valueOf(SubgraphService.MAX_HOPS),
                        "`maps/SubgraphService.MAX_HOPS`"))
                .append(row("start ids of `subgraph`", String.valueOf(SubgraphService.MAX_IDS),
                        "`maps/SubgraphService.MAX_IDS`"))
                .append(row("`search` text", SearchService.MAX_TEXT + " characters", "`lookup/SearchService.MAX_TEXT`"))
                .append(row("an `ID` argument", constant("org.seigraph.web.ArgumentChecks", "MAX_LENGTH") + " characters",
                        "`web/ArgumentChecks.MAX_LENGTH`"))
                .append(row("park-fit text / ids / `limit`", constant(needResolver, "MAX_TEXT") + " characters / "
                                + constant(needResolver, "MAX_IDS") + " / 1–" + constant(needResolver, "MAX_LIMIT"),
                        "`parks/NeedResolver`"))
                .append(row("`POST /api/cypher` query", bind("seigraph.cypher", ReadOnlyCypher.Settings.class)
                        .maxQueryLength() + " characters", "`seigraph.cypher.max-query-length`"));
        MarkedBlocks.check(SECURITY, "limits", md.toString());
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    // ---- checked ---------------------------------------------------------------------------------------------

    private static final Pattern PROPERTY_ROW = Pattern.compile("^\\| `(seigraph\\.[a-z0-9.-]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    /**
     * Every property of every {@code @ConfigurationProperties} class of ours has a row in the README's configuration
     * table whose default is the one the app gets (the class's default, or application.yml's value), or is a limit
     * of the generated limits table; and the README names no property that does not exist.
     */
    @Test
    void configurationDefaults() throws Exception {
        Map<String, String> defaults = new TreeMap<>();
        for (Class<?> type : propertiesClasses()) {
            String prefix = prefix(type);
            collect(prefix, bind(prefix, type), defaults);
        }
        String readme = MarkedBlocks.read(README);
        Map<String, String> documented = new TreeMap<>();
        Matcher m = PROPERTY_ROW.matcher(readme);
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip());
        }
        String limits = MarkedBlocks.read(SECURITY);
        List<String> problems = new ArrayList<>();
        defaults.forEach((property, value) -> {
            String cell = documented.get(property);
            if (property.startsWith("seigraph.limits.") && cell == null) {
                if (!limits.contains("`" + property + "`")) {
                    problems.add(property + ": not in docs/security.md's limits table");
                }
            } else if (cell == null) {
                problems.add(property + ": no row in the README's configuration table (default " + value + ")");
            } else if (!(value.equals("unset") || value.equals("none") ? cell.startsWith(value) : cell.equals("`" + value + "`"))) {
                problems.add(property + ": README says " + cell + ", the app's default is " + value);
            }
        });
        documented.keySet().stream().filter(p -> !defaults.containsKey(p))
                .forEach(p -> problems.add(p + ": in the README, but no such property"));
        assertThat(problems).as("README configuration table vs the properties classes and application.yml").isEmpty();
    }

    @Test
    void errorCodes() {
        String security = MarkedBlocks.read(SECURITY);
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("^\\| `([A-Z_]+)` \\| [^|]+ \\| ([^|]+) \\|$", Pattern.MULTILINE).matcher(security);
        while (m.find()) {
            documented.add(m.group(1));
            ErrorCode code = ErrorCode.valueOf(m.group(1));
            assertThat(m.group(2).strip()).as("HTTP status of %s in docs/security.md", code)
                    .startsWith(Integer.toString(code.httpStatus()));
        }
        assertThat(documented).as("error codes in docs/security.md")
                .isEqualTo(Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void fitEvidenceKinds() {
        assertThat(firstColumn(section(MarkedBlocks.read(PARK_FIT), "## Scoring model").replaceAll(
                "(?s)<!-- generated:.*?<!-- /generated:[a-z-]+ -->", "")))
                .as("kinds of the evidence table in docs/park-fit.md").isEqualTo(names(ReasonKind.values()));
    }

    @Test
    void labelsAndRelationshipTypes() {
        String model = MarkedBlocks.read(GRAPH_MODEL);
        assertThat(firstColumn(section(model, "## Nodes"))).as("labels in docs/graph-model.md")
                .isEqualTo(names(GraphModel.Label.values()));
        assertThat(firstColumn(section(model, "## Relationships"))).as("relationship types in docs/graph-model.md")
                .isEqualTo(names(GraphModel.RelType.values()));
    }

    @Test
    void packages() throws IOException {
        Set<String> packages;
        try (Stream<Path> dirs = Files.list(Path.of("src", "main", "java", "org", "seigraph"))) {
            packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inLayout = new TreeSet<>();
        Matcher m = Pattern.compile("^  ([a-z]+)/ ", Pattern.MULTILINE).matcher(section(MarkedBlocks.read(README), "## Layout"));
        while (m.find()) {
            inLayout.add(m.group(1));
        }
        assertThat(inLayout).as("packages in the README's layout").isEqualTo(packages);
        assertThat(firstColumn(section(MarkedBlocks.read(DESIGN), "## Packages"))).as("packages in docs/design.md")
                .isEqualTo(packages);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static Set<Class<?>> propertiesClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        Set<Class<?>> types = new LinkedHashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.seigraph")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(types).as("@ConfigurationProperties classes").isNotEmpty();
        return types;
    }

    private static String prefix(Class<?> type) {
        ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
        return annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
    }

    /** Binds a properties class from application.yml alone (no environment variables), as the app would. */
    private static <T> T bind(String prefix, Class<T> type) {
        try {
            List<PropertySource<?>> yml = new YamlPropertySourceLoader()
                    .load("application.yml", new FileSystemResource("src/main/resources/application.yml"));
            return new Binder(ConfigurationPropertySources.from(yml)).bindOrCreate(prefix, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void collect(String prefix, Object value, Map<String, String> out) throws Exception {
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object v = c.getAccessor().invoke(value);
            String name = prefix + "." + kebab(c.getName());
            if (v != null && v.getClass().isRecord()) {
                collect(name, v, out);
            } else {
                out.put(name, render(v));
            }
        }
    }

    private static String render(Object value) {
        if (value == null || "".equals(value)) {
            return "unset";
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return "none";
        }
        if (value instanceof Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
        }
        return value.toString();
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String number(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T constant(String className, String field) throws Exception {
        Field f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return (T) f.get(null);
    }

    /** The text of a Markdown section: from its heading to the next heading of the same or a higher level. */
    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertThat(start).as("heading '%s'", heading).isGreaterThanOrEqualTo(0);
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = text.indexOf("\n" + level, start + heading.length() + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /** The backticked names in the first column of the section's table rows. */
    private static Set<String> firstColumn(String section) {
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("^\\| ([^|]+) \\|", Pattern.MULTILINE).matcher(section);
        while (row.find()) {
            Matcher name = Pattern.compile("`([A-Za-z_]+)`").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
