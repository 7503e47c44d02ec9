package org.pvcoder.coding.rank;

import org.pvcoder.coding.index.MedicalStopWords;
import org.pvcoder.coding.index.Trigrams;
import org.pvcoder.coding.index.WordStatistics;
import org.pvcoder.coding.normalize.WordStemmer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One search text of a verbatim, prepared for retrieval and ranking: its content words, their stems
 * (the same Porter2 stems the words field indexes) and IDF weights, and its character trigrams.
 */
public record QueryText(String literal, String[] words, String[] stems, float[] idf, long[] trigrams) {

    /** At most this many words are searched; longer verbatims are rarely one event anyway. */
    public static final int MAX_WORDS = 32;

    public static QueryText of(String normalizedText, WordStatistics statistics) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (String word : normalizedText.split(" ")) {
            if (word.isEmpty() || MedicalStopWords.SET.contains(word)) {
                continue;
            }
            String stem = WordStemmer.stem(word);
            if (seen.add(stem) && stems.size() < MAX_WORDS) {
                words.add(word);
                stems.add(stem);
            }
        }
        float[] idf = new float[stems.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = statistics.idf(stems.get(i));
        }
        return new QueryText(normalizedText, words.toArray(String[]::new), stems.toArray(String[]::new), idf,
                Trigrams.of(normalizedText));
    }

    public boolean isEmpty() {
        return stems.length == 0;
    }
}
