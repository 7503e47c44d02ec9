package org.pvcoder.coding.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.TermRef;

import java.util.List;

/** Answer of POST /api/coding/{system}: the release used and one result per verbatim, in input order. */
public record CodingResponse(String system, String version, List<Item> results) {

    /** One coded verbatim and its explanation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String verbatim, String normalized, Decision decision, double confidence, MatchStage stage,
                       TermRef llt, TermRef pt, List<Candidate> candidates, List<String> flags, Long taskId) {

        static Item of(CodingResult r, Long taskId) {
            return new Item(r.verbatim(), r.normalized(), r.decision(), r.confidence(), r.stage(), r.llt(), r.pt(),
                    r.candidates(), r.flags().isEmpty() ? null : r.flags(), taskId);
        }
    }

    /** The response; {@code taskIds} holds the review task of each result that has one (or is null). */
    public static CodingResponse of(String system, String version, List<CodingResult> results, List<Long> taskIds) {
        List<Item> items = new java.util.ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            items.add(Item.of(results.get(i), taskIds == null ? null : taskIds.get(i)));
        }
        return new CodingResponse(system, version, items);
    }
}
