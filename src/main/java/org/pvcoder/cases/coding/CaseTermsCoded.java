package org.pvcoder.cases.coding;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.coding.CodingResult;

import java.util.List;

/**
 * CDI event fired inside the transaction that stored a new case version: the items that need a person.
 * An empty list still tells listeners that earlier open items of the case may be settled now.
 */
public record CaseTermsCoded(long caseId, int caseVersion, CaseReport report, List<ItemToReview> needsReview,
                             List<CodingResult> results) {
}
