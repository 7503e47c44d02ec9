package org.pvcoder.coding.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evidence for a group (PT) adds up: when two or more of its names match a verbatim, the best of them gets a share
 * of the second-best one's score, so a PT that several names point to overtakes a single name of another PT that
 * scores a little higher. The share was chosen on the aggregate figures of the MedDRA dev benchmark
 * (docs/benchmarks.md).
 */
final class GroupSupport {

    static final double SHARE = 0.15;

    private GroupSupport() {
    }

    /** Re-sorts candidates (sorted best first) after adding each group's support to its best name. */
    static void apply(List<ScoredCandidate> ranked) {
        Map<String, Double> secondBest = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ScoredCandidate c : ranked) {
            if (!seen.add(c.term().groupCode())) {
                secondBest.putIfAbsent(c.term().groupCode(), c.score());
            }
        }
        if (secondBest.isEmpty()) {
            return;
        }
        seen.clear();
        for (int i = 0; i < ranked.size(); i++) {
            ScoredCandidate c = ranked.get(i);
            Double second = secondBest.get(c.term().groupCode());
            if (second != null && seen.add(c.term().groupCode())) {
                ranked.set(i, c.raisedBy(SHARE * second));
            }
        }
        ranked.sort(ScoredCandidate.RANKING);
    }
}
