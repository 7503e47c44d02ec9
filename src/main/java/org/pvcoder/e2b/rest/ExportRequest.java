package org.pvcoder.e2b.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.pvcoder.cases.CaseFilter;
import org.pvcoder.cases.model.ReportType;
import org.pvcoder.common.validation.PartialDate;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The cases to send as one batch: given by id (in batch order), or by a filter (newest receipt first).
 * Exactly one of the two.
 */
public record ExportRequest(@Size(max = MAX_CASES) List<@NotNull Long> caseIds, @Valid Filter filter) {

    public static final int MAX_CASES = 10000;

    /** The case list's filter: report type, seriousness, most recent receipt between two days, text. */
    public record Filter(ReportType reportType, Boolean serious, @PartialDate String receivedFrom, @PartialDate String receivedTo,
                         @Size(max = 200) String q) {
        public CaseFilter toCaseFilter() {
            return new CaseFilter(reportType, serious, receivedFrom, receivedTo, q);
        }
    }

    @AssertTrue(message = "give either caseIds or a filter")
    boolean isOneSelection() {
        return (caseIds != null && !caseIds.isEmpty()) != (filter != null);
    }
}
