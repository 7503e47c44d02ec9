package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;

import java.util.List;

/** E2B(R3) C.5: study identification. */
public record Study(
        @E2B("C.5.1.r") List<@Valid @NotNull Registration> registrations,
        @Size(max = 2000) @E2B("C.5.2") String name,
        @Size(max = 50) @E2B("C.5.3") String sponsorStudyNumber,
        @E2B("C.5.4") StudyType type) {

    public Study {
        registrations = Lists.orEmpty(registrations);
    }

    /** E2B(R3) C.5.1.r: a study registration number and its country. */
    public record Registration(
            @NotBlank @Size(max = 50) @E2B("C.5.1.r.1") String number,
            @Country @E2B("C.5.1.r.2") String country) {
    }
}
