package org.pvcoder.coding.memory;

/** Where a learned verbatim → term pair stands. Only APPROVED pairs autocode. */
public enum MemoryStatus {
    APPROVED,
    /** Suggested (e.g. by a coder in the review queue), not yet decided. */
    PROPOSED,
    /** No longer used; kept for the record. */
    RETIRED
}
