package org.pvcoder.meddra;

import java.util.Locale;
import java.util.Optional;

/** The five levels of the MedDRA hierarchy, most specific first. */
public enum MeddraLevel {
    LLT, PT, HLT, HLGT, SOC;

    public static Optional<MeddraLevel> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
