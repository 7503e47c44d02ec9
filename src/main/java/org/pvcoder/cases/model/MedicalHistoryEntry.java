package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;

/**
 * E2B(R3) D.7.1.r: a relevant medical history item. The reporter's words ({@code verbatim}) are what the
 * autocoder codes; E2B carries them in the comments element when no other comment is given.
 */
public record MedicalHistoryEntry(
        @Size(max = 250) String verbatim,
        @MeddraVersion @E2B("D.7.1.r.1a") String meddraVersion,
        @jakarta.validation.constraints.Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code")
        @E2B("D.7.1.r.1b") String lltCode,
        @PartialDate @E2B("D.7.1.r.2") String startDate,
        @E2B("D.7.1.r.3") Boolean continuing,
        @PartialDate @E2B("D.7.1.r.4") String endDate,
        @Size(max = 2000) @E2B("D.7.1.r.5") String comments,
        @E2B("D.7.1.r.6") Boolean familyHistory,
        @Valid Coding coding) implements CodableItem {
}
