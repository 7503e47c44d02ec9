package org.pvcoder.coding.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodingEngineTest {

    private static final Set<String> NON_CURRENT = Set.of("10000003", "10000031");

    private CodingEngine engine;

    @BeforeEach
    void build() {
        engine = EngineFactory.standard(0.95).build(FixtureTerminology.release("1.0"));
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    @Test
    void exactNameMatchesWhateverCaseAndSpelling() {
        CodingResult r = engine.code("HYPOKALEMIA");
        assertEquals(MatchStage.EXACT, r.stage());
        assertEquals("10000080", r.pt().code());
        assertEquals(Decision.AUTO_CODED, r.decision());
        assertEquals("meddra", r.system());
        assertEquals("1.0", r.version());
    }

    @Test
    void nonCurrentNameCodesToTheCurrentTermOfItsGroup() {
        CodingResult r = engine.code("Belly pain");
        assertEquals(MatchStage.EXACT_NON_CURRENT, r.stage());
        assertEquals("10000001", r.llt().code());
        assertEquals("10000001", r.pt().code());
    }

    @Test
    void normalizedTextMatchesAfterLexiconAndFillers() {
        CodingResult r = engine.code("patient experienced tummy ache");
        assertEquals(MatchStage.NORMALIZED_EXACT, r.stage());
        assertEquals("Abdominal pain", r.pt().name());
        assertEquals("abdominal pain", r.normalized());
    }

    @Test
    void sameWordsInAnotherOrderMatchTheWordSet() {
        CodingResult r = engine.code("increased blood pressure");
        assertEquals(MatchStage.WORD_SET, r.stage());
        assertEquals("10000060", r.pt().code());
    }

    @Test
    void searchRanksCandidatesForAnythingElse() {
        CodingResult r = engine.code("pain in my chest when breathing deeply");
        assertEquals(MatchStage.SEARCH, r.stage());
        assertEquals("10000230", r.pt().code());
        assertTrue(r.candidates().size() > 1);
        assertGroupsFirstThenBestFirst(r);
    }

    @Test
    void firstCandidatesOfferDifferentGroups() {
        // "Stomach ache" is a second name of Abdominal pain: it must not take a place before another group's best name
        for (String v : List.of("stomach ache and belly pain", "aching stomach with pain", "pain in the stomach")) {
            CodingResult r = engine.code(v);
            assertGroupsFirstThenBestFirst(r);
            long groups = r.candidates().stream().map(c -> c.pt().code()).distinct().count();
            assertTrue(groups > 1, v + ": " + r.candidates());
        }
    }

    @Test
    void resultsGoingToReviewOfferAlternativesAfterTheMatchedName() {
        CodingResult normalized = engine.code("patient experienced tummy ache");
        assertEquals(MatchStage.NORMALIZED_EXACT, normalized.stage());
        assertEquals(Decision.NEEDS_REVIEW, normalized.decision());
        assertEquals("Abdominal pain", normalized.candidates().get(0).llt().name());
        assertTrue(normalized.candidates().size() > 1, "alternatives: " + normalized.candidates());
        assertEquals(normalized.candidates().size(),
                normalized.candidates().stream().map(c -> c.llt().code()).distinct().count(), "a name is listed twice");

        CodingResult exact = engine.code("Headache");
        assertEquals(Decision.AUTO_CODED, exact.decision());
        assertEquals(1, exact.candidates().size(), "an auto-coded exact hit needs no alternatives");
    }

    /** Each group's best name comes before any second name of a group; within each part, best score first. */
    private static void assertGroupsFirstThenBestFirst(CodingResult r) {
        Set<String> seen = new java.util.HashSet<>();
        boolean repeats = false;
        double previous = Double.MAX_VALUE;
        for (Candidate c : r.candidates()) {
            boolean newGroup = seen.add(c.pt().code());
            assertFalse(repeats && newGroup, "a new group after a repeated one: " + r.candidates());
            if (!newGroup && !repeats) {
                repeats = true;
                previous = Double.MAX_VALUE;
            }
            assertTrue(c.score() <= previous, "not best first: " + r.candidates());
            previous = c.score();
        }
    }

    @Test
    void searchForgivesMisspellings() {
        CodingResult r = engine.code("diarhoea");
        assertEquals("10000190", r.pt().code());
    }

    @Test
    void blankOrContentFreeInputIsNotCodable() {
        for (String v : new String[]{"", "   ", null, "!!!", "🙂🙂"}) {
            CodingResult r = engine.code(v);
            assertEquals(Decision.NOT_CODABLE, r.decision(), "for " + v);
            assertEquals(MatchStage.NONE, r.stage());
            assertNull(r.llt());
            assertEquals(0.0, r.confidence());
        }
    }

    @Test
    void anyScriptGivesAResult() {
        CodingResult r = engine.code("头痛 и головная боль 🤕");
        assertEquals(Decision.NEEDS_REVIEW, r.decision());
    }

    @Test
    void negatedEventsAreNeverAutoCoded() {
        CodingResult r = engine.code("denies headache");
        assertEquals("10000040", r.pt().code());
        assertEquals(Decision.NEEDS_REVIEW, r.decision());
        assertTrue(r.flags().contains(CodingResult.NEGATED));
    }

    @Test
    void nonCurrentTermsAreNeverProposed() {
        for (String v : List.of("belly", "pain belly", "dizzy spells", "dizzy spell episodes", "belly pain after meals")) {
            CodingResult r = engine.code(v);
            for (Candidate c : r.candidates()) {
                assertFalse(NON_CURRENT.contains(c.llt().code()), v + " proposed " + c.llt());
            }
            if (r.llt() != null) {
                assertFalse(NON_CURRENT.contains(r.llt().code()));
            }
        }
    }

    @Test
    void learnsApprovedVerbatimsAndFindsNearOnes() {
        CodingResult before = engine.code("can't feel my throat");
        assertFalse(before.stage() == MatchStage.MEMORY);

        assertTrue(engine.memory().add("can't feel my throat", "10000120"));
        engine.memory().awaitSearchable();

        CodingResult same = engine.code("Can't feel my throat!");
        assertEquals(MatchStage.MEMORY, same.stage());
        assertEquals("10000120", same.llt().code());

        CodingResult near = engine.code("cant feel my throat at all");
        assertEquals(MatchStage.SEARCH, near.stage());
        assertEquals("10000120", near.llt().code());
    }

    @Test
    void aGroupTheReviewersOftenApproveMovesUpAmongCloseCandidates() {
        assertEquals(List.of("10000270", "10000230", "10000001", "10000210"),
                ptCodes(engine.code("pain when walking")).subList(0, 4));
        for (String verbatim : new String[]{"sore legs", "my knees hurt", "aching feet", "arm hurts", "hurting toes"}) {
            assertTrue(engine.memory().add(verbatim, "10000210"));
        }
        // Pain in extremity overtakes the other sites of pain; Pain, a much closer match, stays first.
        assertEquals(List.of("10000270", "10000210", "10000230", "10000001"),
                ptCodes(engine.code("pain when walking")).subList(0, 4));
    }

    private static List<String> ptCodes(CodingResult r) {
        return r.candidates().stream().map(c -> c.pt().code()).toList();
    }

    @Test
    void aConsumersWordingIsLessCertainThanAProfessionalsWithTheSameCandidates() {
        CodingResult consumer = engine.code("sharp chest pain", Reporter.CONSUMER);
        CodingResult professional = engine.code("sharp chest pain", Reporter.HEALTH_PROFESSIONAL);
        assertTrue(consumer.confidence() < engine.code("sharp chest pain").confidence());
        assertTrue(engine.code("sharp chest pain").confidence() < professional.confidence());
        assertEquals(ptCodes(professional), ptCodes(consumer));
    }

    @Test
    void aConsumersWordingAutocodesOnlyAboveItsOwnThresholdAsApprovedSynonymsDo() throws Exception {
        try (CodingEngine strict = EngineFactory.standard(0.95).withConsumerThreshold(0.99)
                .build(FixtureTerminology.release("1.0"))) {
            assertEquals(Decision.AUTO_CODED, strict.code("Headache", Reporter.HEALTH_PROFESSIONAL).decision());
            assertEquals(Decision.AUTO_CODED, strict.code("Headache").decision());
            CodingResult consumer = strict.code("Headache", Reporter.CONSUMER);
            assertEquals(Decision.NEEDS_REVIEW, consumer.decision());
            assertEquals("10000040", consumer.llt().code());

            assertTrue(strict.memory().add("my head is pounding", "10000040"));
            assertEquals(Decision.AUTO_CODED, strict.code("my head is pounding", Reporter.CONSUMER).decision());
        }
    }

    @Test
    void memoryRejectsUnknownAndNonCurrentCodes() {
        assertFalse(engine.memory().add("tummy bug", "99999999"));
        assertFalse(engine.memory().add("tummy bug", "10000003"));
        assertFalse(engine.memory().add("   ", "10000001"));
    }

    @Test
    void confidenceFallsAsTheMatchGetsWorse() {
        double exact = engine.code("Headache").confidence();
        double wordSet = engine.code("pressure blood increased").confidence();
        double closeSearch = engine.code("sharp chest pain").confidence();
        double looseSearch = engine.code("weird feeling chest something").confidence();
        double unrelated = engine.code("zzqx wibble").confidence();
        assertTrue(exact >= wordSet, exact + " < " + wordSet);
        assertTrue(wordSet > closeSearch, wordSet + " <= " + closeSearch);
        assertTrue(closeSearch > looseSearch, closeSearch + " <= " + looseSearch);
        assertTrue(looseSearch >= unrelated, looseSearch + " < " + unrelated);
        assertTrue(exact <= 1.0 && unrelated >= 0.0);
    }

    @Test
    void everyResultExplainsItself() {
        CodingResult r = engine.code("BP increased");
        assertEquals("blood pressure increased", r.normalized());
        assertTrue(r.stage() != null && r.version() != null && !r.candidates().isEmpty());
        assertEquals(r.llt(), r.candidates().get(0).llt());
    }
}
