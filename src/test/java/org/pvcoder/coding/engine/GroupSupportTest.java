package org.pvcoder.coding.engine;

import org.junit.jupiter.api.Test;
import org.pvcoder.coding.rank.MatchScore;
import org.pvcoder.terminology.CodableTerm;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupSupportTest {

    private static ScoredCandidate candidate(int ordinal, String code, String groupCode, double score) {
        CodableTerm term = new CodableTerm(code, "name " + code, true, groupCode, "group " + groupCode);
        return new ScoredCandidate(ordinal, term, new MatchScore(score, 0, 0, 0), false);
    }

    /** The candidates ranked, then supported. */
    private static List<ScoredCandidate> supported(ScoredCandidate... candidates) {
        List<ScoredCandidate> ranked = new ArrayList<>(List.of(candidates));
        ranked.sort(ScoredCandidate.RANKING);
        GroupSupport.apply(ranked);
        return ranked;
    }

    private static List<String> codes(List<ScoredCandidate> ranked) {
        return ranked.stream().map(c -> c.term().code()).toList();
    }

    @Test
    void aGroupWithTwoMatchingNamesOvertakesASingleSlightlyBetterName() {
        List<ScoredCandidate> ranked = supported(
                candidate(0, "1", "B", 0.70),
                candidate(1, "2", "A", 0.65),
                candidate(2, "3", "A", 0.60));
        assertEquals(0.65 + GroupSupport.SHARE * 0.60, ranked.get(0).score(), 1e-9);
        assertEquals(List.of("2", "1", "3"), codes(ranked));
    }

    @Test
    void aMuchBetterSingleNameKeepsItsPlace() {
        List<ScoredCandidate> ranked = supported(
                candidate(0, "1", "B", 0.90),
                candidate(1, "2", "A", 0.50),
                candidate(2, "3", "A", 0.45));
        assertEquals(List.of("1", "2", "3"), codes(ranked));
        assertEquals(0.90, ranked.get(0).score(), 1e-9);
    }

    @Test
    void onlyTheGroupsBestNameIsSupportedAndScoresStayAtMostOne() {
        List<ScoredCandidate> ranked = supported(
                candidate(0, "1", "A", 0.98),
                candidate(1, "2", "A", 0.97),
                candidate(2, "3", "A", 0.40));
        assertEquals(1.0, ranked.get(0).score(), 1e-9);
        assertEquals(0.97, ranked.get(1).score(), 1e-9);
        assertEquals(0.40, ranked.get(2).score(), 1e-9);
    }
}
