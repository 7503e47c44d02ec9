package org.pvcoder.coding.engine;

import org.pvcoder.coding.rank.MatchScore;
import org.pvcoder.terminology.CodableTerm;

import java.util.Comparator;

/** A candidate term during ranking: its best match over the search texts and whether memory proposed it. */
record ScoredCandidate(int ordinal, CodableTerm term, MatchScore match, boolean fromMemory) {

    /** Best score first; on a tie the group's own term (LLT = PT), then the shorter name, then the code. */
    static final Comparator<ScoredCandidate> RANKING = Comparator
            .comparingDouble((ScoredCandidate c) -> -c.match().score())
            .thenComparing(c -> !c.term().code().equals(c.term().groupCode()))
            .thenComparingInt(c -> c.term().name().length())
            .thenComparing(c -> c.term().code());

    double score() {
        return match.score();
    }
}
