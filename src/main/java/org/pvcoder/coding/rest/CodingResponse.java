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
                       TermRef llt, TermRef pt, List<Candidate> candidates, List<String> flags) {

        static Item of(CodingResult r) {
            return new Item(r.verbatim(), r.normalized(), r.decision(), r.confidence(), r.stage(), r.llt(), r.pt(),
                    r.candidates(), r.flags().isEmpty() ? null : r.flags());
        }
    }

    public static CodingResponse of(String system, String version, List<CodingResult> results) {
        return new CodingResponse(system, version, results.stream().map(Item::of).toList());
    }
}
