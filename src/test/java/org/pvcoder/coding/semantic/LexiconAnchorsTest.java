package org.pvcoder.coding.semantic;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexicon's phrases as anchors of the semantic index, on the fixture release with real vectors. */
class LexiconAnchorsTest {

    private static CodingEngine namesOnly;
    private static CodingEngine anchored;
    private static SemanticIndex names;
    private static SemanticIndex withAnchors;

    @BeforeAll
    static void build() {
        FixtureTerminology release = FixtureTerminology.release("1.0");
        namesOnly = FixtureVectors.semanticEngine(release, Embedder.shared()::embed);
        names = namesOnly.semantic().index();
        anchored = EngineFactory.standard(0.95).build(release);
        TermVectors vectors = FixtureVectors.of(release);
        withAnchors = LexiconAnchors.add(SemanticIndex.of(vectors, anchored.index()), anchored, Embedder.shared());
        anchored.attachSemantic(new SemanticSource(Embedder.shared(), withAnchors, SemanticSource.Settings.DEFAULT));
    }

    @AfterAll
    static void close() throws Exception {
        namesOnly.close();
        anchored.close();
    }

    @Test
    void phrasesWhoseReplacementSettlesToATermBecomeAnchors() {
        int anchors = withAnchors.size() - names.size();
        assertTrue(anchors > 100, anchors + " anchors");
        // Only phrases that rewrite to a term of this release: the fixture has ~35 names, the lexicon thousands.
        assertTrue(anchors < namesOnly.normalizer().lexiconRewrites().size() / 2, anchors + " anchors");
    }

    @Test
    void aWordingNoPhraseMatchesFindsTheTermOfTheNearestPhrase() {
        String verbatim = "staring at the ceiling all night";
        CodingResult before = namesOnly.code(verbatim);
        assertEquals(MatchStage.SEARCH, before.stage());
        assertNotEquals("Insomnia", before.pt().name(), "names alone: " + before.candidates());

        CodingResult after = anchored.code(verbatim);
        assertEquals(MatchStage.SEARCH, after.stage());
        assertEquals("Insomnia", after.pt().name(), "with anchors: " + after.candidates());
        assertNotEquals(org.pvcoder.coding.Decision.AUTO_CODED, after.decision(), "a semantic find goes to review");
    }

    @Test
    void nearestListsEachTermOnceKeepsTheNearestNamesAndTheNameItsOwnCosine() {
        float[] query = Embedder.shared().embed("cannot fall asleep at night");
        List<SemanticIndex.Neighbour> nearest = withAnchors.nearest(query, 8);
        // the 8 nearest by name and the 8 nearest by anchor, each term once, nearest first
        assertTrue(nearest.size() >= 8 && nearest.size() <= 16, nearest.toString());
        Set<Integer> terms = new HashSet<>();
        for (int i = 0; i < nearest.size(); i++) {
            assertTrue(terms.add(nearest.get(i).ordinal()), "each term once: " + nearest);
            assertTrue(i == 0 || nearest.get(i - 1).cosine() >= nearest.get(i).cosine(), "nearest first: " + nearest);
        }
        // a term's many lay phrases never push the nearest names out
        for (SemanticIndex.Neighbour byName : names.nearest(query, 8)) {
            assertTrue(terms.contains(byName.ordinal()), byName + " kept among " + nearest);
        }
        int insomnia = anchored.index().ordinalOf("10000050").orElseThrow();
        assertEquals(names.cosine(query, insomnia), withAnchors.cosine(query, insomnia), 1e-6);
    }
}
