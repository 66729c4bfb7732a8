package org.seigraph.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a term of a text matches a name: 4 equal, 3 the term inside the name (a Latin term starting one of its
 * words), 2 the name inside the term, 1 the name shares four characters or more with the term, 0 no match; with the
 * part of the term it covers.
 */
public record NameMatch(int tier, int[] span) {

    static final NameMatch NONE = new NameMatch(0, null);
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{IsLatin}\\p{Nd}]+");

    public static NameMatch of(String term, String name) {
        int[] all = {0, term.length()};
        if (isLatin(term)) {
            String n = name.toLowerCase(Locale.ROOT);
            String t = term.toLowerCase(Locale.ROOT);
            if (n.equals(t)) {
                return new NameMatch(4, all);
            }
            return startsAWord(n, t) ? new NameMatch(3, all) : NONE;
        }
        if (name.equals(term)) {
            return new NameMatch(4, all);
        }
        if (name.contains(term)) {
            return new NameMatch(3, all);
        }
        int at = name.length() >= 2 && !isLatin(name) ? term.indexOf(name) : -1;
        if (at >= 0) {
            return new NameMatch(2, new int[] {at, at + name.length()});
        }
        if (term.length() < 4 || name.length() < 4) {
            // four shared characters cannot fit: most terms are two or three characters, and this runs for every
            // name of every full-text candidate
            return NONE;
        }
        int[] common = longestCommon(term, name);
        return common[1] - common[0] >= 4 ? new NameMatch(1, common) : NONE;
    }

    /**
     * True when one of the {@link #words} of {@code name} (lower-case) starts with {@code term} (lower-case): where the
     * term is all word characters, an occurrence of it that no word character precedes, found without cutting the
     * name into words (this runs for every name of every full-text candidate and every Latin term).
     */
    static boolean startsAWord(String name, String term) {
        boolean wordChars = !term.isEmpty();
        for (int i = 0; i < term.length() && wordChars; ) {
            int c = term.codePointAt(i);
            wordChars = wordChar(c);
            i += Character.charCount(c);
        }
        if (!wordChars) {
            for (String w : words(name)) {
                if (w.startsWith(term)) {
                    return true;
                }
            }
            return false;
        }
        for (int at = name.indexOf(term); at >= 0; at = name.indexOf(term, at + 1)) {
            if (at == 0 || !wordChar(name.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    /** A character of a word: {@code [\\p{IsLatin}\\p{Nd}]}, as {@link #words} cuts them. */
    private static boolean wordChar(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    public static String[] words(String text) {
        return Arrays.stream(NON_WORD.split(text.toLowerCase(Locale.ROOT))).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    /** Length of the longest common substring of a and b. */
    public static int commonLength(String a, String b) {
        int[] span = longestCommon(a, b);
        return span[1] - span[0];
    }

    /** The longest common substring of a and b, as a span of a. */
    static int[] longestCommon(String a, String b) {
        int best = 0;
        int endA = 0;
        // two rows, reused: the lengths of the common suffixes ending at a[i - 1] and b[j - 1]
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    if (cur[j] > best) {
                        best = cur[j];
                        endA = i;
                    }
                } else {
                    cur[j] = 0;
                }
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return new int[] {endA - best, endA};
    }
}
