package org.pvcoder.coding.index;

import java.util.Map;
import java.util.OptionalInt;

/** How many term names contain each stem (for IDF weights), and each code's ordinal. */
public final class WordStatistics {

    private final Map<String, Integer> documentFrequency;
    private final Map<String, Integer> ordinalByCode;
    private final int documents;
    private final float maxIdf;

    WordStatistics(Map<String, Integer> documentFrequency, Map<String, Integer> ordinalByCode, int documents) {
        this.documentFrequency = documentFrequency;
        this.ordinalByCode = ordinalByCode;
        this.documents = documents;
        this.maxIdf = idfOf(0);
    }

    public int documentFrequency(String stem) {
        return documentFrequency.getOrDefault(stem, 0);
    }

    /** Inverse document frequency; a stem no name contains weighs like the rarest one. */
    public float idf(String stem) {
        return idfOf(documentFrequency(stem));
    }

    public float maxIdf() {
        return maxIdf;
    }

    OptionalInt ordinalOf(String code) {
        Integer ordinal = ordinalByCode.get(code);
        return ordinal == null ? OptionalInt.empty() : OptionalInt.of(ordinal);
    }

    private float idfOf(int df) {
        return (float) Math.log(1.0 + (documents + 1.0) / (df + 1.0));
    }
}
