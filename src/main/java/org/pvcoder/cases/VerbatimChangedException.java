package org.pvcoder.cases;

import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

/** A coding decision arrived for a verbatim that the case no longer holds at that place. */
public class VerbatimChangedException extends ProblemException {

    private final String currentVerbatim;

    public VerbatimChangedException(long caseId, String pointer, String currentVerbatim) {
        super(ProblemType.CONFLICT, "Case " + caseId + " item " + pointer + " now reads '" + currentVerbatim
                + "'; the task was refreshed with new candidates, decide again");
        this.currentVerbatim = currentVerbatim;
    }

    /** What the item says now; null when the item is gone. */
    public String currentVerbatim() {
        return currentVerbatim;
    }
}
