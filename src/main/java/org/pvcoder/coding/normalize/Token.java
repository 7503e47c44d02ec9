package org.pvcoder.coding.normalize;

/**
 * One word of a verbatim: its canonical lower-case spelling, its stem, whether the reporter wrote it in
 * capitals, and whether the lexicon wrote it ({@code fixed}: no later phrase rule rewrites or drops it).
 */
public record Token(String text, String stem, boolean upperCase, boolean fixed) {

    public static Token of(String canonicalLowerCase, boolean upperCase) {
        return new Token(canonicalLowerCase, WordStemmer.stem(canonicalLowerCase), upperCase, false);
    }

    public static Token fixed(String canonicalLowerCase) {
        return new Token(canonicalLowerCase, WordStemmer.stem(canonicalLowerCase), false, true);
    }
}
