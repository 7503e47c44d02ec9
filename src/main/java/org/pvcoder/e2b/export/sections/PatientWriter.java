package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Patient;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.CaseRefs;
import org.pvcoder.e2b.export.XmlOut;

import java.math.BigDecimal;

/**
 * D: the patient as the adverse event assessment's subject (primaryRole). Its subjectOf2 entries also carry the
 * reactions (E), tests (F) and drugs (G), in the order HL7 lists them.
 */
public final class PatientWriter {

    private PatientWriter() {
    }

    public static void write(XmlOut out, CaseReport report, CaseRefs refs) {
        Patient patient = report.patient();
        out.typed("subject1", "SBJ").start("primaryRole").attr("classCode", "INVSBJ");
        writePerson(out, patient);
        StudyWriter.write(out, report.study());
        if (patient != null) {
            writeObservations(out, patient);
            MedicalHistoryWriter.write(out, patient);
            PastDrugWriter.write(out, patient.pastDrugs());
            DeathWriter.writeCauses(out, patient.death());
        }
        ReactionWriter.write(out, report.reactions(), refs);
        TestResultWriter.write(out, report.tests());
        DrugWriter.write(out, report.drugs(), refs);
        out.end().end();
    }

    private static void writePerson(XmlOut out, Patient patient) {
        out.entity("player1", "PSN", "INSTANCE");
        if (patient == null || patient.initials() == null) {
            out.empty("name", "nullFlavor", "UNK");
        } else {
            out.textElement("name", patient.initials());
        }
        if (patient != null) {
            if (patient.sex() != null) {
                out.code("administrativeGenderCode", patient.sex().code(), Oids.ISO_SEX);
            }
            out.date("birthTime", patient.birthDate());
            if (patient.death() != null) {
                out.date("deceasedTime", patient.death().date());
            }
        }
        out.end();
    }

    private static void writeObservations(XmlOut out, Patient patient) {
        if (patient.age() != null || patient.ageUnit() != null) {
            observation(out, 3).quantity("value", "PQ", patient.age(), EffectiveTimes.unit(patient.ageUnit())).end().end();
        }
        if (patient.ageGroup() != null) {
            observation(out, 4).codedValue(patient.ageGroup(), Oids.AGE_GROUP).end().end();
        }
        measurement(out, 7, patient.weightKg(), "kg");
        measurement(out, 17, patient.heightCm(), "cm");
        if (patient.lastMenstrualPeriodDate() != null) {
            observation(out, 22).empty("value", "value", org.pvcoder.e2b.E2bDates.toE2b(patient.lastMenstrualPeriodDate()));
            out.xsiType("TS");
            out.end().end();
        }
    }

    private static void measurement(XmlOut out, int code, BigDecimal value, String unit) {
        if (value != null) {
            observation(out, code).quantity("value", "PQ", value, unit).end().end();
        }
    }

    /** Opens {@code subjectOf2/observation} with its ICH observation code; the caller closes both. */
    static XmlOut observation(XmlOut out, int code) {
        return out.typed("subjectOf2", "SBJ").act("observation", "OBS", "EVN").observationCode(code);
    }
}
