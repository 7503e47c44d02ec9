package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Dosage;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.cases.model.DrugRole;

/** Section G: a suspect or interacting drug, every amount with its unit. */
public final class DrugRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        if (report.drugs() == null || report.drugs().isEmpty()) {
            findings.block("ICH.G.k.REQUIRED", "G.k", "/drugs", "at least one drug is required");
            return;
        }
        if (report.drugs().stream().noneMatch(d -> d.role() == DrugRole.SUSPECT || d.role() == DrugRole.INTERACTING)) {
            findings.block("ICH.G.k.1.SUSPECT", "G.k.1", "/drugs", "at least one drug must be suspect (1) or interacting (3)");
        }
        for (int k = 0; k < report.drugs().size(); k++) {
            checkDrug(report.drugs().get(k), "/drugs/" + k, findings);
        }
    }

    private static void checkDrug(Drug drug, String path, Findings findings) {
        if (drug.role() == null) {
            findings.block("ICH.G.k.1.REQUIRED", "G.k.1", path + "/role", "the drug's role is required");
        }
        unit(drug.cumulativeDose(), drug.cumulativeDoseUnit(), "G.k.5b", path + "/cumulativeDoseUnit", findings);
        for (int r = 0; r < drug.substances().size(); r++) {
            Drug.Substance substance = drug.substances().get(r);
            unit(substance.strength(), substance.strengthUnit(), "G.k.2.3.r.3b", path + "/substances/" + r + "/strengthUnit", findings);
        }
        for (int r = 0; r < drug.dosages().size(); r++) {
            Dosage dosage = drug.dosages().get(r);
            String at = path + "/dosages/" + r;
            unit(dosage.dose(), dosage.doseUnit(), "G.k.4.r.1b", at + "/doseUnit", findings);
            unit(dosage.unitsInInterval(), dosage.intervalUnit(), "G.k.4.r.3", at + "/intervalUnit", findings);
            unit(dosage.duration(), dosage.durationUnit(), "G.k.4.r.6b", at + "/durationUnit", findings);
        }
        for (int i = 0; i < drug.reactionAssessments().size(); i++) {
            DrugReaction cell = drug.reactionAssessments().get(i);
            String at = path + "/reactionAssessments/" + i;
            unit(cell.startToOnset(), cell.startToOnsetUnit(), "G.k.9.i.3.1b", at + "/startToOnsetUnit", findings);
            unit(cell.lastDoseToOnset(), cell.lastDoseToOnsetUnit(), "G.k.9.i.3.2b", at + "/lastDoseToOnsetUnit", findings);
        }
    }

    private static void unit(Object amount, Object unit, String element, String path, Findings findings) {
        if (amount != null && unit == null) {
            findings.block("ICH." + element + ".REQUIRED", element, path, "an amount needs its unit (" + element + ")");
        }
    }
}
