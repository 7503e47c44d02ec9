package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.PartialDate;

import java.math.BigDecimal;
import java.util.List;

/** E2B(R3) D: patient characteristics. */
@ValidPatient
public record Patient(
        @Size(max = 60) @E2B("D.1") String initials,
        @PartialDate @E2B("D.2.1") String birthDate,
        @DecimalMin("0") @DecimalMax("150") @E2B("D.2.2a") BigDecimal age,
        @E2B("D.2.2b") TimeUnit ageUnit,
        @E2B("D.2.3") AgeGroup ageGroup,
        @DecimalMin("0") @DecimalMax("650") @E2B("D.3") BigDecimal weightKg,
        @DecimalMin("0") @DecimalMax("300") @E2B("D.4") BigDecimal heightCm,
        @E2B("D.5") Sex sex,
        @PartialDate @E2B("D.6") String lastMenstrualPeriodDate,
        @E2B("D.7.1.r") List<@Valid @NotNull MedicalHistoryEntry> medicalHistory,
        @Size(max = 10000) @E2B("D.7.2") String medicalHistoryText,
        @E2B("D.8.r") List<@Valid @NotNull PastDrug> pastDrugs,
        @Valid @E2B("D.9") Death death) {

    public Patient {
        medicalHistory = Lists.orEmpty(medicalHistory);
        pastDrugs = Lists.orEmpty(pastDrugs);
    }
}
