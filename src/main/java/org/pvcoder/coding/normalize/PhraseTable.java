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
 * wrote in capitals (so "SOB" expands but "sob" does not); {@code *} matches any one word.
 */
public final class PhraseTable {

    private static final String ANY = "*";

    private record Entry(String[] stems, boolean[] capitalsOnly, List<String> replacement) {
    }

    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final List<Entry> byWildcardFirst = new ArrayList<>();
    private int longest;

    public static PhraseTable fromResource(String resource) {
        InputStream in = PhraseTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        PhraseTable table = new PhraseTable();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                table.addLine(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    /** Adds one resource line: {@code a|b = replacement}, or {@code a|b} for phrases that are dropped. */
    public void addLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        int eq = trimmed.indexOf(" = ");
        String keys = eq < 0 ? trimmed : trimmed.substring(0, eq);
        List<String> replacement = new ArrayList<>();
        if (eq >= 0) {
            for (Token t : Tokenizer.tokenize(trimmed.substring(eq + 3))) {
                replacement.add(t.text());
            }
        }
        for (String key : keys.split("\\|")) {
            add(key.strip(), replacement);
        }
    }

    private void add(String phrase, List<String> replacement) {
        List<String> stemList = new ArrayList<>();
        List<Boolean> capitalsList = new ArrayList<>();
        for (String word : phrase.split("\\s+")) {
            if (word.equals(ANY)) {
                stemList.add(ANY);
                capitalsList.add(false);
                continue;
            }
            for (Token t : Tokenizer.tokenize(word)) {
                stemList.add(t.stem());
                capitalsList.add(t.upperCase());
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
        Entry entry = new Entry(stems, capitalsOnly, List.copyOf(replacement));
        if (stems[0].equals(ANY)) {
            byWildcardFirst.add(entry);
        } else {
            byFirstStem.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(entry);
        }
        longest = Math.max(longest, stems.length);
    }

    /** The tokens with every matched phrase replaced; {@code changed[0]} tells whether anything matched. */
    public List<Token> apply(List<Token> tokens, boolean[] changed) {
        List<Token> out = new ArrayList<>(tokens.size() + 4);
        int i = 0;
        while (i < tokens.size()) {
            Entry best = longestMatchAt(tokens, i);
            if (best == null) {
                out.add(tokens.get(i));
                i++;
                continue;
            }
            for (String word : best.replacement()) {
                out.add(Token.fixed(word));
            }
            i += best.stems().length;
            changed[0] = true;
        }
        return out;
    }

    /** The length of the phrase matched at the very start of the tokens, 0 if none. */
    public int matchAtStart(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return 0;
        }
        Entry best = longestMatchAt(tokens, 0);
        return best == null ? 0 : best.stems().length;
    }

    private Entry longestMatchAt(List<Token> tokens, int start) {
        Entry best = null;
        List<Entry> candidates = byFirstStem.get(tokens.get(start).stem());
        if (candidates != null) {
            best = longer(best, candidates, tokens, start);
        }
        if (!byWildcardFirst.isEmpty()) {
            best = longer(best, byWildcardFirst, tokens, start);
        }
        return best;
    }

    private static Entry longer(Entry best, List<Entry> entries, List<Token> tokens, int start) {
        for (Entry e : entries) {
            if ((best == null || e.stems().length > best.stems().length) && matches(e, tokens, start)) {
                best = e;
            }
        }
        return best;
    }

    private static boolean matches(Entry e, List<Token> tokens, int start) {
        if (start + e.stems().length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.stems().length; k++) {
            Token t = tokens.get(start + k);
            if (t.fixed()) {
                return false;
            }
            if (e.stems()[k].equals(ANY)) {
                continue;
            }
            if (!e.stems()[k].equals(t.stem()) || (e.capitalsOnly()[k] && !t.upperCase())) {
                return false;
            }
        }
        return true;
    }

    int longestPhrase() {
        return longest;
    }
}
