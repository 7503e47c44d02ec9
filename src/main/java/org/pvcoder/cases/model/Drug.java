package org.pvcoder.cases.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pvcoder.common.code.E2B;
import org.pvcoder.common.validation.Country;

import java.math.BigDecimal;
import java.util.List;

/** E2B(R3) G.k: one drug and what is known of its use and its relation to each reaction. */
public record Drug(
        @Size(max = 100) String id,
        @NotNull @E2B("G.k.1") DrugRole role,
        @Size(max = 10) @E2B("G.k.2.1.1a") String mpidVersion,
        @Size(max = 1000) @E2B("G.k.2.1.1b") String mpid,
        @NotBlank @Size(max = 250) @E2B("G.k.2.2") String productName,
        @E2B("G.k.2.3.r") List<@Valid @NotNull Substance> substances,
        @Country @E2B("G.k.2.4") String obtainedCountry,
        @Size(max = 35) @E2B("G.k.3.1") String authorisationNumber,
        @Country @E2B("G.k.3.2") String authorisationCountry,
        @Size(max = 60) @E2B("G.k.3.3") String authorisationHolder,
        @E2B("G.k.4.r") List<@Valid @NotNull Dosage> dosages,
        @E2B("G.k.5a") BigDecimal cumulativeDose,
        @Size(max = 50) @E2B("G.k.5b") String cumulativeDoseUnit,
        @E2B("G.k.7.r") List<@Valid @NotNull Indication> indications,
        @E2B("G.k.8") ActionTaken actionTaken,
        @E2B("G.k.9.i") List<@Valid @NotNull DrugReaction> reactionAssessments,
        @Size(max = 2000) @E2B("G.k.11") String additionalInformation) {

    /** The drug without MPID version and country where obtained (the shape before those were added). */
    public Drug(String id, DrugRole role, String mpid, String productName, List<Substance> substances,
                String authorisationNumber, String authorisationCountry, String authorisationHolder, List<Dosage> dosages,
                BigDecimal cumulativeDose, String cumulativeDoseUnit, List<Indication> indications, ActionTaken actionTaken,
                List<DrugReaction> reactionAssessments, String additionalInformation) {
        this(id, role, null, mpid, productName, substances, null, authorisationNumber, authorisationCountry,
                authorisationHolder, dosages, cumulativeDose, cumulativeDoseUnit, indications, actionTaken,
                reactionAssessments, additionalInformation);
    }

    public Drug {
        substances = Lists.orEmpty(substances);
        dosages = Lists.orEmpty(dosages);
        indications = Lists.orEmpty(indications);
        reactionAssessments = Lists.orEmpty(reactionAssessments);
    }

    /** E2B(R3) G.k.2.3.r: an active substance, its TermID and its strength. */
    public record Substance(
            @NotBlank @Size(max = 250) @E2B("G.k.2.3.r.1") String name,
            @Size(max = 10) @E2B("G.k.2.3.r.2a") String termIdVersion,
            @Size(max = 100) @E2B("G.k.2.3.r.2b") String termId,
            @E2B("G.k.2.3.r.3a") BigDecimal strength,
            @Size(max = 50) @E2B("G.k.2.3.r.3b") String strengthUnit) {

        /** A substance without TermID (the shape before it was added). */
        public Substance(String name, BigDecimal strength, String strengthUnit) {
            this(name, null, null, strength, strengthUnit);
        }
    }
}
