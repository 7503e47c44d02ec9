package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;

/**
 * E2B(R3) G.k.7.r: an indication for use in the case, as reported and as coded to MedDRA; also coded to ICD-10
 * ({@code icd10Code} with its dot, the release {@code icd10Version}, and how: {@code icd10Coding}), which are not
 * E2B elements.
 */
public record Indication(
        @NotBlank @Size(max = 250) @E2B("G.k.7.r.1") String verbatim,
        @MeddraVersion @E2B("G.k.7.r.2a") String meddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("G.k.7.r.2b") String lltCode,
        @Valid Coding coding,
        @Pattern(regexp = "[A-Za-z][0-9A-Za-z]{2}(\\.?[0-9A-Za-z]{1,4})?", message = "must be an ICD-10 code") String icd10Code,
        @Size(max = 40) String icd10Version,
        @Valid Coding icd10Coding) implements CodableItem {

    /** An indication coded to MedDRA only (as E2B carries it). */
    public Indication(String verbatim, String meddraVersion, String lltCode, Coding coding) {
        this(verbatim, meddraVersion, lltCode, coding, null, null, null);
    }
}
