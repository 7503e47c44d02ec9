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
        @Size(max = 50) @E2B("C.3.3.2") String title,
        @Size(max = 60) @E2B("C.3.3.3") String givenName,
        @Size(max = 60) @E2B("C.3.3.5") String familyName,
        @Size(max = 100) @E2B("C.3.4.1") String street,
        @Size(max = 35) @E2B("C.3.4.2") String city,
        @Size(max = 40) @E2B("C.3.4.3") String state,
        @Size(max = 15) @E2B("C.3.4.4") String postcode,
        @Country @E2B("C.3.4.5") String country,
        @Size(max = 33) @E2B("C.3.4.6") String telephone,
        @Size(max = 33) @E2B("C.3.4.7") String fax,
        @Email @Size(max = 100) @E2B("C.3.4.8") String email) {

    /** The sender without title, state and fax (the shape before those were added). */
    public Sender(SenderType type, String organisation, String department, String givenName, String familyName,
                  String street, String city, String postcode, String country, String telephone, String email) {
        this(type, organisation, department, null, givenName, familyName, street, city, null, postcode, country,
                telephone, null, email);
    }
}
