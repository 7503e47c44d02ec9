package org.pvcoder.cases.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.time.Instant;

/**
 * How a term on the case was coded (not an E2B element): by whom or which autocoder stage, with what
 * confidence, and whether it awaits review. The code itself sits in the item's E2B fields.
 */
public record Coding(
        CodingStatus status,
        String stage,
        @DecimalMin("0") @DecimalMax("1") Double confidence,
        String lltName,
        String ptCode,
        String ptName,
        String codedBy,
        Instant codedAt) {

    public enum CodingStatus {
        /** Code given by the sender or a person entering the case. */
        AS_REPORTED,
        AUTO_CODED,
        NEEDS_REVIEW,
        NOT_CODABLE,
        /** Decided by a person in the review queue. */
        HUMAN_CODED
    }
}
