package org.pvcoder.coding.normalize;

import java.util.List;

/**
 * A verbatim after normalization.
 *
 * @param literal    folded, lower-cased, canonical spelling, nothing removed: compared with dictionary names as is
 * @param plain      {@code literal} without filler words and negation cues, no lexicon applied
 * @param expanded   {@code plain} with abbreviations and lay terms rewritten by the lexicon: the main search text
 * @param negated    the reporter negated the event ("no nausea", "denies chest pain")
 * @param multiEvent the text seems to name several events ("rash and itching")
 * @param lexiconUsed the lexicon rewrote something
 */
public record NormalizedVerbatim(String literal, String plain, String expanded,
                                 boolean negated, boolean multiEvent, boolean lexiconUsed) {

    public boolean hasContent() {
        return !expanded.isEmpty() || !plain.isEmpty();
    }

    /** The distinct search texts, main one first. */
    public List<String> searchTexts() {
        if (plain.isEmpty() || plain.equals(expanded)) {
            return List.of(expanded);
        }
        if (expanded.isEmpty()) {
            return List.of(plain);
        }
        return List.of(expanded, plain);
    }
}
