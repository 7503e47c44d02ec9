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
                       TermRef llt, TermRef pt, List<CandidateItem> candidates, List<String> flags, Long taskId) {

        static Item of(CodingResult r, Long taskId, java.util.function.Function<String, CandidateDetails.Detail> details) {
            List<CandidateItem> candidates = r.candidates().stream().map(c -> CandidateItem.of(c, details)).toList();
            return new Item(r.verbatim(), r.normalized(), r.decision(), r.confidence(), r.stage(), r.llt(), r.pt(),
                    candidates, r.flags().isEmpty() ? null : r.flags(), taskId);
        }
    }

    /**
     * One candidate: as {@link Candidate} ({@code llt}, {@code pt}, {@code score}); for a system with
     * {@link CandidateDetails} (ICD-10) also {@code code}, {@code title}, {@code billable} and {@code path}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateItem(TermRef llt, TermRef pt, double score, String code, String title, Boolean billable,
                                List<CandidateDetails.PathStep> path) {

        static CandidateItem of(Candidate c, java.util.function.Function<String, CandidateDetails.Detail> details) {
            CandidateDetails.Detail d = details == null ? null : details.apply(c.llt().code());
            if (d == null) {
                return new CandidateItem(c.llt(), c.pt(), c.score(), null, null, null, null);
            }
            return new CandidateItem(c.llt(), c.pt(), c.score(), c.llt().code(), d.title(), d.billable(), d.path());
        }
    }

    /** The response; {@code taskIds} holds the review task of each result that has one (or is null). */
    public static CodingResponse of(String system, String version, List<CodingResult> results, List<Long> taskIds) {
        return of(system, version, results, taskIds, null);
    }

    /** The response, each candidate with the details the system's feature gives ({@code details} may be null). */
    public static CodingResponse of(String system, String version, List<CodingResult> results, List<Long> taskIds,
                                    CandidateDetails details) {
        java.util.Map<String, java.util.Optional<CandidateDetails.Detail>> cache = new java.util.HashMap<>();
        java.util.function.Function<String, CandidateDetails.Detail> lookup = details == null ? null
                : code -> cache.computeIfAbsent(code, k -> details.detail(version, k)).orElse(null);
        List<Item> items = new java.util.ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            items.add(Item.of(results.get(i), taskIds == null ? null : taskIds.get(i), lookup));
        }
        return new CodingResponse(system, version, items);
    }
}
