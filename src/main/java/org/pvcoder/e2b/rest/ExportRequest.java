package org.pvcoder.e2b.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The cases to send as one batch, in batch order. */
public record ExportRequest(@NotEmpty @Size(max = 10000) List<@NotNull Long> caseIds) {
}
