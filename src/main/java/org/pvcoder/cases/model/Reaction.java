package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;
import org.pvcoder.common.validation.Language;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;

import java.math.BigDecimal;

/** E2B(R3) E.i: one reaction / event, as the reporter put it and as coded to MedDRA. */
public record Reaction(
        @Size(max = 100) String id,
        // Optional in E2B(R3): some senders give only the translation (E.i.1.2) and the MedDRA code.
        @Size(max = 250) @E2B("E.i.1.1a") String verbatim,
        @Language @E2B("E.i.1.1b") String verbatimLanguage,
        @Size(max = 250) @E2B("E.i.1.2") String translation,
        @MeddraVersion @E2B("E.i.2.1a") String meddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("E.i.2.1b") String lltCode,
        @E2B("E.i.3.1") TermHighlighted termHighlighted,
        @Valid Seriousness seriousness,
        @PartialDate @E2B("E.i.4") String startDate,
        @PartialDate @E2B("E.i.5") String endDate,
        @DecimalMin("0") @E2B("E.i.6a") BigDecimal duration,
        @E2B("E.i.6b") TimeUnit durationUnit,
        @E2B("E.i.7") Outcome outcome,
        @E2B("E.i.8") Boolean medicallyConfirmed,
        @Country @E2B("E.i.9") String country,
        @Valid Coding coding) implements CodableItem {

    /** E2B(R3) E.i.3.2a–f: seriousness criteria at event level. */
    public record Seriousness(
            @E2B("E.i.3.2a") boolean death,
            @E2B("E.i.3.2b") boolean lifeThreatening,
            @E2B("E.i.3.2c") boolean hospitalisation,
            @E2B("E.i.3.2d") boolean disabling,
            @E2B("E.i.3.2e") boolean congenitalAnomaly,
            @E2B("E.i.3.2f") boolean otherMedicallyImportant) {

        public boolean any() {
            return death || lifeThreatening || hospitalisation || disabling || congenitalAnomaly || otherMedicallyImportant;
        }
    }
}
