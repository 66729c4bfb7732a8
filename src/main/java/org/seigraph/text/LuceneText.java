package org.seigraph.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Makes user text safe for the full-text index: every Lucene operator is escaped and the words
 * AND / OR / NOT lose their meaning, so input is always searched as plain words, never parsed as syntax.
 */
public final class LuceneText {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    /** Escaped terms joined by spaces (any term may match); empty when nothing searchable is left. */
    public static String escape(String text) {
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(term -> !term.isEmpty())
                .map(LuceneText::escapeTerm)
                .filter(term -> !term.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static String escapeTerm(String term) {
        String lower = switch (term) {
            case "AND", "OR", "NOT", "TO" -> term.toLowerCase(Locale.ROOT);
            default -> term;
        };
        StringBuilder out = new StringBuilder();
        for (char c : lower.toCharArray()) {
            if (Character.isISOControl(c)) {
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private LuceneText() {
    }
}
