package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.MedicalHistoryEntry;
import org.pvcoder.cases.model.Patient;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** D.7: relevant medical history, an organizer of category 1 holding coded entries and the free text D.7.2. */
public final class MedicalHistoryWriter {

    private MedicalHistoryWriter() {
    }

    public static void write(XmlOut out, Patient patient) {
        if (patient.medicalHistory().isEmpty() && patient.medicalHistoryText() == null) {
            return;
        }
        out.typed("subjectOf2", "SBJ").act("organizer", "CATEGORY", "EVN").code("code", "1", Oids.CATEGORY);
        for (MedicalHistoryEntry entry : patient.medicalHistory()) {
            writeEntry(out, entry);
        }
        if (patient.medicalHistoryText() != null) {
            out.typed("component", "COMP").act("observation", "OBS", "EVN").observationCode(18)
                    .textValue("ED", patient.medicalHistoryText(), null).end().end();
        }
        out.end().end();
    }

    private static void writeEntry(XmlOut out, MedicalHistoryEntry entry) {
        out.typed("component", "COMP").act("observation", "OBS", "EVN");
        out.meddra("code", false, entry.lltCode(), entry.meddraVersion(), null, null);
        if (entry.startDate() != null || entry.endDate() != null) {
            out.start("effectiveTime").xsiType("IVL_TS").date("low", entry.startDate()).date("high", entry.endDate()).end();
        }
        // The reporter's words travel in the comments when no other comment is given (see MedicalHistoryEntry).
        String comments = entry.comments() != null ? entry.comments() : entry.verbatim();
        if (comments != null) {
            out.typed("outboundRelationship2", "COMP").act("observation", "OBS", "EVN").observationCode(10)
                    .textValue("ED", comments, null).end().end();
        }
        if (entry.familyHistory() != null) {
            out.typed("outboundRelationship2", "EXPL").act("observation", "OBS", "EVN").observationCode(38)
                    .booleanValue(entry.familyHistory(), null).end().end();
        }
        if (entry.continuing() != null) {
            out.typed("inboundRelationship", "REFR").act("observation", "OBS", "EVN").observationCode(13)
                    .booleanValue(entry.continuing(), null).end().end();
        }
        out.end().end();
    }
}
