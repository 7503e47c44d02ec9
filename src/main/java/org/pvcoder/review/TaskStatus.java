package org.pvcoder.review;

/** Where a coding task stands: OPEN → CLAIMED → CODED, or QUERIED (until answered) / REJECTED / CANCELLED. */
public enum TaskStatus {
    OPEN, CLAIMED, CODED, QUERIED, REJECTED, CANCELLED;

    public boolean isPending() {
        return this == OPEN || this == CLAIMED;
    }
}
