package org.pvcoder.coding.rank;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordMatchTest {

    @Test
    void equalStemsMatchFully() {
        assertEquals(1.0, WordMatch.quality("nausea", "nausea"));
        assertEquals(1.0, WordMatch.quality("rash", "rash"));
    }

    @Test
    void longSharedPrefixOrSmallTypoMatchesPartly() {
        assertEquals(0.85, WordMatch.quality("hemorrhag", "hemorrhoid"));
        assertEquals(0.8, WordMatch.quality("diarrhea", "diarhea"));
        assertEquals(0.65, WordMatch.quality("somnolenc", "somnolnce"));
    }

    @Test
    void shortWordsAndDifferentStartsDoNotMatch() {
        assertEquals(0, WordMatch.quality("pain", "paint"));
        assertEquals(0, WordMatch.quality("cardiac", "fatigue"));
        assertEquals(0, WordMatch.quality("aphasia", "dysphasia"));
    }

    @Test
    void oppositePrefixesNeverMatch() {
        assertEquals(0, WordMatch.quality("hypokalemia", "hyperkalemia"));
        assertEquals(0, WordMatch.quality("hypertension", "hypotension"));
        assertEquals(0, WordMatch.quality("tachycardia", "bradycardia"));
        assertEquals(0, WordMatch.quality("microcytic", "macrocytic"));
    }

    @Test
    void editDistanceStopsOnceOverTheBound() {
        assertEquals(1, WordMatch.boundedEditDistance("diarrhea", "diarhea", 2));
        assertEquals(3, WordMatch.boundedEditDistance("abcdefgh", "abcxyzgh", 2));
        assertEquals(3, WordMatch.boundedEditDistance("abcdefgh", "abcdefghijk", 2));
    }
}
