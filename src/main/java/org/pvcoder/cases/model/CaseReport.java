package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.pvcoder.common.code.E2B;

import java.util.List;

/**
 * An individual case safety report, shaped after the ICH E2B(R3) sections so that export loses nothing.
 * This is the document the API takes and answers; {@link org.pvcoder.cases.SafetyCase} stores it.
 */
@ValidCaseReport
public record CaseReport(
        @NotNull @Valid @E2B("C.1") ReportInfo report,
        @NotEmpty @E2B("C.2.r") List<@Valid @NotNull PrimarySource> primarySources,
        @NotNull @Valid @E2B("C.3") Sender sender,
        @E2B("C.4.r") List<@Valid @NotNull LiteratureReference> literature,
        @Valid @E2B("C.5") Study study,
        @Valid @E2B("D") Patient patient,
        @NotEmpty @E2B("E.i") List<@Valid @NotNull Reaction> reactions,
        @E2B("F.r") List<@Valid @NotNull TestResult> tests,
        @NotEmpty @E2B("G.k") List<@Valid @NotNull Drug> drugs,
        @Valid @E2B("H") Narrative narrative) {

    public CaseReport {
        literature = Lists.orEmpty(literature);
        tests = Lists.orEmpty(tests);
    }

    /** True when any reaction meets a seriousness criterion (E.i.3.2a–f). */
    public boolean serious() {
        return reactions != null && reactions.stream().anyMatch(r -> r != null && r.seriousness() != null && r.seriousness().any());
    }
}
