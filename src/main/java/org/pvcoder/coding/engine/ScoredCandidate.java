package org.pvcoder.coding.engine;

import org.pvcoder.coding.rank.MatchScore;
import org.pvcoder.terminology.CodableTerm;

import java.util.Comparator;

/** A candidate term during ranking: its best match over the search texts and whether memory proposed it. */
record ScoredCandidate(int ordinal, CodableTerm term, MatchScore match, boolean fromMemory) {

    /**
     * Best score first; on a tie the group's own term (LLT = PT), then the shorter name, then the code.
     * Written out rather than chained from {@link Comparator#comparing}: the chain's shared lambdas are
     * megamorphic call sites that the JIT cannot inline, and every search sorts its candidates.
     */
    static final Comparator<ScoredCandidate> RANKING = (a, b) -> {
        int order = Double.compare(-a.score(), -b.score());
        if (order != 0) {
            return order;
        }
        order = Boolean.compare(!a.isGroupOwnTerm(), !b.isGroupOwnTerm());
        if (order != 0) {
            return order;
        }
        order = Integer.compare(a.term().name().length(), b.term().name().length());
        return order != 0 ? order : a.term().code().compareTo(b.term().code());
    };

    double score() {
        return match.score();
    }

    /** This candidate with its score raised by {@code amount}, at most to 1; the match features stay. */
    ScoredCandidate raisedBy(double amount) {
        MatchScore raised = new MatchScore(Math.min(1, match.score() + amount), match.queryCoverage(),
                match.termCoverage(), match.similarity());
        return new ScoredCandidate(ordinal, term, raised, fromMemory);
    }

    private boolean isGroupOwnTerm() {
        return term.code().equals(term.groupCode());
    }
}
