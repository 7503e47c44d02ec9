package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;

/** E2B(R3) G.k.7.r: an indication for use in the case, as reported and as coded to MedDRA. */
public record Indication(
        @NotBlank @Size(max = 250) @E2B("G.k.7.r.1") String verbatim,
        @MeddraVersion @E2B("G.k.7.r.2a") String meddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("G.k.7.r.2b") String lltCode,
        @Valid Coding coding) implements CodableItem {
}
