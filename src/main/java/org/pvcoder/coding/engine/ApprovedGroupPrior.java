package org.pvcoder.coding.engine;

import org.pvcoder.coding.memory.ApprovedGroups;

import java.util.List;

/**
 * What the reviewers taught about the organisation's usual answers: each search candidate gains {@link #WEIGHT}
 * times its group's {@link ApprovedGroups#prior}, so between names that match a verbatim about as well, the PT
 * the organisation approves often comes first. The weight was chosen on the aggregate warm figures of the MedDRA
 * dev benchmark, learning either half and scoring the other (docs/benchmarks.md).
 */
final class ApprovedGroupPrior {

    static final double WEIGHT = Double.parseDouble(System.getProperty("pv.memory.group-prior", "0.10"));

    private ApprovedGroupPrior() {
    }

    /** Raises the candidates' scores in place (at most to 1); the order is left to the caller. */
    static void apply(List<ScoredCandidate> candidates, ApprovedGroups approved) {
        for (int i = 0; i < candidates.size(); i++) {
            ScoredCandidate c = candidates.get(i);
            double prior = approved.prior(c.term().groupCode());
            if (prior > 0) {
                candidates.set(i, c.raisedBy(WEIGHT * prior));
            }
        }
    }
}
