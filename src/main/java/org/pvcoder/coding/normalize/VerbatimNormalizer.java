package org.pvcoder.coding.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a reporter's words into search texts: tokens (case, accents, punctuation, British spelling, lab cut-offs
 * as increased/decreased), then the lexicon of abbreviations and lay terms, filler words, and a leading negation cue.
 * Thread-safe; build one and share it.
 */
public final class VerbatimNormalizer {

    private static final String BASE = "/org/pvcoder/coding/normalize/";
    private static final Set<String> CONJUNCTIONS = Set.of("and", "with", "plus", "also", "then");
    /**
     * Capitals-only abbreviations of the lexicon that are also everyday words. In a verbatim written all in capitals
     * (as legacy safety databases store them) the capitals say nothing, so there these are read as the word:
     * "ITCHING ALL DAY", "FELL AND HIT HEAD". "SOB" stays an abbreviation: in clinical text it hardly ever is a sob.
     */
    private static final Set<String> EVERYDAY_WORDS = Set.of("all", "ate", "dress", "hit", "ten", "ha");

    private final PhraseTable lexicon;
    private final PhraseTable fillers;
    private final PhraseTable negationCues;
    /**
     * Report wording ("adverse events"), dropped from the expanded text when other words remain. The plain text
     * keeps it: the learned memory matches on it, and people code "cardiac adverse events" and "cardiac
     * disorders" differently.
     */
    private static final PhraseTable REPORT_WORDING = PhraseTable.fromResource(BASE + "report-wording-en.txt");
    /** Phrases that, when they are all the verbatim says (after fillers), leave nothing to code; may be null. */
    private final PhraseTable notCodable;
    /** Repairs misspelt words to words of the release's names; null until {@link #withVocabulary} gives them. */
    private final SpellingRepair spelling;

    public VerbatimNormalizer(PhraseTable lexicon, PhraseTable fillers, PhraseTable negationCues) {
        this(lexicon, fillers, negationCues, null);
    }

    public VerbatimNormalizer(PhraseTable lexicon, PhraseTable fillers, PhraseTable negationCues, PhraseTable notCodable) {
        this(lexicon, fillers, negationCues, notCodable, null);
    }

    private VerbatimNormalizer(PhraseTable lexicon, PhraseTable fillers, PhraseTable negationCues, PhraseTable notCodable,
                               SpellingRepair spelling) {
        this.lexicon = lexicon;
        this.fillers = fillers;
        this.negationCues = negationCues;
        this.notCodable = notCodable;
        this.spelling = spelling;
    }

    /**
     * This normalizer, also repairing misspelt words of the expanded text to the given words of a release's names
     * (with how many names use each) or to the words of its own phrase tables.
     */
    public VerbatimNormalizer withVocabulary(Map<String, Integer> nameWords) {
        Map<String, Integer> known = new HashMap<>(nameWords);
        for (PhraseTable table : notCodable == null ? List.of(lexicon, fillers, negationCues)
                : List.of(lexicon, fillers, negationCues, notCodable)) {
            for (String word : table.words()) {
                known.merge(word, 1, Integer::sum);
            }
        }
        return new VerbatimNormalizer(lexicon, fillers, negationCues, notCodable, new SpellingRepair(known));
    }

