package org.pvcoder.coding.engine;

import org.junit.jupiter.api.Test;
import org.pvcoder.coding.memory.ApprovedGroups;
import org.pvcoder.coding.rank.MatchScore;
import org.pvcoder.terminology.CodableTerm;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApprovedGroupPriorTest {

    private static ScoredCandidate candidate(int ordinal, String code, String groupCode, double score) {
        CodableTerm term = new CodableTerm(code, "name " + code, true, groupCode, "group " + groupCode);
        return new ScoredCandidate(ordinal, term, new MatchScore(score, 0.5, 0.5, 0.5), false);
    }

    private static List<ScoredCandidate> ranked(ApprovedGroups approved, ScoredCandidate... candidates) {
        List<ScoredCandidate> ranked = new ArrayList<>(List.of(candidates));
        ApprovedGroupPrior.apply(ranked, approved);
        ranked.sort(ScoredCandidate.RANKING);
        return ranked;
    }

    @Test
    void anOftenApprovedGroupOvertakesANameThatMatchesALittleBetter() {
        ApprovedGroups approved = new ApprovedGroups();
        approved.approved("A", null);
        approved.approved("A", null);
        List<ScoredCandidate> r = ranked(approved, candidate(0, "1", "B", 0.62), candidate(1, "2", "A", 0.60));
        assertEquals("2", r.get(0).term().code());
        assertEquals(0.60 + ApprovedGroupPrior.WEIGHT * approved.prior("A"), r.get(0).score(), 1e-9);
        assertEquals(0.62, r.get(1).score(), 1e-9);
    }

    @Test
    void aMuchBetterMatchKeepsItsPlaceAndScoresStayAtMostOne() {
        ApprovedGroups approved = new ApprovedGroups();
        for (int i = 0; i < 20; i++) {
            approved.approved("A", null);
        }
        List<ScoredCandidate> r = ranked(approved, candidate(0, "1", "B", 0.90), candidate(1, "2", "A", 0.40),
                candidate(2, "3", "A", 0.95));
        assertEquals(List.of("3", "1", "2"), r.stream().map(c -> c.term().code()).toList());
        assertEquals(1.0, r.get(0).score(), 1e-9);
        assertEquals(0.5, r.get(0).match().queryCoverage(), 1e-9);
    }

    @Test
    void withoutApprovalsNothingChanges() {
        List<ScoredCandidate> r = ranked(new ApprovedGroups(), candidate(0, "1", "B", 0.62), candidate(1, "2", "A", 0.60));
        assertEquals(List.of(0.62, 0.60), r.stream().map(ScoredCandidate::score).toList());
    }
}
