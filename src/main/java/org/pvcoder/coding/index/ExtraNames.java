package org.pvcoder.coding.index;

import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.TermSynonyms;
import org.pvcoder.terminology.Terminology;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names a current term is searched by besides its own: the release's synonyms of the code
 * ({@link TermSynonyms}: ICD-10 inclusion terms and index entries), and for a hierarchical code system the
 * names of each non-current heading (a code that is a prefix of current codes: an ICD-10 category such as
 * E11) given to its default current descendant, the one a coder takes when the text names only the heading
 * ("type 2 diabetes" → E11.9 "… without complications"): the least specific one, preferring titles that
 * say "unspecified", "without complications" or "uncomplicated" and avoiding "with …" and "other".
 * MedDRA codes are all of one length, so it has no headings; its non-current terms keep their own rule.
 */
public final class ExtraNames {

    private static final Pattern WORD_UNSPECIFIED = Pattern.compile("\\b(unspecified|not otherwise specified|nos)\\b");
    private static final Pattern WORD_WITHOUT_COMPLICATION = Pattern.compile("\\b(without complications?|uncomplicated)\\b");
    private static final Pattern WORD_WITHOUT = Pattern.compile("\\bwithout\\b");
    private static final Pattern WORD_WITH = Pattern.compile("\\bwith\\b");
    private static final Pattern WORD_OTHER = Pattern.compile("\\bother\\b");

    private final Map<CodableTerm, List<String>> names = new LinkedHashMap<>();
    private final Set<String> headings = new HashSet<>();

    private ExtraNames() {
    }

    /** Extra names per current term (the first term listed for each current code). */
    public static ExtraNames of(Terminology terminology, Set<String> currentCodes) {
        ExtraNames out = new ExtraNames();
        Map<String, List<String>> synonyms = terminology instanceof TermSynonyms s ? s.synonyms() : Map.of();
        Map<String, CodableTerm> currentByCode = new LinkedHashMap<>();
        Map<String, Integer> order = new java.util.HashMap<>();
        NavigableMap<String, CodableTerm> currentByKey = new TreeMap<>();
        List<CodableTerm> nonCurrent = new ArrayList<>();
        for (CodableTerm term : terminology.terms()) {
            order.putIfAbsent(term.code(), order.size());
            if (currentCodes.contains(term.code()) && term.current()) {
                if (currentByCode.putIfAbsent(term.code(), term) == null) {
                    currentByKey.put(key(term.code()), term);
                }
            } else if (!term.current()) {
                nonCurrent.add(term);
            }
        }
        for (CodableTerm term : currentByCode.values()) {
            List<String> own = synonyms.get(term.code());
            if (own != null) {
                for (String name : own) {
                    out.add(term, name);
                }
            }
        }
        for (CodableTerm heading : nonCurrent) {
            String key = key(heading.code());
            if (key.isEmpty()) {
                continue;
            }
            CodableTerm chosen = defaultDescendant(key, heading.name(), currentByKey, order);
            if (chosen == null) {
                continue;
            }
            out.headings.add(heading.code());
            out.add(chosen, heading.name());
            for (String name : synonyms.getOrDefault(heading.code(), List.of())) {
                out.add(chosen, name);
            }
        }
        if (!out.headings.isEmpty()) {
            for (CodableTerm term : currentByCode.values()) {
                String plain = withoutParentheses(term.name());
                if (!plain.equals(term.name()) && !plain.isBlank()) {
                    out.add(term, plain);
                }
            }
        }
        return out;
    }

    /**
     * A title without its parenthesized words: in ICD-10 titles these are nonessential modifiers
     * ("Essential (primary) hypertension" is searched as "Essential hypertension" too).
     */
    static String withoutParentheses(String name) {
        return name.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]", "").replaceAll("\\s+", " ").strip();
    }

    public Map<CodableTerm, List<String>> names() {
        return names;
    }

    /** The non-current codes whose names went to a default descendant. */
    public boolean isHeading(String code) {
        return headings.contains(code);
    }

    private void add(CodableTerm term, String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase(term.name())) {
            return;
        }
        List<String> list = names.computeIfAbsent(term, t -> new ArrayList<>());
        if (!list.contains(name)) {
            list.add(name);
        }
    }

    private static CodableTerm defaultDescendant(String key, String headingName,
                                                 NavigableMap<String, CodableTerm> currentByKey, Map<String, Integer> order) {
        Set<String> headingWords = new HashSet<>(words(headingName));
        CodableTerm best = null;
        int bestAdded = Integer.MAX_VALUE;
        int bestScore = Integer.MIN_VALUE;
        int bestDepth = 0;
        int bestOrder = 0;
        for (Map.Entry<String, CodableTerm> e : currentByKey.subMap(key, false, key + Character.MAX_VALUE, false).entrySet()) {
            CodableTerm t = e.getValue();
            int added = addedWords(t.name(), headingWords);
            int score = preference(t.name());
            int depth = e.getKey().length() - key.length();
            int position = order.getOrDefault(t.code(), Integer.MAX_VALUE);
            boolean better = best == null || added < bestAdded
                    || (added == bestAdded && (score > bestScore || (score == bestScore && (depth < bestDepth
                    || (depth == bestDepth && position < bestOrder)))));
            if (better) {
                best = t;
                bestAdded = added;
                bestScore = score;
                bestDepth = depth;
                bestOrder = position;
            }
        }
        return best;
    }

    private static final Set<String> FREE_WORDS = Set.of("unspecified", "nos", "uncomplicated", "without", "not",
            "intractable", "of", "and", "the", "in", "to", "due", "or", "a", "an");

    /**
     * How many words a descendant's title adds to its heading's, not counting what only says that nothing more
     * is known: "unspecified …" (and the word it qualifies), "without …" up to the next comma, "not intractable".
     */
    static int addedWords(String title, Set<String> headingWords) {
        int added = 0;
        for (String segment : title.toLowerCase(Locale.ROOT).split("[,;]")) {
            List<String> w = words(segment);
            boolean free = false;
            for (int i = 0; i < w.size(); i++) {
                String word = w.get(i);
                if (word.equals("without")) {
                    free = true;
                }
                if (free || FREE_WORDS.contains(word) || headingWords.contains(word)
                        || (i > 0 && (w.get(i - 1).equals("unspecified") || w.get(i - 1).equals("unspecified")))) {
                    continue;
                }
                added++;
            }
        }
        return added;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** How well a title fits a text that adds nothing to its heading's name. */
    static int preference(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int score = 0;
        if (WORD_UNSPECIFIED.matcher(t).find()) {
            score += 2;
        }
        if (WORD_WITHOUT_COMPLICATION.matcher(t).find()) {
            score += 2;
        } else if (WORD_WITHOUT.matcher(t).find()) {
            score += 1;
        }
        if (WORD_WITH.matcher(t).find()) {
            score -= 1;
        }
        if (WORD_OTHER.matcher(t).find()) {
            score -= 1;
        }
        return score;
    }

    private static String key(String code) {
        return code.replace(".", "").toUpperCase(Locale.ROOT);
    }
}