    /** How many names use each word, for {@link #withVocabulary}. */
    public static Map<String, Integer> nameWords(Iterable<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        for (String name : names) {
            for (Token t : Tokenizer.tokenize(name)) {
                counts.merge(t.text(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The normalizer for a terminology system: the English one, unless the system has its own lexicon
     * ({@code lexicon-<system>-en.txt}, used instead of the MedDRA-oriented one), with the system's extra fillers
     * ({@code fillers-<system>-en.txt}, added to the common ones) and whole-verbatim not-codable phrases
     * ({@code notcodable-<system>-en.txt}), each when present.
     */
    public static VerbatimNormalizer forSystem(String system) {
        String lexicon = BASE + "lexicon-" + system + "-en.txt";
        if (VerbatimNormalizer.class.getResource(lexicon) == null) {
            return english();
        }
        String fillers = BASE + "fillers-" + system + "-en.txt";
        String notCodable = BASE + "notcodable-" + system + "-en.txt";
        return new VerbatimNormalizer(
                PhraseTable.fromResources(lexicon),
                PhraseTable.wordsFromResources(BASE + "fillers-en.txt", fillers),
                PhraseTable.fromResource(BASE + "negation-en.txt"),
                VerbatimNormalizer.class.getResource(notCodable) == null ? null : PhraseTable.fromResources(notCodable));
    }

    /** The normalizer with the project's English lexicon (clinical, then consumer lay terms), filler and negation lists. */
    public static VerbatimNormalizer english() {
        return new VerbatimNormalizer(
                PhraseTable.fromResources(BASE + "lexicon-en.txt", BASE + "lay-terms-en.txt"),
                PhraseTable.wordsFromResources(BASE + "fillers-en.txt"),
                PhraseTable.fromResource(BASE + "negation-en.txt"));
    }

    /** The lexicon's phrases that rewrite to other words ({@link PhraseTable#rewrites()}). */
    public List<PhraseTable.Rewrite> lexiconRewrites() {
        return lexicon.rewrites();
    }

    /** Dictionary names get only the literal normalization: no lexicon, no filler removal. */
    public static String literal(String text) {
        return join(Tokenizer.splitSlashes(Tokenizer.tokenize(text)));
    }

    public NormalizedVerbatim normalize(String verbatim) {
        if (verbatim == null || verbatim.isBlank()) {
            return new NormalizedVerbatim("", "", "", false, false, false);
        }
        List<Token> tokens = Tokenizer.tokenize(verbatim);
        String literal = join(Tokenizer.splitSlashes(tokens));
        String withDirections = LabThresholds.rewrite(SleepDuration.rewrite(verbatim));
        if (!withDirections.equals(verbatim)) {
            tokens = Tokenizer.tokenize(withDirections);
        }
        tokens = everydayWordsOfAllCapitals(verbatim, tokens);
        boolean[] unused = new boolean[1];

        List<Token> plainTokens = Tokenizer.splitSlashes(fillers.apply(tokens, unused));
        if (notCodable != null && (plainTokens.isEmpty() || notCodable.matchAtStart(plainTokens) == plainTokens.size()
                || notCodable.matchAtStart(tokens) == tokens.size())) {
            return new NormalizedVerbatim("", "", "", false, false, false);
        }
        boolean negated = false;
        int cue = negationCues.matchAtStart(plainTokens);
        List<Token> plainWithoutCue = plainTokens;
        if (cue > 0 && cue < plainTokens.size()) {
            plainWithoutCue = plainTokens.subList(cue, plainTokens.size());
        }

        boolean[] lexiconUsed = new boolean[1];
        List<Token> expanded = lexicon.apply(spelling == null ? tokens : spelling.repair(tokens), lexiconUsed);
        expanded = fillers.apply(expanded, unused);
        expanded = lexicon.apply(expanded, lexiconUsed);
        // a slash list ("AF/flutter") is one token until here: its parts get the lexicon too
        expanded = withoutReportWording(lexicon.apply(Tokenizer.splitSlashes(expanded), lexiconUsed));
        int expandedCue = expanded.isEmpty() ? 0 : negationCues.matchAtStart(expanded);
        if (expandedCue > 0 && expandedCue < expanded.size()) {
            negated = true;
            expanded = expanded.subList(expandedCue, expanded.size());
        } else if (expandedCue > 0) {
            expanded = List.of();
        }
        if (!negated) {
            plainWithoutCue = plainTokens;
        }
        return new NormalizedVerbatim(literal, join(plainWithoutCue), join(expanded), negated,
                looksLikeSeveralEvents(verbatim, tokens), lexiconUsed[0]);
    }

    private static List<Token> everydayWordsOfAllCapitals(String verbatim, List<Token> tokens) {
        if (tokens.size() < 2 || !isAllCapitals(verbatim)) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.upperCase() && EVERYDAY_WORDS.contains(t.text()) ? Token.of(t.text(), false) : t);
        }
        return out;
    }

    private static boolean isAllCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isUpperCase(c);
        }
        return letters;
    }

    private List<Token> withoutReportWording(List<Token> tokens) {
        List<Token> rest = REPORT_WORDING.apply(tokens, new boolean[1]);
        return rest.isEmpty() ? tokens : rest;
    }

    private static boolean looksLikeSeveralEvents(String verbatim, List<Token> tokens) {
        if (verbatim.indexOf(',') >= 0 || verbatim.indexOf(';') >= 0 || verbatim.indexOf('+') >= 0) {
            return true;
        }
        for (int i = 1; i < tokens.size() - 1; i++) {
            if (CONJUNCTIONS.contains(tokens.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static String join(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }
}
