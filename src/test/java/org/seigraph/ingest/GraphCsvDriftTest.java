package org.seigraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed import/graph must be exactly what the parser and the curated overlay produce now. */
class GraphCsvDriftTest {

    static final Path IMPORT = Path.of("import");

    @Test
    void committedCsvsMatchAFreshGeneration(@TempDir Path tmp) throws IOException {
        GraphBuild.Result result = GraphBuild.build(IMPORT);
        new GraphCsvWriter().write(result.records(), tmp);

        TreeSet<String> expected = files(IMPORT.resolve("graph"));
        TreeSet<String> actual = files(tmp);
        assertThat(actual).as("generated files vs committed files (regenerate: see import/README.md)")
                .containsExactlyElementsOf(expected);
        for (String f : actual) {
            byte[] committed = Files.readAllBytes(IMPORT.resolve("graph").resolve(f));
            byte[] fresh = Files.readAllBytes(tmp.resolve(f));
            assertThat(Arrays.equals(committed, fresh))
                    .as("import/graph/%s drifted from the parser output; regenerate with GenerateGraphCsv", f)
                    .isTrue();
        }
    }

    @Test
    void sourceCopyIsTheSharedSourceWhenAvailable() throws IOException {
        // ../shared sits beside the project on developer machines and in CI
        Path shared = Path.of("..", "shared", "source", "000_240bfd8bbd972290.txt");
        Path copy = IMPORT.resolve("source/tianjin-sei-13th-fyp-implementation-opinions.txt");
        assertThat(copy).exists();
        if (Files.exists(shared)) assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(shared));
    }

    static TreeSet<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<String> names = s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
            return new TreeSet<>(names);
        }
    }
}
