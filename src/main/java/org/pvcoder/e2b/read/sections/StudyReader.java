package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.Study;
import org.pvcoder.cases.model.StudyType;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** C.5: study identification (the research study the patient is subject of). */
public final class StudyReader {

    private StudyReader() {
    }

    public static Study read(XmlNode primaryRole, ReadContext ctx) {
        XmlNode study = primaryRole.at("subjectOf1", "researchStudy");
        if (!study.exists()) {
            return null;
        }
        List<Study.Registration> registrations = new ArrayList<>();
        for (XmlNode authorization : study.children("authorization")) {
            XmlNode registration = authorization.child("studyRegistration");
            registrations.add(new Study.Registration(registration.child("id").attr("extension"),
                    registration.at("author", "territorialAuthority", "governingPlace", "code").attr("code")));
        }
        String sponsorNumber = null;
        for (XmlNode id : study.children("id")) {
            if (Oids.SPONSOR_STUDY_NUMBER.equals(id.attr("root"))) {
                sponsorNumber = id.attr("extension");
            }
        }
        XmlNode type = study.child("code");
        return new Study(registrations, study.child("title").text(), sponsorNumber,
                ctx.code(StudyType.class, type.attr("code"), type, "C.5.4"));
    }
}
