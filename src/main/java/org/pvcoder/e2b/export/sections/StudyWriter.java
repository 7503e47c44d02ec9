package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Study;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** C.5: study identification, a research study the patient is subject of. */
public final class StudyWriter {

    private StudyWriter() {
    }

    public static void write(XmlOut out, Study study) {
        if (study == null) {
            return;
        }
        out.typed("subjectOf1", "SBJ").act("researchStudy", "CLNTRL", "EVN");
        if (study.sponsorStudyNumber() != null) {
            out.id(Oids.SPONSOR_STUDY_NUMBER, study.sponsorStudyNumber());
        }
        if (study.type() != null) {
            out.code("code", study.type().code(), Oids.STUDY_TYPE);
        }
        out.textElement("title", study.name());
        for (Study.Registration registration : study.registrations()) {
            out.typed("authorization", "AUTH").act("studyRegistration", "ACT", "EVN");
            out.id(Oids.STUDY_REGISTRATION, registration.number());
            if (registration.country() != null) {
                out.typed("author", "AUT").start("territorialAuthority").attr("classCode", "TERR")
                        .entity("governingPlace", "COUNTRY", "INSTANCE").country("code", registration.country()).end()
                        .end().end();
            }
            out.end().end();
        }
        out.end().end();
    }
}
