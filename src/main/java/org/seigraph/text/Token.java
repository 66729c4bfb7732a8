package org.seigraph.text;

/** A word of a text and where it stands in it ([start, end) in chars); Latin words are lower-cased. */
public record Token(String word, int start, int end) {

    public boolean isLatin() {
        return word.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
