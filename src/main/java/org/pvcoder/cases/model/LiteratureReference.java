package org.pvcoder.cases.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;

/** E2B(R3) C.4.r: a literature reference (Vancouver style). */
public record LiteratureReference(@NotBlank @Size(max = 500) @E2B("C.4.r.1") String reference) {
}
