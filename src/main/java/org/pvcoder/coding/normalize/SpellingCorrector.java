package org.pvcoder.coding.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces misspelled words of a verbatim by the closest word the dictionary's names or the lexicon are written
 * with ("diabetis" → "diabetes", "epilespy" → "epilepsy", "asthama" → "asthma"). A word is left alone when it is
 * known (as written, or by its stem), written in capitals (an abbreviation), shorter than {@value #MIN_LENGTH}
 * letters, or has no known word close enough:
 * one edit (insertion, deletion, substitution or swap of neighbours) for words up to 7 letters, two from 8 letters,
 * always with the same first letter. Among equally close words the lexicon's, then the most frequent in names, wins.
 * Immutable and thread-safe.
 */
public final class SpellingCorrector {

    static final int MIN_LENGTH = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int PHRASE_WORD_WEIGHT = 1_000_000;

    private final Map<String, Integer> weight;
    private final Set<String> stems;
    private final Map<Character, List<String>> byFirstLetter = new HashMap<>();

    private SpellingCorrector(Map<String, Integer> weight) {
        this.weight = weight;
        this.stems = new HashSet<>();
        for (String w : weight.keySet()) {
            stems.add(WordStemmer.stem(w));
            if (w.length() >= MIN_LENGTH - 1) {
                byFirstLetter.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            }
        }
    }

    /** From the names of a release (normalized literals) and the words of the normalizer's phrase lists. */
    public static SpellingCorrector of(Iterable<String> names, Set<String> phraseWords) {
        Map<String, Integer> weight = new HashMap<>();
        for (String name : names) {
            for (String w : name.split(" ")) {
                if (isWordOfLetters(w)) {
                    weight.merge(w, 1, Integer::sum);
                }
            }
        }
        for (String w : phraseWords) {
            if (isWordOfLetters(w)) {
                weight.merge(w, PHRASE_WORD_WEIGHT, Integer::sum);
            }
        }
        return new SpellingCorrector(weight);
    }

    /** The text with each misspelled word replaced by its correction; the text itself when nothing changes. */
    public String correct(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String word = m.group();
            String fixed = correction(word);
            if (fixed == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8);
            }
            out.append(text, last, m.start()).append(fixed);
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The correction of one word, or null when it is known or nothing known is close enough. */
    String correction(String word) {
        if (word.length() < MIN_LENGTH || word.equals(word.toUpperCase(Locale.ROOT))) {
            return null;
        }
        String lower = SpellingVariants.canonical(Tokenizer.foldAccents(word).toLowerCase(Locale.ROOT));
        if (weight.containsKey(lower) || stems.contains(WordStemmer.stem(lower))) {
            return null;
        }
        int max = lower.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = max + 1;
        int bestWeight = 0;
        for (String known : byFirstLetter.getOrDefault(lower.charAt(0), List.of())) {
            if (Math.abs(known.length() - lower.length()) > max) {
                continue;
            }
            int d = distance(lower, known, max);
            int w = weight.get(known);
            if (d < bestDistance || (d == bestDistance && d <= max && w > bestWeight)) {
                best = known;
                bestDistance = d;
                bestWeight = w;
            }
        }
        return bestDistance <= max ? best : null;
    }

    private static boolean isWordOfLetters(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Optimal string alignment distance (edits and swaps of neighbours), or {@code max + 1} once it must exceed it. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
        }
        return d[n][m];
    }
}
