package org.pvcoder.coding;

import java.util.List;

/**
 * The coding of one verbatim, with its explanation: the stage that matched, the normalized text,
 * the ranked candidates and the terminology version.
 *
 * @param confidence estimated probability in [0,1] that {@code pt} is right (calibrated on benchmark data)
 * @param flags      notes for the reviewer, e.g. NEGATED, SEVERAL_EVENTS
 */
public record CodingResult(String verbatim, String normalized, Decision decision, double confidence, MatchStage stage,
                           TermRef llt, TermRef pt, List<Candidate> candidates, String system, String version,
                           List<String> flags) {

    public static final String NEGATED = "NEGATED";
    public static final String SEVERAL_EVENTS = "SEVERAL_EVENTS";
}
