package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.PartialDate;

import java.util.List;

/** E2B(R3) C.1: identification of the case safety report. Dates keep their precision (see {@link PartialDate}). */
public record ReportInfo(
        @NotBlank @Size(max = 100) @E2B("C.1.1") String safetyReportId,
        @PartialDate @E2B("C.1.2") String creationDate,
        @NotNull @E2B("C.1.3") ReportType reportType,
        @NotNull @PartialDate @Pattern(regexp = DAY_OR_FINER, message = "must be given to the day at least (YYYY-MM-DD)")
        @E2B("C.1.4") String firstReceivedDate,
        @NotNull @PartialDate @Pattern(regexp = DAY_OR_FINER, message = "must be given to the day at least (YYYY-MM-DD)")
        @E2B("C.1.5") String mostRecentReceivedDate,
        @E2B("C.1.6.1") Boolean additionalDocuments,
        @E2B("C.1.7") Boolean fulfilsExpeditedCriteria,
        @Size(max = 100) @E2B("C.1.8.1") String worldwideUniqueId,
        @E2B("C.1.8.2") FirstSender firstSender,
        @E2B("C.1.9.r") List<@Valid @NotNull OtherCaseId> otherCaseIds,
        @E2B("C.1.10.r") List<@NotBlank @Size(max = 100) String> linkedReports,
        @E2B("C.1.11.1") NullificationType nullification,
        @Size(max = 2000) @E2B("C.1.11.2") String nullificationReason) {

    /** E2B requires receipt dates to the day. */
    static final String DAY_OR_FINER = "\\d{4}-\\d{2}-\\d{2}.*";

    public ReportInfo {
        otherCaseIds = Lists.orEmpty(otherCaseIds);
        linkedReports = Lists.orEmpty(linkedReports);
    }

    /** E2B(R3) C.1.9.1.r: another case identifier of the same case. */
    public record OtherCaseId(
            @NotBlank @Size(max = 100) @E2B("C.1.9.1.r.1") String source,
            @NotBlank @Size(max = 100) @E2B("C.1.9.1.r.2") String caseId) {
    }
}
