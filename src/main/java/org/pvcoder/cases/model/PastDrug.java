package org.pvcoder.cases.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;

/** E2B(R3) D.8.r: relevant past drug history. */
public record PastDrug(
        @NotBlank @Size(max = 250) @E2B("D.8.r.1") String name,
        @PartialDate @E2B("D.8.r.4") String startDate,
        @PartialDate @E2B("D.8.r.5") String endDate,
        @MeddraVersion @E2B("D.8.r.6a") String indicationMeddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("D.8.r.6b") String indicationLltCode,
        @MeddraVersion @E2B("D.8.r.7a") String reactionMeddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("D.8.r.7b") String reactionLltCode) {
}
