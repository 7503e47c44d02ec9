package org.pvcoder.coding.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Repairs words a terminology and the lexicon do not know, the way reporters mistype them: stretched letters
 * ("sleeeep"), a dropped final g ("sleepin"), two words run together ("hairloss", "cantsleep"), a prefix written
 * apart ("hyper thyroidism") and one-key slips ("feelign", "diarhea"). A word is repaired only to known words: the names of the release and the phrase
 * tables. Short words and words with no single best repair are left alone.
 */
public final class SpellingRepair {

    /** Words shorter than this are too ambiguous to correct by edit distance. */
    private static final int MIN_EDIT_LENGTH = 5;
    private static final int MIN_PART_LENGTH = 3;
    private static final List<String> SHORT_PARTS = List.of("no", "not", "cant", "dont", "my", "up", "off", "out");
    private static final java.util.Set<String> PREFIXES = java.util.Set.of("hyper", "hypo", "pre", "post", "para", "peri",
            "intra", "extra", "tachy", "brady", "dys", "poly", "micro", "macro", "anti", "auto", "sub", "trans", "neuro", "cardio");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** Known words with how many names and phrases use them (more use = the likelier repair). */
    private final Map<String, Integer> known;
    /** The stems of the known words: another form of a known word ("scaling" of "scale") is no slip. */
    private final java.util.Set<String> knownStems;

    public SpellingRepair(Map<String, Integer> known) {
        this.known = Map.copyOf(known);
        this.knownStems = new java.util.HashSet<>();
        for (String word : known.keySet()) {
            knownStems.add(WordStemmer.stem(word));
        }
    }

    /** The words, each known word as it is and each unknown one replaced by its repair (possibly two words). */
    public List<Token> repair(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String joined = i + 1 < tokens.size() ? joined(token, tokens.get(i + 1)) : null;
            if (joined != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.add(Token.of(joined, token.upperCase()));
                i++;
                continue;
            }
            String repaired = isRepairable(token) ? repair(token.text()) : null;
            if (repaired != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (out != null) {
                if (repaired == null) {
                    out.add(token);
                } else {
                    for (String word : repaired.split(" ")) {
                        out.add(Token.of(word, token.upperCase()));
                    }
                }
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * A prefix written apart from its word ("hyper thyroidism", "pre-syncope") joined again, when the joined word is
     * known.
     */
    private String joined(Token prefix, Token rest) {
        if (prefix.fixed() || rest.fixed() || !PREFIXES.contains(prefix.text())) {
            return null;
        }
        String word = prefix.text() + rest.text();
        return known.containsKey(word) ? word : null;
    }

    private boolean isRepairable(Token token) {
        String w = token.text();
        return !token.fixed() && !token.upperCase() && w.length() >= 4 && !known.containsKey(w)
                && !knownStems.contains(token.stem()) && isLetters(w);
    }

    /** The repair of an unknown word, or null. */
    String repair(String original) {
        String word = squeeze(original);
        if (known.containsKey(word)) {
            return word;
        }
        if (word.endsWith("in") && known.containsKey(word + "g")) {
            return word + "g";
        }
        String split = split(word);
        if (split != null) {
            return split;
        }
        String close = word.length() >= MIN_EDIT_LENGTH ? closest(word) : null;
        if (close != null) {
            return close;
        }
        return word.equals(original) ? null : word;
    }

    /** Letters stretched three or more times become two, or one when only that is a word ("sooo" → "so"). */
    private String squeeze(String word) {
        StringBuilder two = new StringBuilder(word.length());
        StringBuilder one = new StringBuilder(word.length());
        boolean stretched = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int run = 1;
            while (i + 1 < word.length() && word.charAt(i + 1) == c) {
                i++;
                run++;
            }
            stretched |= run >= 3;
            two.append(c);
            one.append(c);
            if (run >= 2) {
                two.append(c);
            }
            if (run == 2) {
                one.append(c);
            }
        }
        if (!stretched) {
            return word;
        }
        return known.containsKey(two.toString()) || !known.containsKey(one.toString()) ? two.toString() : one.toString();
    }

    /** Two known words run together, the split with the longest shorter part; null if none. */
    private String split(String word) {
        String best = null;
        int bestShorter = 0;
        for (int i = 2; i <= word.length() - 2; i++) {
            String left = word.substring(0, i);
            String right = word.substring(i);
            if (isPart(left) && isPart(right)) {
                int shorter = Math.min(left.length(), right.length());
                if (shorter > bestShorter) {
                    best = left + " " + right;
                    bestShorter = shorter;
                }
            }
        }
        return best;
    }

    private boolean isPart(String part) {
        return SHORT_PARTS.contains(part) || (part.length() >= MIN_PART_LENGTH && known.containsKey(part));
    }

    /** The most used known word one edit away (delete, swap, replace, insert), if exactly one is most used. */
    private String closest(String word) {
        String best = null;
        int bestUse = 0;
        boolean tie = false;
        for (String candidate : oneEditAway(word)) {
            Integer use = known.get(candidate);
            if (use == null || candidate.equals(best)) {
                continue;
            }
            if (use > bestUse) {
                best = candidate;
                bestUse = use;
                tie = false;
            } else if (use == bestUse) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static List<String> oneEditAway(String w) {
        List<String> edits = new ArrayList<>(w.length() * 54 + 25);
        for (int i = 0; i < w.length(); i++) {
            edits.add(w.substring(0, i) + w.substring(i + 1));
            if (i + 1 < w.length()) {
                edits.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
            }
            for (int c = 0; c < LETTERS.length(); c++) {
                edits.add(w.substring(0, i) + LETTERS.charAt(c) + w.substring(i + 1));
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (int c = 0; c < LETTERS.length(); c++) {
                edits.add(w.substring(0, i) + LETTERS.charAt(c) + w.substring(i));
            }
        }
        return edits;
    }

    private static boolean isLetters(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
