package org.seigraph.curation;

import org.seigraph.web.ApiException;

/**
 * Checks on the text a curator or reviewer types: ids, names and values are one line; reasons and notes may span
 * lines. None may be blank, have surrounding spaces, hold control characters (NUL included), U+FFFD from broken
 * UTF-8 or a lone surrogate, or run past its length limit.
 */
final class Texts {

    static final int MAX_ID = 512;
    static final int MAX_REASON = 2000;

    /** One line of text (a name, an alias, a property value, a source reference). */
    static String line(String field, String value, int max) {
        return check(field, value, max, false);
    }

    /** Free text that may span lines (a reason, a review note). */
    static String text(String field, String value, int max) {
        return check(field, value, max, true);
    }

    static String id(String field, String value) {
        return check(field, value, MAX_ID, false);
    }

    private static String check(String field, String value, int max, boolean multiline) {
        if (value == null) {
            throw ApiException.badRequest("'" + field + "' is required");
        }
        if (value.length() > max) {
            throw ApiException.limit("'" + field + "' is " + value.length() + " characters, above the limit of " + max);
        }
        if (value.isBlank()) {
            throw ApiException.badRequest("'" + field + "' must not be empty");
        }
        if (!value.equals(value.strip())) {
            throw ApiException.badRequest("'" + field + "' must not start or end with spaces");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedControl = multiline && (c == '\n' || c == '\t');
            boolean badSurrogate = Character.isHighSurrogate(c)
                    ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
                    : Character.isLowSurrogate(c);
            if ((Character.isISOControl(c) && !allowedControl) || c == '\uFFFD' || c == '\u2028' || c == '\u2029' || badSurrogate) {
                throw ApiException.badRequest("'" + field + "' contains a character not allowed here (U+"
                        + String.format("%04X", (int) c) + ")");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return value;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private Texts() {
    }
}
