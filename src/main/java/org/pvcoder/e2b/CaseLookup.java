package org.pvcoder.e2b;

import org.pvcoder.cases.CaseFilter;
import org.pvcoder.cases.model.CaseReport;

import java.util.List;
import java.util.Optional;

/**
 * What E2B needs from the case store: read a case by id, and take in an imported case as a new case or as a
 * follow-up of the case with the same worldwide unique id (C.1.8.1). Implemented over the case service.
 */
public interface CaseLookup {

    Optional<CaseReport> find(long id);

    /** Ids of the cases the filter selects, newest receipt first, at most {@code limit}. */
    List<Long> idsMatching(CaseFilter filter, int limit);

    /**
     * Stores the report as a new case, or as the next version of the case with its C.1.8.1 id. May throw a
     * {@link org.pvcoder.common.error.ProblemException} when the store refuses it; the importer reports that
     * message as rejected and goes on with the next.
     */
    ImportOutcome createOrFollowUp(CaseReport report);
}
