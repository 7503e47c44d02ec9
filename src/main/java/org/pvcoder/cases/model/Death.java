package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;

import java.util.List;

/** E2B(R3) D.9: in case of death. */
public record Death(
        @PartialDate @E2B("D.9.1") String date,
        @E2B("D.9.2.r") List<@Valid @NotNull Cause> reportedCauses,
        @E2B("D.9.3") Boolean autopsyDone,
        @E2B("D.9.4.r") List<@Valid @NotNull Cause> autopsyCauses) {

    public Death {
        reportedCauses = Lists.orEmpty(reportedCauses);
        autopsyCauses = Lists.orEmpty(autopsyCauses);
    }

    /** A cause of death (D.9.2.r / D.9.4.r): MedDRA version, code and free text. */
    public record Cause(
            @MeddraVersion @E2B("D.9.2.r.1a") String meddraVersion,
            @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("D.9.2.r.1b") String lltCode,
            @Size(max = 250) @E2B("D.9.2.r.2") String text) {
    }
}
