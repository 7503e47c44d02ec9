package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;

import java.math.BigDecimal;
import java.util.List;

/** E2B(R3) G.k.9.i: one cell of the drug–reaction matrix. {@code reactionId} names a reaction's {@code id}. */
public record DrugReaction(
        @NotBlank @E2B("G.k.9.i.1") String reactionId,
        @E2B("G.k.9.i.2.r") List<@Valid @NotNull Relatedness> assessments,
        @DecimalMin("0") @E2B("G.k.9.i.3.1a") BigDecimal startToOnset,
        @E2B("G.k.9.i.3.1b") TimeUnit startToOnsetUnit,
        @DecimalMin("0") @E2B("G.k.9.i.3.2a") BigDecimal lastDoseToOnset,
        @E2B("G.k.9.i.3.2b") TimeUnit lastDoseToOnsetUnit,
        @E2B("G.k.9.i.4") Recurrence recurrence) {

    public DrugReaction {
        assessments = Lists.orEmpty(assessments);
    }

    /** E2B(R3) G.k.9.i.2.r: one relatedness assessment: who assessed, how, and the result. */
    public record Relatedness(
            @NotBlank @Size(max = 60) @E2B("G.k.9.i.2.r.1") String source,
            @NotBlank @Size(max = 60) @E2B("G.k.9.i.2.r.2") String method,
            @NotBlank @Size(max = 60) @E2B("G.k.9.i.2.r.3") String result) {
    }
}
