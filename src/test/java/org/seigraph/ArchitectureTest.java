package org.seigraph;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;
import org.seigraph.support.Alongside;

/**
 * The package rules of the service's own code (not the tests): features on top, infrastructure below, imports
 * that only point down and no package cycles. {@link #MAY_USE} is the one table of what each package may import;
 * a new package must be added to it, or this test fails.
 */
@Alongside
class ArchitectureTest {

    /** Package → the packages of ours it may import (besides itself). Infrastructure first, then features. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        // infrastructure: knows no feature
        MAY_USE.put("store", Set.of());
        MAY_USE.put("graph", Set.of("store"));
        MAY_USE.put("web", Set.of("store", "graph"));
        // features: use infrastructure, and lower features only
        MAY_USE.put("text", Set.of("store", "graph", "web"));
        MAY_USE.put("entity", Set.of("store", "graph", "web", "text"));
        MAY_USE.put("lookup", Set.of("store", "graph", "web", "text", "entity"));
        MAY_USE.put("parks", Set.of("store", "graph", "web", "text", "entity", "lookup"));
        MAY_USE.put("maps", Set.of("store", "graph", "web", "text", "entity", "lookup"));
        MAY_USE.put("tables", Set.of("store", "graph", "web", "text", "entity", "lookup", "parks"));
        MAY_USE.put("ask", Set.of("store", "graph", "web", "text", "entity", "lookup", "parks", "maps", "tables"));
        MAY_USE.put("ingest", Set.of("store", "graph", "web", "text"));
        MAY_USE.put("curation", Set.of("store", "graph", "web", "text", "ingest"));
    }

    /** The service's compiled classes only: scanning the whole class path for the package would read every jar. */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(Set.of(Location.of(SeiGraphApplication.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void noPackageCycles() {
        slices().matching("org.seigraph.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void importsPointDown() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String pkg : MAY_USE.keySet()) {
            layers = layers.layer(pkg).definedBy("org.seigraph." + pkg + "..");
        }
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            layers = e.getValue().isEmpty()
                    ? layers.whereLayer(e.getKey()).mayNotAccessAnyLayer()
                    : layers.whereLayer(e.getKey()).mayOnlyAccessLayers(e.getValue().toArray(String[]::new));
        }
        layers.withOptionalLayers(true).check(MAIN);
    }

    @Test
    void everyPackageIsInTheTable() {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String rest = c.getPackageName().substring("org.seigraph".length());
            if (!rest.isEmpty()) {
                packages.add(rest.substring(1).split("\\.")[0]);
            }
        }
        assertThat(packages).as("the service's packages were read").contains("store", "graph", "web", "entity");
        assertThat(MAY_USE.keySet()).containsAll(packages);
    }

    @Test
    void theTableItselfHasNoCycle() {
        // a feature may not list a package that (directly or not) lists it back
        for (String pkg : MAY_USE.keySet()) {
            assertThat(reachable(pkg, new TreeSet<>())).as("packages %s reaches", pkg).doesNotContain(pkg);
        }
    }

    private static Set<String> reachable(String from, Set<String> seen) {
        for (String next : MAY_USE.getOrDefault(from, Set.of())) {
            if (seen.add(next)) {
                reachable(next, seen);
            }
        }
        return seen;
    }
}
