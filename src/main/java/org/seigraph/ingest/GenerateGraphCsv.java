package org.seigraph.ingest;

import java.nio.file.Path;

/**
 * Regenerates {@code <import>/graph/} from {@code <import>/source/} and {@code <import>/curated/}.
 * Usage: {@code GenerateGraphCsv [importDir]} (default {@code import}).
 */
public final class GenerateGraphCsv {
    public static void main(String[] args) throws Exception {
        Path importDir = Path.of(args.length > 0 ? args[0] : "import");
        GraphBuild.Result result = GraphBuild.build(importDir);
        new GraphCsvWriter().write(result.records(), importDir.resolve("graph"));
        System.out.printf("wrote %d nodes, %d relationships to %s%n",
                result.records().nodes().size(), result.records().rels().size(), importDir.resolve("graph"));
        if (!result.missingNamesEn().isEmpty()) {
            System.err.println("nodes without nameEn (" + result.missingNamesEn().size() + "):");
            result.missingNamesEn().forEach(id -> System.err.println("  " + id));
        }
    }
}
