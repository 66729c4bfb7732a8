package org.seigraph.ingest;

import java.nio.file.Path;

/**
 * Regenerates {@code <import>/graph/} from {@code <import>/source/} and {@code <import>/curated/}, and
 * {@code cypher/load.cypher} (beside the import folder) from the files written.
 * Usage: {@code GenerateGraphCsv [importDir]} (default {@code import}).
 */
public final class GenerateGraphCsv {
    public static void main(String[] args) throws Exception {
        Path importDir = Path.of(args.length > 0 ? args[0] : "import");
        GraphBuild.Result result = GraphBuild.build(importDir);
        new GraphCsvWriter().write(result.records(), importDir.resolve("graph"));
        Path loadCypher = importDir.toAbsolutePath().getParent().resolve("cypher").resolve("load.cypher");
        new LoadCypherWriter().write(importDir.resolve("graph"), loadCypher);
        System.out.printf("wrote %d nodes, %d relationships to %s%n",
                result.records().nodes().size(), result.records().rels().size(), importDir.resolve("graph"));
        if (!result.missingNamesEn().isEmpty()) {
            System.err.println("nodes without nameEn (" + result.missingNamesEn().size() + "):");
            result.missingNamesEn().forEach(id -> System.err.println("  " + id));
        }
    }
}
