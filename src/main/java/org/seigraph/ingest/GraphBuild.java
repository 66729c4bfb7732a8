package org.seigraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole ingest: parse each plan listed in {@code curated/documents.csv}, then apply the curated overlay and the
 * exported curation changes ({@link CuratedChanges}).
 */
public final class GraphBuild {

    public record Result(GraphRecords records, List<ParsedPlan> plans, List<String> missingNamesEn) {}

    public static Result build(Path importDir) throws IOException {
        CuratedOverlay overlay = new CuratedOverlay(importDir.resolve("curated"));
        List<CuratedOverlay.DocumentEntry> docs = overlay.documents();
        if (docs.size() != 1) throw new IllegalStateException("one plan per build is supported, documents.csv lists " + docs.size());
        CuratedOverlay.DocumentEntry plan = docs.get(0);
        String text = Files.readString(importDir.resolve("source").resolve(plan.sourceFile()), StandardCharsets.UTF_8);
        ParsedPlan parsed = new PolicyTextParser(plan.key()).parse(text);
        overlay.applyFacts(parsed.records(), plan);
        List<String> missing = overlay.applyNames(parsed.records());
        // changes approved through the curation API and exported for the repository, last (they may change names)
        CuratedChanges.apply(parsed.records(), plan.id(), importDir.resolve("curated"));
        return new Result(parsed.records(), List.of(parsed), missing);
    }

    /** Parses the plan without the curated overlay (for tests of the parser alone). */
    public static ParsedPlan parseOnly(Path importDir) throws IOException {
        CuratedOverlay.DocumentEntry plan = new CuratedOverlay(importDir.resolve("curated")).documents().get(0);
        String text = Files.readString(importDir.resolve("source").resolve(plan.sourceFile()), StandardCharsets.UTF_8);
        return new PolicyTextParser(plan.key()).parse(text);
    }
}
