package org.pvcoder.cases.model;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;

/** E2B(R3) C.3: information on the sender of the case safety report. */
public record Sender(
        @NotNull @E2B("C.3.1") SenderType type,
        @NotBlank @Size(max = 100) @E2B("C.3.2") String organisation,
        @Size(max = 60) @E2B("C.3.3.1") String department,
        @Size(max = 60) @E2B("C.3.3.3") String givenName,
        @Size(max = 60) @E2B("C.3.3.5") String familyName,
        @Size(max = 100) @E2B("C.3.4.1") String street,
        @Size(max = 35) @E2B("C.3.4.2") String city,
        @Size(max = 15) @E2B("C.3.4.4") String postcode,
        @Country @E2B("C.3.4.5") String country,
        @Size(max = 33) @E2B("C.3.4.6") String telephone,
        @Email @Size(max = 100) @E2B("C.3.4.8") String email) {
}
