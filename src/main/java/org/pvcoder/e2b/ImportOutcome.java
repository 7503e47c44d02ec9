package org.pvcoder.e2b;

/** What the case store did with an imported report. */
public record ImportOutcome(long caseId, Kind kind) {

    public enum Kind {
        CREATED,
        /** Stored as a follow-up (new version) of the case with the same worldwide unique id. */
        UPDATED
    }
}
