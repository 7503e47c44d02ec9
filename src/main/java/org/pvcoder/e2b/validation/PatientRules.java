package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Patient;

/** Section D: age with its unit, patient identification. */
public final class PatientRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        Patient patient = report.patient();
        if (patient == null) {
            findings.warn("ICH.D.REQUIRED", "D.1", "/patient", "no patient information; D.1 is sent as nullFlavor UNK");
            return;
        }
        if (patient.initials() == null) {
            findings.warn("ICH.D.1.UNKNOWN", "D.1", "/patient/initials", "no patient initials; D.1 is sent as nullFlavor UNK");
        }
        if (patient.age() != null && patient.ageUnit() == null) {
            findings.block("ICH.D.2.2b.REQUIRED", "D.2.2b", "/patient/ageUnit", "an age needs its unit");
        }
        if (patient.ageUnit() != null && patient.age() == null) {
            findings.block("ICH.D.2.2a.REQUIRED", "D.2.2a", "/patient/age", "an age unit needs its age");
        }
    }
}
