package org.pvcoder.cases.model;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.PartialDate;

import java.math.BigDecimal;

/** E2B(R3) G.k.4.r: one dosage regimen. Units are UCUM codes (e.g. "mg", "mL"). */
public record Dosage(
        @DecimalMin("0") @E2B("G.k.4.r.1a") BigDecimal dose,
        @Size(max = 50) @E2B("G.k.4.r.1b") String doseUnit,
        @DecimalMin("0") @E2B("G.k.4.r.2") BigDecimal unitsInInterval,
        @E2B("G.k.4.r.3") TimeUnit intervalUnit,
        @PartialDate @E2B("G.k.4.r.4") String startDate,
        @PartialDate @E2B("G.k.4.r.5") String endDate,
        @DecimalMin("0") @E2B("G.k.4.r.6a") BigDecimal duration,
        @E2B("G.k.4.r.6b") TimeUnit durationUnit,
        @Size(max = 35) @E2B("G.k.4.r.7") String batchNumber,
        @Size(max = 2000) @E2B("G.k.4.r.8") String text,
        @Size(max = 60) @E2B("G.k.4.r.9.1") String doseForm,
        @Size(max = 60) @E2B("G.k.4.r.10.1") String route,
        @Size(max = 10) @E2B("G.k.4.r.10.2a") String routeTermIdVersion,
        @Size(max = 100) @E2B("G.k.4.r.10.2b") String routeTermId) {

    /** A dosage without route TermID (the shape before it was added). */
    public Dosage(BigDecimal dose, String doseUnit, BigDecimal unitsInInterval, TimeUnit intervalUnit, String startDate,
                  String endDate, BigDecimal duration, TimeUnit durationUnit, String batchNumber, String text,
                  String doseForm, String route) {
        this(dose, doseUnit, unitsInInterval, intervalUnit, startDate, endDate, duration, durationUnit, batchNumber, text,
                doseForm, route, null, null);
    }
}
