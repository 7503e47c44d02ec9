package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Language;
import org.pvcoder.common.validation.MeddraVersion;

import java.util.List;

/** E2B(R3) H: narrative case summary and further information. */
public record Narrative(
        @Size(max = 100000) @E2B("H.1") String caseNarrative,
        @Size(max = 20000) @E2B("H.2") String reporterComments,
        @E2B("H.3.r") List<@Valid @NotNull Diagnosis> senderDiagnoses,
        @Size(max = 20000) @E2B("H.4") String senderComments,
        @E2B("H.5.r") List<@Valid @NotNull Summary> summaries) {

    public Narrative {
        senderDiagnoses = Lists.orEmpty(senderDiagnoses);
        summaries = Lists.orEmpty(summaries);
    }

    /** The narrative without native-language summaries (the shape before they were added). */
    public Narrative(String caseNarrative, String reporterComments, List<Diagnosis> senderDiagnoses, String senderComments) {
        this(caseNarrative, reporterComments, senderDiagnoses, senderComments, List.of());
    }

    /** E2B(R3) H.5.r: the case summary and reporter's comments in the reporter's language. */
    public record Summary(
            @NotBlank @Size(max = 100000) @E2B("H.5.r.1a") String text,
            @Language @E2B("H.5.r.1b") String language) {
    }

    /** E2B(R3) H.3.r: the sender's diagnosis / syndrome, coded to MedDRA. */
    public record Diagnosis(
            @MeddraVersion @E2B("H.3.r.1a") String meddraVersion,
            @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("H.3.r.1b") String lltCode) {
    }
}
