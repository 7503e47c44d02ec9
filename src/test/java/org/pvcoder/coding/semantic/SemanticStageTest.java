package org.pvcoder.coding.semantic;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The semantic stage on the fixture release, with real name vectors. */
class SemanticStageTest {

    private static CodingEngine lexical;
    private static CodingEngine semantic;

    @BeforeAll
    static void build() {
        FixtureTerminology release = FixtureTerminology.release("1.0");
        lexical = EngineFactory.standard(0.95).build(release);
        semantic = FixtureVectors.semanticEngine(release, Embedder.shared()::embed);
    }

    @AfterAll
    static void close() throws Exception {
        lexical.close();
        semantic.close();
    }

    @Test
    void aVerbatimSharingNoWordWithItsTermFindsItThroughTheSemanticSource() {
        CodingResult before = lexical.code("exanthem");
        assertEquals(MatchStage.SEARCH, before.stage());
        assertTrue(before.candidates().isEmpty(), "no name shares a word with it: " + before.candidates());

        CodingResult after = semantic.code("exanthem");
        assertEquals(MatchStage.SEARCH, after.stage());
        assertFalse(after.candidates().isEmpty());
        assertTrue(after.candidates().stream().limit(2).anyMatch(c -> c.llt().name().equals("Rash")),
                "Rash among the first two: " + after.candidates());
        assertTrue(after.decision() != org.pvcoder.coding.Decision.AUTO_CODED, "a semantic-only find goes to review");
    }

    @Test
    void aWrongLexicalGuessGivesWayToTheNearestName() {
        CodingResult before = lexical.code("hives all over");
        assertFalse(before.pt() != null && before.pt().name().startsWith("Rash"), "lexical guess: " + before.llt());
        CodingResult after = semantic.code("hives all over");
        assertTrue(after.pt().name().equals("Rash pruritic") || after.pt().name().equals("Pruritus")
                || after.pt().name().equals("Rash"), "semantic: " + after.candidates());
    }

    @Test
    void theReportersWordsAsWrittenAreEmbeddedWhenTheReadingDroppedSome() throws Exception {
        List<String> embedded = new CopyOnWriteArrayList<>();
        try (CodingEngine engine = FixtureVectors.semanticEngine(FixtureTerminology.release("1.0"), text -> {
            embedded.add(text);
            return Embedder.shared().embed(text);
        })) {
            CodingResult r = engine.code("could not feel my throat");

            // "feel" and "my" are fillers of the reading; the words as written keep what the verbatim is about
            assertEquals(List.of("could not throat", "could not feel my throat"), embedded);
            assertEquals("Sensation of throat numbness", r.llt().name(), "candidates: " + r.candidates());
        }
    }

    @Test
    void settledAndStrongLexicalResultsDoNotAskTheSemanticSource() {
        long calls = semantic.semanticCalls();
        assertEquals(MatchStage.EXACT, semantic.code("Headache").stage());
        assertEquals(MatchStage.NORMALIZED_EXACT, semantic.code("heart attack").stage());
        assertEquals(calls, semantic.semanticCalls());
        semantic.code("kidney stones");
        assertEquals(calls + 1, semantic.semanticCalls());
    }

    @Test
    void aResultTheSemanticStageTookPartInIsMarkedSoForTheConfidenceModel() {
        assertTrue(semantic.evaluate("kidney stones", Reporter.UNSPECIFIED).features().semantic());
        assertFalse(lexical.evaluate("kidney stones", Reporter.UNSPECIFIED).features().semantic());
        assertTrue(semantic.evaluate("Headache", Reporter.UNSPECIFIED).features().values().get("search.semantic") == 0.0);
    }
}
