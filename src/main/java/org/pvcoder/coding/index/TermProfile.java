package org.pvcoder.coding.index;

/**
 * What the ranker compares a verbatim with: a name's literal form, its word stems with their IDF weights,
 * and its character trigrams.
 */
public record TermProfile(String literal, String[] stems, float[] idf, long[] trigrams) {

    public static TermProfile of(String literal, String[] stems, WordStatistics statistics) {
        float[] idf = new float[stems.length];
        for (int i = 0; i < stems.length; i++) {
            idf[i] = statistics.idf(stems[i]);
        }
        return new TermProfile(literal, stems, idf, Trigrams.of(literal));
    }
}
