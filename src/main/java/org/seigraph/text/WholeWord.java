package org.seigraph.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-cased Latin term found only as a whole word of a lower-cased text (not inside a longer word: "ai" is not
 * in "email"), or with {@code prefix} at the start of one. The pattern runs only when the text contains the term at
 * all: most of the terms matched against a text are not in it, and a plain search rules them out for less.
 */
public record WholeWord(String term, Pattern pattern) {

    private static final String WORD_CHAR = "[\\p{IsLatin}\\p{Nd}]";

    public static WholeWord of(String term, boolean prefix) {
        return new WholeWord(term, Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(term)
                + (prefix ? "" : "(?!" + WORD_CHAR + ")")));
    }

    /** The places of the term in a lower-cased text ({@link Matcher#find()} is false at once when it is absent). */
    public Matcher in(String lower) {
        return pattern.matcher(lower.contains(term) ? lower : "");
    }
}
