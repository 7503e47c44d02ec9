package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;

/** A group of ICH E2B(R3) business rules over one case; paths in findings are JSON pointers into the case. */
public interface CaseRule {

    void check(CaseReport report, Findings findings);
}
