package org.pvcoder.icd10;

import java.text.Normalizer;

/**
 * The form of a title or synonym that search compares: lower case, accents dropped, anything but letters and
 * digits turned into single spaces, with one leading space so "starts a word" is {@code like '% word%'}.
 * "Sjögren's syndrome" becomes " sjogren s syndrome". Written as one pass over the characters: a release
 * computes it for every title and synonym.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        String plain = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(plain.length() + 1).append(' ');
        boolean spaced = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
                spaced = false;
            } else if (!spaced) {
                key.append(' ');
                spaced = true;
            }
        }
        int end = key.length();
        while (end > 1 && key.charAt(end - 1) == ' ') {
            end--;
        }
        return key.substring(0, end);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
