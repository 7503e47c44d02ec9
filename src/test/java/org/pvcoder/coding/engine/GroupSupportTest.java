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

    private static List<ScoredCandidate> ranked(ScoredCandidate... candidates) {
        List<ScoredCandidate> list = new ArrayList<>(List.of(candidates));
        list.sort(ScoredCandidate.RANKING);
        return list;
    }

    @Test
    void aGroupWithTwoMatchingNamesOvertakesASingleSlightlyBetterName() {
        List<ScoredCandidate> ranked = ranked(
                candidate(0, "1", "B", 0.70),
                candidate(1, "2", "A", 0.65),
                candidate(2, "3", "A", 0.60));
        GroupSupport.apply(ranked);
        assertEquals("2", ranked.get(0).term().code());
        assertEquals(0.65 + GroupSupport.SHARE * 0.60, ranked.get(0).score(), 1e-9);
        assertEquals(List.of("2", "1", "3"), ranked.stream().map(c -> c.term().code()).toList());
    }

    @Test
    void aMuchBetterSingleNameKeepsItsPlace() {
        List<ScoredCandidate> ranked = ranked(
                candidate(0, "1", "B", 0.90),
                candidate(1, "2", "A", 0.50),
                candidate(2, "3", "A", 0.45));
        GroupSupport.apply(ranked);
        assertEquals(List.of("1", "2", "3"), ranked.stream().map(c -> c.term().code()).toList());
        assertEquals(0.90, ranked.get(0).score(), 1e-9);
    }

    @Test
    void onlyTheGroupsBestNameIsSupportedAndScoresStayAtMostOne() {
        List<ScoredCandidate> ranked = ranked(
                candidate(0, "1", "A", 0.98),
                candidate(1, "2", "A", 0.97),
                candidate(2, "3", "A", 0.40));
        GroupSupport.apply(ranked);
        assertEquals(1.0, ranked.get(0).score(), 1e-9);
        assertEquals(0.97, ranked.get(1).score(), 1e-9);
        assertEquals(0.40, ranked.get(2).score(), 1e-9);
    }
}
