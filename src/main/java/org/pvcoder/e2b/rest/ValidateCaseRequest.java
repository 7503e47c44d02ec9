package org.pvcoder.e2b.rest;

import jakarta.validation.constraints.NotNull;

/** The stored case to check against the E2B(R3) rules. */
public record ValidateCaseRequest(@NotNull Long caseId) {
}
