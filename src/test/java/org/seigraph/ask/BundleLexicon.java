package org.seigraph.ask;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.seigraph.text.Synonyms;
import org.springframework.core.io.FileSystemResource;

/** The lexicon of the bundled graph (with the curated synonyms) read straight from its CSVs, for tests of the grammar that need no database. */
final class BundleLexicon {

    private static Lexicon lexicon;

    static synchronized Lexicon get() {
        if (lexicon == null) {
            List<Lexicon.Entry> entries = new ArrayList<>();
            Map<String, List<String>> aliases = new LinkedHashMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("import/graph/nodes"), "*.csv")) {
                for (Path file : files) {
                    String kind = file.getFileName().toString().replace(".csv", "");
                    if (kind.equals("Section") || kind.equals("Target")) {
                        continue;
                    }
                    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                            Map<String, String> row = rec.toMap();
                            String id = row.get("id");
                            entries.add(new Lexicon.Entry(id, kind, row.get("name"), blank(row.get("nameEn")), blank(row.get("category"))));
                            String a = row.get("aliases:string[]");
                            if (a != null && !a.isBlank()) {
                                aliases.put(id, List.of(a.split(";")));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Lexicon.Synonym> synonyms = GraphLexicon.synonyms(
                    Synonyms.read(new FileSystemResource("import/curated/synonyms.csv")));
            lexicon = Lexicon.of(entries, aliases, synonyms);
        }
        return lexicon;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private BundleLexicon() {
    }
}
