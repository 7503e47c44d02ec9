package org.pvcoder.coding.rank;

import org.pvcoder.coding.normalize.SpellingVariants;
import org.pvcoder.coding.normalize.WordStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stems that name the same thing in a term name ({@code word-equivalents-en.txt}): "mouth" and "oral", "kidney"
 * and "renal". Search adds a word's equivalents to the candidate query, and ranking lets them match at
 * {@link #QUALITY}, just under the word itself. Immutable; thread-safe.
 */
public final class WordEquivalents {

    /** Match quality of an equivalent word: below an equal stem (1.0), above a shared prefix (0.85). */
    public static final double QUALITY = 0.9;
    private static final String RESOURCE = "word-equivalents-en.txt";
    private static final Map<String, Set<String>> BY_STEM = load();

    private WordEquivalents() {
    }

    /** The stems equivalent to a stem, without the stem itself; empty for most. */
    public static Set<String> of(String stem) {
        return BY_STEM.getOrDefault(stem, Set.of());
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> byStem = new HashMap<>();
        try (InputStream in = WordEquivalents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Set<String> group = new LinkedHashSet<>();
                for (String word : line.split("\\|")) {
                    group.add(WordStemmer.stem(SpellingVariants.canonical(word.strip())));
                }
                for (String stem : group) {
                    Set<String> others = new LinkedHashSet<>(byStem.getOrDefault(stem, Set.of()));
                    others.addAll(group);
                    others.remove(stem);
                    byStem.put(stem, Set.copyOf(others));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(byStem);
    }
}
