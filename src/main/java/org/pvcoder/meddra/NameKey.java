package org.pvcoder.meddra;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a term name that search compares: lower case, accents dropped, anything but letters and
 * digits turned into single spaces, with one leading space so "starts a word" is {@code like '% word%'}.
 * "Ménière's disease" becomes " meniere s disease".
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String spaced = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return " " + spaced;
    }
}
