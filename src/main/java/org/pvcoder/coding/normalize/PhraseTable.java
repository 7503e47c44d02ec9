package org.pvcoder.coding.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases matched on word stems (so "throwing up" matches the entry "throw up"), longest match first,
 * each with the words that replace it (none for filler). In the resource files a line reads
 * {@code phrase|other phrase = replacement}; a phrase word in CAPITALS only matches a word the reporter
 * wrote in capitals (so "SOB" expands but "sob" does not); a word written {@code =word} matches only that
 * word as written, not its other forms (so "=spotting" does not match "spots", and "=depressed" does not
 * match "depression"); {@code *} matches any one word. A line whose replacement is a lone {@code =} keeps its
 * phrases as written ({@code intermittent claudication = =}): no shorter phrase rewrites their words and no filler
 * drops them, which keeps the wording of names such as "Intermittent claudication" or "Flat affect" whole.
 */
public final class PhraseTable {

    private static final String ANY = "*";
    private static final String AS_WRITTEN = "=";
    /** The replacement that keeps a phrase as written. */
    private static final String KEEP = "=";
    private static final java.util.Set<String> GLUE = java.util.Set.of(
            "my", "is", "are", "was", "were", "am", "be", "been", "being", "the", "a", "an", "his", "her", "their",
            "your", "its", "so", "very", "really", "all", "of");

    /**
     * {@code replacement} holds ready tokens (stemmed once, at load), as the lexicon writes them;
     * {@code written[k]} is the word a token must be exactly, or null when any word of the same stem will do;
     * {@code keep}: the matched words stay as written, fixed.
     */
    private record Entry(String[] stems, boolean[] capitalsOnly, String[] written, List<Token> replacement, boolean keep) {
    }

    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final List<Entry> byWildcardFirst = new ArrayList<>();
    /** Every word the phrases and replacements are written with, for spelling repair. */
    private final java.util.Set<String> words = new java.util.HashSet<>();
    /** The phrases that rewrite to other words, as written (see {@link #rewrites()}). */
    private final List<Rewrite> rewrites = new ArrayList<>();
    private int longest;
    /** Whether words match by stem ("throwing up" matches "throw up") or only as written. */
    private final boolean byStem;

    private PhraseTable(boolean byStem) {
        this.byStem = byStem;
    }

    private String key(Token t) {
        return byStem ? t.stem() : t.text();
    }

