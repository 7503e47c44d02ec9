package org.pvcoder.cases;

import org.pvcoder.cases.model.ReportType;

/** What the case list can be narrowed by; every part is optional. Dates are ISO days, inclusive. */
public record CaseFilter(ReportType reportType, Boolean serious, String receivedFrom, String receivedTo, String text) {
}
