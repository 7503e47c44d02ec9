package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Death;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.cases.model.MedicalHistoryEntry;
import org.pvcoder.cases.model.Narrative;
import org.pvcoder.cases.model.PastDrug;
import org.pvcoder.cases.model.Patient;
import org.pvcoder.cases.model.TestResult;

import java.util.List;

/**
 * Every MedDRA code travels with its version and every version with a code, outside the reactions too
 * (history, past drugs, causes of death, tests, indications, sender's diagnoses). Coded terms are kept as sent;
 * an 8-digit form is checked by the model.
 */
public final class MeddraPairRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        Patient patient = report.patient();
        if (patient != null) {
            List<MedicalHistoryEntry> history = patient.medicalHistory();
            for (int i = 0; i < history.size(); i++) {
                MedicalHistoryEntry entry = history.get(i);
                String path = "/patient/medicalHistory/" + i;
                if (entry.lltCode() == null) {
                    findings.block("ICH.D.7.1.r.1b.REQUIRED", "D.7.1.r.1b", path + "/lltCode",
                            "a medical history item needs its MedDRA code; uncoded history belongs in D.7.2");
                }
                pair(entry.lltCode(), entry.meddraVersion(), "D.7.1.r.1", path, findings);
            }
            for (int i = 0; i < patient.pastDrugs().size(); i++) {
                PastDrug drug = patient.pastDrugs().get(i);
                String path = "/patient/pastDrugs/" + i;
                pair(drug.indicationLltCode(), drug.indicationMeddraVersion(), "D.8.r.6", path + "/indication", findings);
                pair(drug.reactionLltCode(), drug.reactionMeddraVersion(), "D.8.r.7", path + "/reaction", findings);
            }
            if (patient.death() != null) {
                causes(patient.death().reportedCauses(), "D.9.2.r.1", "/patient/death/reportedCauses/", findings);
                causes(patient.death().autopsyCauses(), "D.9.4.r.1", "/patient/death/autopsyCauses/", findings);
            }
        }
        for (int i = 0; i < report.tests().size(); i++) {
            TestResult test = report.tests().get(i);
            pair(test.lltCode(), test.meddraVersion(), "F.r.2.2", "/tests/" + i, findings);
        }
        for (int k = 0; k < report.drugs().size(); k++) {
            Drug drug = report.drugs().get(k);
            for (int r = 0; r < drug.indications().size(); r++) {
                Indication indication = drug.indications().get(r);
                pair(indication.lltCode(), indication.meddraVersion(), "G.k.7.r.2", "/drugs/" + k + "/indications/" + r, findings);
            }
        }
        Narrative narrative = report.narrative();
        if (narrative != null) {
            for (int i = 0; i < narrative.senderDiagnoses().size(); i++) {
                Narrative.Diagnosis diagnosis = narrative.senderDiagnoses().get(i);
                pair(diagnosis.lltCode(), diagnosis.meddraVersion(), "H.3.r.1", "/narrative/senderDiagnoses/" + i, findings);
                if (diagnosis.lltCode() == null) {
                    findings.block("ICH.H.3.r.1b.REQUIRED", "H.3.r.1b", "/narrative/senderDiagnoses/" + i + "/lltCode",
                            "a sender's diagnosis needs its MedDRA code");
                }
            }
        }
    }

    private static void causes(List<Death.Cause> causes, String element, String path, Findings findings) {
        for (int i = 0; i < causes.size(); i++) {
            pair(causes.get(i).lltCode(), causes.get(i).meddraVersion(), element, path + i, findings);
        }
    }

    /** {@code element} is the pair's stem, e.g. D.7.1.r.1 for D.7.1.r.1a (version) and D.7.1.r.1b (code). */
    private static void pair(String code, String version, String element, String path, Findings findings) {
        if (code != null && version == null) {
            findings.block("ICH.MEDDRA.VERSION-REQUIRED", element + "a", path,
                    "MedDRA code " + code + " needs its MedDRA version (" + element + "a)");
        }
        if (code == null && version != null) {
            findings.block("ICH.MEDDRA.CODE-REQUIRED", element + "b", path,
                    "MedDRA version " + version + " is given without a code (" + element + "b)");
        }
    }
}
