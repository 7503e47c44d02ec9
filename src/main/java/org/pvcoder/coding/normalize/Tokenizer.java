package org.pvcoder.coding.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words: accents folded, apostrophes dropped inside words ("can't" → "cant",
 * possessive "'s" removed), a slash between letters kept so abbreviations such as "n/v" and "c/o"
 * survive as one token; everything else that is not a letter or digit separates words.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static List<Token> tokenize(String raw) {
        // A curly apostrophe read as Windows-1252 ("canâ€™t") is still an apostrophe.
        String text = foldAccents(raw.indexOf('€') < 0 ? raw : raw.replace("â€™", "'").replace("â€˜", "'"));
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (isApostrophe(c) && word.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)));
                if (possessive) {
                    i++;
                }
            } else if ((c == '/' || c == '&') && word.length() > 0 && lastSegmentLength(word) <= 2 && i + 1 < n
                    && Character.isLetter(text.charAt(i + 1))) {
                word.append('/');
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    /** Splits tokens still holding a slash ("rash/itching") into their parts. */
    public static List<Token> splitSlashes(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.text().indexOf('/') < 0) {
                out.add(t);
                continue;
            }
            for (String part : t.text().split("/")) {
                if (!part.isEmpty()) {
                    out.add(t.fixed() ? Token.fixed(part) : Token.of(part, t.upperCase()));
                }
            }
        }
        return out;
    }

    static String foldAccents(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString().replace('ß', 's').replace('æ', 'e').replace('Æ', 'E').replace('œ', 'e').replace('Œ', 'E');
    }

    private static int lastSegmentLength(StringBuilder word) {
        int slash = word.lastIndexOf("/");
        return word.length() - slash - 1;
    }

    /**
     * Apostrophes, also as text exports mangle them: U+FFFD where a curly apostrophe was lost to the wrong
     * character set ("can\uFFFDt").
     */
    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '`' || c == '‘' || c == '\uFFFD';
    }

    private static void flush(StringBuilder word, List<Token> tokens) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        if (w.endsWith("/")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean upper = isUpperCaseWord(w);
        String lower = w.toLowerCase(Locale.ROOT);
        tokens.add(Token.of(SpellingVariants.canonical(lower), upper));
    }

    private static boolean isUpperCaseWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
