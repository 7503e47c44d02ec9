package org.pvcoder.cases.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.MeddraVersion;
import org.pvcoder.common.validation.PartialDate;

/** E2B(R3) F.r: a test or procedure relevant to the investigation of the patient. */
public record TestResult(
        @PartialDate @E2B("F.r.1") String date,
        // Optional in E2B(R3) when the MedDRA code (F.r.2.2b) names the test.
        @Size(max = 250) @E2B("F.r.2.1") String testName,
        @MeddraVersion @E2B("F.r.2.2a") String meddraVersion,
        @Pattern(regexp = "\\d{8}", message = "must be an 8-digit MedDRA code") @E2B("F.r.2.2b") String lltCode,
        @E2B("F.r.3.1") TestResultCode resultCode,
        @Size(max = 50) @E2B("F.r.3.2") String value,
        @Size(max = 50) @E2B("F.r.3.3") String unit,
        @Size(max = 2000) @E2B("F.r.3.4") String resultText,
        @Size(max = 50) @E2B("F.r.4") String normalLow,
        @Size(max = 50) @E2B("F.r.5") String normalHigh,
        @Size(max = 2000) @E2B("F.r.6") String comments,
        @E2B("F.r.7") Boolean moreInformationAvailable) {
}
