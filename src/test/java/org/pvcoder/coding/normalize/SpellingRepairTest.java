package org.pvcoder.coding.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpellingRepairTest {

    private static final Map<String, Integer> NAME_WORDS = VerbatimNormalizer.nameWords(List.of(
            "Diarrhoea", "Diarrhoea haemorrhagic", "Alopecia", "Hair growth abnormal", "Hair disorder", "Loss of libido",
            "Sleep disorder", "Sleep apnoea syndrome", "Feeling abnormal", "Epilepsy", "Depression", "Asthma",
            "Swelling", "Dizziness", "Headache", "Hyperthyroidism", "Presyncope"));
    private static final VerbatimNormalizer NORMALIZER = VerbatimNormalizer.english().withVocabulary(NAME_WORDS);

    private static String expanded(String verbatim) {
        return NORMALIZER.normalize(verbatim).expanded();
    }

    @Test
    void oneKeySlipsAreRepairedToWordsOfTheNames() {
        assertEquals("epilepsy", expanded("epilespy"));
        assertEquals("headache", expanded("headahce"));
        assertEquals("asthma", expanded("asthama"));
        assertEquals("diarrhea", expanded("diarhea"));
    }

    @Test
    void stretchedLettersAndDroppedEndingsAreRepaired() {
        assertEquals("dizziness", expanded("dizzinessss"));
        assertEquals("swelling", expanded("swellin"));
    }

    @Test
    void wordsRunTogetherAreSplitAndThenReadByTheLexicon() {
        assertEquals("alopecia", expanded("hairloss"));
        assertEquals("insomnia", expanded("cantsleep"));
    }

    @Test
    void aPrefixWrittenApartIsJoinedToItsWord() {
        assertEquals("hyperthyroidism", expanded("hyper thyroidism"));
        assertEquals("presyncope", expanded("pre-syncope"));
        assertEquals("hyper dizziness", NORMALIZER.normalize("hyper dizziness").plain());
    }

    @Test
    void anotherFormOfAKnownWordIsNoSlip() {
        VerbatimNormalizer normalizer = VerbatimNormalizer.english().withVocabulary(
                VerbatimNormalizer.nameWords(List.of("Hand scale", "Wound sealing")));
        // "scaling" is one key from "sealing", but it is a form of the known "scale"
        assertEquals("scaling of hands", normalizer.normalize("scaling of hands").expanded());
        assertEquals("wound sealing", normalizer.normalize("wound sealinng").expanded());
    }

    @Test
    void knownShortAmbiguousAndCapitalWordsAreLeftAlone() {
        SpellingRepair repair = new SpellingRepair(NAME_WORDS);
        assertNull(repair.repair("banana"));
        assertEquals("hair", expanded("hair"));
        assertEquals("hedache", NORMALIZER.normalize("HEDACHE").plain());
    }

    @Test
    void thePlainTextKeepsTheReportersSpelling() {
        NormalizedVerbatim n = NORMALIZER.normalize("epilespy");
        assertEquals("epilespy", n.plain());
        assertEquals("epilespy", n.literal());
    }

    @Test
    void withoutAVocabularyNothingIsRepaired() {
        assertEquals("epilespy", VerbatimNormalizer.english().normalize("epilespy").expanded());
    }
}
