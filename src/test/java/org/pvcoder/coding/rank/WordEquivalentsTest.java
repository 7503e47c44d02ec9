package org.pvcoder.coding.rank;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.fixture.ListedTerminology;
import org.pvcoder.coding.normalize.WordStemmer;
import org.pvcoder.terminology.CodableTerm;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordEquivalentsTest {

    private static CodingEngine engine;

    /** A MedDRA-shaped name written for this test, its own group, with a made-up code. */
    private static CodableTerm term(String code, String name) {
        return new CodableTerm(code, name, true, code, name);
    }

    @BeforeAll
    static void build() {
        engine = EngineFactory.standard(0.95).build(new ListedTerminology("meddra", "test", List.of(
                term("20000001", "Oral herpes"), term("20000002", "Herpes simplex"), term("20000003", "Herpes zoster"),
                term("20000004", "Renal cyst"), term("20000005", "Cyst"), term("20000006", "Skin cyst"),
                term("20000007", "Alanine aminotransferase increased"), term("20000008", "Alanine increased"))));
    }

    @AfterAll
    static void close() throws Exception {
        engine.close();
    }

    @Test
    void aBodyPartAndItsAdjectiveAreEquivalentBothWays() {
        assertTrue(WordEquivalents.of(WordStemmer.stem("kidney")).contains(WordStemmer.stem("renal")));
        assertTrue(WordEquivalents.of(WordStemmer.stem("renal")).contains(WordStemmer.stem("kidneys")));
        assertTrue(WordEquivalents.of(WordStemmer.stem("mouth")).contains(WordStemmer.stem("oral")));
    }

    @Test
    void aWordIsNotListedAsItsOwnEquivalentAndMostWordsHaveNone() {
        assertFalse(WordEquivalents.of(WordStemmer.stem("renal")).contains(WordStemmer.stem("renal")));
        assertEquals(0, WordEquivalents.of(WordStemmer.stem("headache")).size());
    }

    @Test
    void searchFindsTheNameThatUsesTheAdjective() {
        CodingResult r = engine.code("herpes of the mouth");
        assertEquals(MatchStage.SEARCH, r.stage());
        assertEquals("Oral herpes", r.llt().name());

        assertEquals("Renal cyst", engine.code("cyst on kidney").llt().name());
    }

    @Test
    void anEquivalentMatchesAlmostAsWellAsTheWordItself() {
        CodingResult r = engine.code("raised alanine transaminase");
        assertEquals("Alanine aminotransferase increased", r.llt().name());
        assertTrue(r.candidates().get(0).score() > r.candidates().get(1).score());
    }
}
