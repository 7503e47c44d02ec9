package org.pvcoder.coding.memory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many distinct approved verbatims each group (PT) has in a learned memory, and the prior that follows from
 * it: an organisation's reports keep naming the reactions of its own products, so a PT its coders approved often
 * is a likelier answer than one they never chose. Thread-safe.
 */
public final class ApprovedGroups {

    /**
     * A group needs this many approvals before it can get the full prior, so that a small memory (one approval,
     * say) does not push its groups up as if they were the organisation's usual answers.
     */
    static final int SATURATION = 10;

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    private final AtomicInteger most = new AtomicInteger();

    /** A verbatim was approved for {@code group}; {@code previous} is the group it was approved for before, or null. */
    public void approved(String group, String previous) {
        if (group.equals(previous)) {
            return;
        }
        if (previous != null) {
            counts.computeIfPresent(previous, (g, n) -> n > 1 ? n - 1 : null);
        }
        int n = counts.merge(group, 1, Integer::sum);
        most.accumulateAndGet(n, Math::max);
    }

    /**
     * In [0, 1]: log(1 + approvals of the group) over log(1 + the most approvals of any group, at least
     * {@link #SATURATION}); 0 for a group never approved. (The most is not lowered when a verbatim moves to another
     * group: moves are rare and the prior is a ranking hint.)
     */
    public double prior(String group) {
        Integer n = counts.get(group);
        if (n == null) {
            return 0;
        }
        return Math.log1p(n) / Math.log1p(Math.max(most.get(), SATURATION));
    }
}
