package org.pvcoder.icd10;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a title or synonym that search compares: lower case, accents dropped, anything but letters and
 * digits turned into single spaces, with one leading space so "starts a word" is {@code like '% word%'}.
 * "Sjögren's syndrome" becomes " sjogren s syndrome".
 */
public final class SearchKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKey() {
    }

    public static String of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return " " + NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
