package org.pvcoder.cases.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;

/** E2B(R3) C.2.r: a primary source (reporter) of the information. */
public record PrimarySource(
        @Size(max = 50) @E2B("C.2.r.1.1") String title,
        @Size(max = 60) @E2B("C.2.r.1.2") String givenName,
        @Size(max = 60) @E2B("C.2.r.1.4") String familyName,
        @Size(max = 60) @E2B("C.2.r.2.1") String organisation,
        @Size(max = 60) @E2B("C.2.r.2.2") String department,
        @Size(max = 100) @E2B("C.2.r.2.3") String street,
        @Size(max = 35) @E2B("C.2.r.2.4") String city,
        @Size(max = 40) @E2B("C.2.r.2.5") String state,
        @Size(max = 15) @E2B("C.2.r.2.6") String postcode,
        @Size(max = 33) @E2B("C.2.r.2.7") String telephone,
        @Country @E2B("C.2.r.3") String country,
        @NotNull @E2B("C.2.r.4") Qualification qualification,
        @E2B("C.2.r.5") Boolean primaryForRegulatoryPurposes) {
}