    public static PhraseTable fromResource(String resource) {
        if (PhraseTable.class.getResource(resource) == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return fromResources(resource);
    }

    /** One table from several resource files, in order; a missing file is skipped. Words match by stem. */
    public static PhraseTable fromResources(String... resources) {
        return read(new PhraseTable(true), resources);
    }

    /**
     * Like {@link #fromResources}, but words match only as written: for lists of filler words, where a stem
     * would also drop "extremity" with "extreme" and "several" with "severe".
     */
    public static PhraseTable wordsFromResources(String... resources) {
        return read(new PhraseTable(false), resources);
    }

    private static PhraseTable read(PhraseTable table, String... resources) {
        for (String resource : resources) {
            InputStream in = PhraseTable.class.getResourceAsStream(resource);
            if (in == null) {
                continue;
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    table.addLine(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return table;
    }

    /**
     * Adds one resource line: {@code a|b = replacement}, {@code a|b = =} for phrases kept as written, or {@code a|b}
     * for phrases that are dropped.
     */
    public void addLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        int eq = trimmed.indexOf(" = ");
        String keys = eq < 0 ? trimmed : trimmed.substring(0, eq);
        List<Token> replacement = new ArrayList<>();
        boolean keep = eq >= 0 && trimmed.substring(eq + 3).strip().equals(KEEP);
        if (eq >= 0 && !keep) {
            for (Token t : Tokenizer.tokenize(trimmed.substring(eq + 3))) {
                replacement.add(Token.fixed(t.text()));
                words.add(t.text());
            }
        }
        for (String key : keys.split("\\|")) {
            String phrase = key.strip();
            add(phrase, replacement, keep);
            boolean capitalsOnly = !phrase.equals(phrase.toLowerCase(java.util.Locale.ROOT));
            if (!replacement.isEmpty() && !phrase.contains(ANY) && !capitalsOnly) {
                rewrites.add(new Rewrite(phrase.replace(AS_WRITTEN, ""), trimmed.substring(eq + 3).strip()));
            }
        }
    }

    /** A phrase of the table as written (without markers) and the words that replace it. */
    public record Rewrite(String phrase, String replacement) {
    }

    /**
     * The phrases that rewrite to other words, in file order: not the dropped or kept ones, nor those with a
     * wildcard or a word matched only in capitals (abbreviations). Semantic search uses them as anchors.
     */
    public List<Rewrite> rewrites() {
        return java.util.Collections.unmodifiableList(rewrites);
    }

    private void add(String phrase, List<Token> replacement, boolean keep) {
        List<String> stemList = new ArrayList<>();
        List<Boolean> capitalsList = new ArrayList<>();
        List<String> writtenList = new ArrayList<>();
        for (String word : phrase.split("\\s+")) {
            if (word.equals(ANY)) {
                stemList.add(ANY);
                capitalsList.add(false);
                writtenList.add(null);
                continue;
            }
            boolean asWritten = word.startsWith(AS_WRITTEN);
            for (Token t : Tokenizer.tokenize(asWritten ? word.substring(AS_WRITTEN.length()) : word)) {
                words.add(t.text());
                stemList.add(key(t));
                capitalsList.add(t.upperCase());
                writtenList.add(asWritten ? t.text() : null);
            }
        }
        if (stemList.isEmpty()) {
            throw new IllegalArgumentException("phrase without words: " + phrase);
        }
        String[] stems = stemList.toArray(String[]::new);
        boolean[] capitalsOnly = new boolean[stems.length];
        for (int i = 0; i < stems.length; i++) {
            capitalsOnly[i] = capitalsList.get(i);
        }
        Entry entry = new Entry(stems, capitalsOnly, writtenList.toArray(String[]::new), List.copyOf(replacement), keep);
        if (stems[0].equals(ANY)) {
            byWildcardFirst.add(entry);
        } else {
            byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(entry);
        }
        longest = Math.max(longest, stems.length);
    }

    /**
     * The tokens with every matched phrase replaced; {@code changed[0]} tells whether any phrase was rewritten or
     * dropped (a phrase kept as written changes nothing).
     */
    public List<Token> apply(List<Token> tokens, boolean[] changed) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestMatchAt(tokens, i);
            if (best == null) {
                out.add(tokens.get(i));
                i++;
                continue;
            }
            if (best.entry().keep()) {
                for (Token t : tokens.subList(i, i + best.consumed())) {
                    out.add(t.fixed() ? t : Token.fixed(t.text()));
                }
            } else {
                out.addAll(best.entry().replacement());
                changed[0] = true;
            }
            i += best.consumed();
        }
        return out;
    }

    /** The number of tokens the phrase matched at the very start of the tokens consumes, 0 if none. */
    public int matchAtStart(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        Match best = longestMatchAt(tokens, 0);
        return best == null ? 0 : best.consumed();
    }

    private record Match(Entry entry, int consumed) {
    }

    private Match longestMatchAt(List<Token> tokens, int start) {
        Match best = null;
        List<Entry> candidates = byFirstStem.get(key(tokens.get(start)));
        if (candidates != null) {
            best = longer(best, candidates, tokens, start);
        }
        if (!byWildcardFirst.isEmpty()) {
            best = longer(best, byWildcardFirst, tokens, start);
        }
        return best;
    }

    private Match longer(Match best, List<Entry> entries, List<Token> tokens, int start) {
        for (Entry e : entries) {
            if (best != null && e.stems().length <= best.entry().stems().length) {
                continue;
            }
            int consumed = consumed(e, tokens, start);
            if (consumed > 0) {
                best = new Match(e, consumed);
            }
        }
        return best;
    }

    /**
     * How many tokens the phrase covers from {@code start}, or 0 if it does not match. Glue words the
     * phrase does not name ("my", "is", "the") may sit between its words: "my hair is falling out"
     * matches "hair falling out".
     */
    private int consumed(Entry e, List<Token> tokens, int start) {
        int p = start;
        for (int k = 0; k < e.stems().length; k++) {
            while (k > 0 && p < tokens.size() && GLUE.contains(tokens.get(p).text()) && !tokens.get(p).fixed()
                    && !key(tokens.get(p)).equals(e.stems()[k])) {
                p++;
            }
            if (p >= tokens.size()) {
                return 0;
            }
            Token t = tokens.get(p);
            if (t.fixed()) {
                return 0;
            }
            if (!e.stems()[k].equals(ANY)
                    && (!e.stems()[k].equals(key(t)) || (e.capitalsOnly()[k] && !t.upperCase())
                    || (e.written()[k] != null && !e.written()[k].equals(t.text())))) {
                return 0;
            }
            p++;
        }
        return p - start;
    }

    /** The words this table's phrases and replacements are written with. */
    public java.util.Set<String> words() {
        return java.util.Collections.unmodifiableSet(words);
    }

    int longestPhrase() {
        return longest;
    }
}
