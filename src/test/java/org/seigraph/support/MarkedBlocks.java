package org.seigraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Blocks of a Markdown file generated from code, between {@code <!-- generated:NAME -->} and
 * {@code <!-- /generated:NAME -->} lines. {@link #check} fails when a block differs from its rendering; run with
 * {@code -Ddocs.update=true} and it rewrites the block instead.
 */
public final class MarkedBlocks {

    /** The system property that turns a check into a rewrite. */
    public static final String UPDATE = "docs.update";

    public static void check(Path file, String name, String rendering) {
        String text = read(file);
        String open = "<!-- generated:" + name + " -->\n";
        String close = "<!-- /generated:" + name + " -->";
        int start = text.indexOf(open);
        int end = text.indexOf(close);
        assertThat(start).as("%s has no '%s' line", file, open.strip()).isGreaterThanOrEqualTo(0);
        assertThat(end).as("%s has no '%s' line after '%s'", file, close, open.strip()).isGreaterThan(start);
        String current = text.substring(start + open.length(), end);
        String expected = rendering.endsWith("\n") ? rendering : rendering + "\n";
        if (current.equals(expected)) {
            return;
        }
        if (Boolean.getBoolean(UPDATE)) {
            write(file, text.substring(0, start + open.length()) + expected + text.substring(end));
            return;
        }
        assertThat(current)
                .as("block '%s' of %s differs from the code; rewrite it with "
                        + "mvn -o -q test -Dtest=DocsTablesTest -D%s=true", name, file, UPDATE)
                .isEqualTo(expected);
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MarkedBlocks() {
    }
}
