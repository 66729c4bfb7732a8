package org.seigraph.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How names are compared when a name stands for an id: the plan writes “互联网＋”产业 with curly quotes and a
 * full-width plus, an analyst types "互联网+"产业 or 互联网+产业. Two names are the same when their keys are equal:
 * NFKC (full-width letters, digits and signs become half-width), quotes and title marks dropped (“”‘’"'「」『』《》〈〉),
 * dashes unified, lower case, and spaces collapsed (and dropped next to Chinese characters).
 */
public final class NameKey {

    private static final String QUOTES = "\"'“”‘’„‟‚‛「」『』《》〈〉«»‹›";
    private static final String DASHES = "‐‑‒–—―−－";

    /** The comparison key of a name, id or alias. */
    public static String of(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space && !isCjk(c) && !isCjk(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            space = false;
            out.append(DASHES.indexOf(c) >= 0 ? '-' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a text for the full-text index: letters and digits only, lower case, so nothing in it can be
     * Lucene syntax (operators are upper case, special characters are gone). Empty when nothing is left.
     */
    public static String searchWords(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? c : ' ');
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF');
    }

    private NameKey() {
    }
}
