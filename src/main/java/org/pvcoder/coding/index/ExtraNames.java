package org.pvcoder.coding.index;

import org.pvcoder.coding.normalize.VerbatimNormalizer;
import org.pvcoder.coding.normalize.WordStemmer;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.TermSynonyms;
import org.pvcoder.terminology.Terminology;

import java.util.ArrayList;
import java.util.HashMap;
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
 * ({@link TermSynonyms}: ICD-10 inclusion terms and index entries), and for a hierarchical code system:
 * <ul>
 * <li>the names of each non-current heading (a code that is a prefix of current codes: an ICD-10 category such as
 * E11) given to its default current descendant, the one a coder takes when the text names only the heading
 * ("type 2 diabetes" → E11.9 "… without complications"): among the descendants whose titles name everything the
 * heading's does, the least specific one, preferring titles that say "unspecified", "without complications" or
 * "uncomplicated" and avoiding "with …"; "other …" and "not having achieved remission" add nothing;</li>
 * <li>a heading whose title joins conditions ("Atrial fibrillation and flutter") and no descendant of which names
 * them all stands for itself: it becomes a candidate of its own ({@link #standalone()}), the code for a text that
 * names all of them ("AF/flutter");</li>
 * <li>each current code's <em>core name</em>, its title without what only says nothing more is known
 * ("Rheumatoid arthritis, unspecified" → "Rheumatoid arthritis", "Epilepsy, unspecified, not intractable, without
 * status epilepticus" → "Epilepsy", "Unspecified dementia, unspecified severity, without …" → "Dementia"); when several codes share a core name
 * it goes to the least specific of them, and never when it is some code's title or a heading's name already.</li>
 * </ul>
 * MedDRA codes are all of one length, so it has no headings; its non-current terms keep their own rule.
 */
public final class ExtraNames {

    private static final Pattern WORD_UNSPECIFIED = Pattern.compile("\\b(unspecified|not otherwise specified|nos)\\b");
    private static final Pattern WORD_WITHOUT_COMPLICATION = Pattern.compile("\\b(without complications?|uncomplicated)\\b");
    private static final Pattern WORD_WITHOUT = Pattern.compile("\\bwithout\\b");
    private static final Pattern WORD_WITH = Pattern.compile("\\bwith\\b");
    private static final Pattern WORD_OTHER = Pattern.compile("\\bother\\b");
    private static final Pattern IN_REMISSION = Pattern.compile("\\b(in remission|in relapse)\\b");
    /** Title phrases that say only that nothing more is known (the ICD-10-CM defaults). */
    private static final Pattern NOTHING_MORE = Pattern.compile(
            "\\b(not having achieved remission|not in remission|not intractable|without mention of [^,]*)\\b");
    private static final Pattern JOINED = Pattern.compile("\\b(and|or)\\b");

    private final Map<CodableTerm, List<String>> names = new LinkedHashMap<>();
    private final Set<String> headings = new HashSet<>();
    private final List<CodableTerm> standalone = new ArrayList<>();

    private ExtraNames() {
    }

    /** Extra names per current term (the first term listed for each current code). */
    public static ExtraNames of(Terminology terminology, Set<String> currentCodes) {
        ExtraNames out = new ExtraNames();
        Map<String, List<String>> synonyms = terminology instanceof TermSynonyms s ? s.synonyms() : Map.of();
        Map<String, CodableTerm> currentByCode = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
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
        Set<String> takenLiterals = new HashSet<>();
        Map<String, CodableTerm> standaloneByKey = new HashMap<>();
        for (CodableTerm heading : nonCurrent) {
            String key = key(heading.code());
            if (key.isEmpty()) {
                continue;
            }
            Choice chosen = defaultDescendant(key, heading.name(), currentByKey, order);
            if (chosen == null) {
                continue;
            }
            out.headings.add(heading.code());
            CodableTerm target = chosen.term();
            if (chosen.missing() > 0 && JOINED.matcher(withoutParentheses(heading.name()).toLowerCase(Locale.ROOT)).find()) {
                // "Unspecified atrial fibrillation and atrial flutter" (I48.9) says no more than its standalone
                // category "Atrial fibrillation and flutter" (I48): its names go to the category
                CodableTerm ancestor = standaloneAncestor(key, contentStems(heading.name()), standaloneByKey);
                if (ancestor == null) {
                    out.standalone.add(heading);
                    standaloneByKey.put(key, heading);
                    target = heading;
                } else {
                    target = ancestor;
                    out.add(target, heading.name());
                }
            } else {
                out.add(target, heading.name());
            }
            takenLiterals.add(VerbatimNormalizer.literal(heading.name()));
            for (String name : synonyms.getOrDefault(heading.code(), List.of())) {
                out.add(target, name);
            }
        }
        if (!out.headings.isEmpty()) {
            for (CodableTerm term : currentByCode.values()) {
                takenLiterals.add(VerbatimNormalizer.literal(term.name()));
                String plain = withoutParentheses(term.name());
                if (!plain.equals(term.name()) && !plain.isBlank()) {
                    out.add(term, plain);
                    takenLiterals.add(VerbatimNormalizer.literal(plain));
                }
            }
            out.addCoreNames(currentByCode.values(), currentByKey, order, takenLiterals);
        }
        return out;
    }

    /** The nearest standalone heading above {@code key} whose title names all of {@code stems}, if any. */
    private static CodableTerm standaloneAncestor(String key, Set<String> stems, Map<String, CodableTerm> standaloneByKey) {
        for (int n = key.length() - 1; n >= 1; n--) {
            CodableTerm ancestor = standaloneByKey.get(key.substring(0, n));
            if (ancestor != null && contentStems(ancestor.name()).containsAll(stems)) {
                return ancestor;
            }
        }
        return null;
    }

    /** Each core name goes to the least specific current code that has it, unless the name is taken already. */
    private void addCoreNames(Iterable<CodableTerm> current, NavigableMap<String, CodableTerm> currentByKey,
                              Map<String, Integer> order, Set<String> takenLiterals) {
        Map<String, CodableTerm> best = new LinkedHashMap<>();
        Map<String, String> spelled = new HashMap<>();
        for (CodableTerm term : current) {
            String core = coreName(term.name());
            if (core.isBlank()) {
                continue;
            }
            String literal = VerbatimNormalizer.literal(core);
            if (literal.isEmpty() || takenLiterals.contains(literal)) {
                continue;
            }
            CodableTerm old = best.get(literal);
            if (old == null || lessSpecific(term, old, order)) {
                best.put(literal, term);
                spelled.put(literal, core);
            }
        }
        for (Map.Entry<String, CodableTerm> e : best.entrySet()) {
            add(e.getValue(), spelled.get(e.getKey()));
        }
    }

    private static boolean lessSpecific(CodableTerm a, CodableTerm b, Map<String, Integer> order) {
        int pa = preference(a.name());
        int pb = preference(b.name());
        if (pa != pb) {
            return pa > pb;
        }
        int da = key(a.code()).length();
        int db = key(b.code()).length();
        if (da != db) {
            return da < db;
        }
        return order.getOrDefault(a.code(), Integer.MAX_VALUE) < order.getOrDefault(b.code(), Integer.MAX_VALUE);
    }

    /**
     * A title without what only says that nothing more is known: parenthesized nonessential words, a leading
     * "Unspecified", "without complications", "not intractable", "not having achieved remission", and later
     * comma-separated parts that say unspecified / not specified / without … / not … / uncomplicated (and the list a
     * "without" part starts). The title itself when nothing is removed.
     */
    static String coreName(String title) {
        String t = withoutParentheses(title).toLowerCase(Locale.ROOT);
        String[] segments = t.split(",");
        StringBuilder core = new StringBuilder();
        String first = segments[0].strip();
        first = NOTHING_MORE.matcher(first).replaceAll(" ");
        first = WORD_WITHOUT_COMPLICATION.matcher(first).replaceAll(" ");
        first = first.replaceFirst("^unspecified\\s+", "").strip();
        core.append(first);
        boolean inWithout = false;
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i].strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("with ")) {
                inWithout = false;
            }
            if (inWithout || s.startsWith("without") || s.startsWith("not ") || s.equals("uncomplicated")
                    || s.contains("unspecified") || s.contains("not specified") || s.equals("nos")
                    || s.contains("not elsewhere classified") || NOTHING_MORE.matcher(s).matches()) {
                inWithout |= s.startsWith("without");
                continue;
            }
            core.append(", ").append(s);
        }
        return core.toString().replaceAll("\\s+", " ").strip();
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

    /** The non-current codes whose names went to a default descendant, or that stand for themselves. */
    public boolean isHeading(String code) {
        return headings.contains(code);
    }

    /**
     * Non-current headings that are candidates of their own: their title joins conditions that no single current
     * descendant names together ("Atrial fibrillation and flutter").
     */
    public List<CodableTerm> standalone() {
        return standalone;
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

    /** A heading's default descendant and how many of the heading's words its title lacks. */
    record Choice(CodableTerm term, int missing) {
    }

    private static Choice defaultDescendant(String key, String headingName,
                                            NavigableMap<String, CodableTerm> currentByKey, Map<String, Integer> order) {
        Set<String> headingWords = new HashSet<>(words(headingName));
        Set<String> headingStems = contentStems(headingName);
        CodableTerm best = null;
        int bestMissing = Integer.MAX_VALUE;
        int bestAdded = Integer.MAX_VALUE;
        int bestScore = Integer.MIN_VALUE;
        int bestDepth = 0;
        int bestOrder = 0;
        for (Map.Entry<String, CodableTerm> e : currentByKey.subMap(key, false, key + Character.MAX_VALUE, false).entrySet()) {
            CodableTerm t = e.getValue();
            Set<String> own = presentStems(t.name());
            int missing = 0;
            for (String stem : headingStems) {
                missing += own.contains(stem) ? 0 : 1;
            }
            int added = addedWords(t.name(), headingWords);
            int score = preference(t.name());
            int depth = e.getKey().length() - key.length();
            int position = order.getOrDefault(t.code(), Integer.MAX_VALUE);
            boolean better = best == null || missing < bestMissing || (missing == bestMissing && (added < bestAdded
                    || (added == bestAdded && (score > bestScore || (score == bestScore && (depth < bestDepth
                    || (depth == bestDepth && position < bestOrder)))))));
            if (better) {
                best = t;
                bestMissing = missing;
                bestAdded = added;
                bestScore = score;
                bestDepth = depth;
                bestOrder = position;
            }
        }
        return best == null ? null : new Choice(best, bestMissing);
    }

    private static final Set<String> FREE_WORDS = Set.of("unspecified", "nos", "uncomplicated", "without", "not",
            "of", "and", "the", "in", "to", "due", "or", "a", "an", "other", "specified");

    /** Words that say nothing about which condition a title names. */
    private static final Set<String> EMPTY_WORDS = Set.of("unspecified", "nos", "other", "specified", "and", "or",
            "of", "the", "in", "to", "a", "an", "with", "without", "due", "not", "elsewhere", "classified", "type",
            "site", "part");

    /**
     * How many words a descendant's title adds to its heading's, not counting what only says that nothing more
     * is known: "unspecified …" (the word it qualifies, or the alternatives of "unspecified as acute or chronic" /
     * "unspecified whether …"), "without …" up to the next part that starts with
     * "with", "not intractable", "not having achieved remission", "other".
     */
    static int addedWords(String title, Set<String> headingWords) {
        int added = 0;
        boolean free = false;
        String lower = NOTHING_MORE.matcher(title.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String segment : lower.split("[,;]")) {
            List<String> w = words(segment);
            if (!w.isEmpty() && w.get(0).equals("with")) {
                free = false;
            }
            boolean unspecifiedAlternatives = false;
            for (int i = 0; i < w.size(); i++) {
                String word = w.get(i);
                if (word.equals("without")) {
                    free = true;
                }
                if (i > 0 && w.get(i - 1).equals("unspecified") && (word.equals("as") || word.equals("whether"))) {
                    unspecifiedAlternatives = true;
                }
                if (free || unspecifiedAlternatives || FREE_WORDS.contains(word) || headingWords.contains(word)
                        || (i > 0 && w.get(i - 1).equals("unspecified"))) {
                    continue;
                }
                added++;
            }
        }
        return added;
    }

    /** The stems of a title's words that name something (parenthesized nonessential words left out). */
    private static Set<String> contentStems(String title) {
        Set<String> out = new HashSet<>();
        for (String w : words(withoutParentheses(title))) {
            if (!EMPTY_WORDS.contains(w)) {
                out.add(WordStemmer.stem(w));
            }
        }
        return out;
    }

    /** The stems of a title's words, leaving out what it says is absent ("Vomiting without nausea"). */
    private static Set<String> presentStems(String title) {
        Set<String> out = new HashSet<>();
        boolean absent = false;
        for (String segment : title.toLowerCase(Locale.ROOT).split("[,;]")) {
            List<String> w = words(segment);
            if (!w.isEmpty() && w.get(0).equals("with")) {
                absent = false;
            }
            for (String word : w) {
                if (word.equals("without")) {
                    absent = true;
                }
                if (!absent) {
                    out.add(WordStemmer.stem(word));
                }
            }
        }
        return out;
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
        if (IN_REMISSION.matcher(t).find()) {
            score -= 2;
        }
        return score;
    }

    private static String key(String code) {
        return code.replace(".", "").toUpperCase(Locale.ROOT);
    }
}
