package org.pvcoder.e2b.validation;

import java.util.List;

/** The answer of /api/e2b/validate: valid when no finding blocks. */
public record ValidationReport(boolean valid, int blocking, int warnings, List<Finding> findings) {

    public static ValidationReport of(List<Finding> findings) {
        int blocking = (int) findings.stream().filter(Finding::blocking).count();
        return new ValidationReport(blocking == 0, blocking, findings.size() - blocking, findings);
    }
}
