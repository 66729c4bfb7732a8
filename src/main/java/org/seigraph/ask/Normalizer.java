package org.seigraph.ask;

import java.text.Normalizer.Form;
import java.util.Locale;

/**
 * One spelling for questions and for the graph's names, so that they compare character by character: NFKC
 * (full-width letters, digits, brackets and ＋ become ASCII; 〔〕 stay), lower case, quotation marks and title
 * marks dropped (“互联网＋”产业 and 互联网+产业 are the same name), whitespace cut where it touches Chinese and
 * collapsed elsewhere, and trailing punctuation dropped.
 */
final class Normalizer {

    private static final String DROPPED = "“”‘’\"《》「」『』〈〉";

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED.indexOf(c) >= 0) {
                continue;
            }
            // the apostrophe of "plan's" stays; a typographic one becomes it
            if (c == '\u2019' || c == '`') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || c == '\u3000') {
                space = true;
                continue;
            }
            if (space && out.length() > 0 && !isHan(out.charAt(out.length() - 1)) && !isHan(c)) {
                out.append(' ');
            }
            space = false;
            // bio-industry, sub-sector: the hyphen between letters is a space (names and questions alike)
            if (c == '-' && out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
                    && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)) && !isHan(s.charAt(i + 1))
                    && !isHan(out.charAt(out.length() - 1))) {
                c = ' ';
            }
            out.append(c);
        }
        int end = out.length();
        while (end > 0 && "?!.。!?;；~".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        return out.substring(0, end).strip();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    /** True when the text holds a Chinese character. */
    static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private Normalizer() {
    }
}
