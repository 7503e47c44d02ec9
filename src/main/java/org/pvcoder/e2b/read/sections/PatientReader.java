package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.AgeGroup;
import org.pvcoder.cases.model.Death;
import org.pvcoder.cases.model.Patient;
import org.pvcoder.cases.model.Sex;
import org.pvcoder.cases.model.TimeUnit;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** D: the patient (primaryRole/player1 and its observations and organizers of categories 1 and 2). */
public final class PatientReader {

    private PatientReader() {
    }

    public static Patient read(XmlNode primaryRole, ReadContext ctx) {
        XmlNode person = primaryRole.child("player1");
        XmlNode age = observation(primaryRole, 3).child("value");
        XmlNode ageGroup = observation(primaryRole, 4).child("value");
        XmlNode sex = person.child("administrativeGenderCode");
        XmlNode history = organizer(primaryRole, "1");
        return new Patient(person.child("name").text(),
                ctx.date(person.child("birthTime"), "value", "D.2.1"),
                ctx.decimal(age, "value", "D.2.2a"),
                ctx.code(TimeUnit.class, age.attr("unit"), age, "D.2.2b"),
                ctx.code(AgeGroup.class, ageGroup.attr("code"), ageGroup, "D.2.3"),
                ctx.decimal(observation(primaryRole, 7).child("value"), "value", "D.3"),
                ctx.decimal(observation(primaryRole, 17).child("value"), "value", "D.4"),
                ctx.code(Sex.class, sex.attr("code"), sex, "D.5"),
                ctx.date(observation(primaryRole, 22).child("value"), "value", "D.6"),
                MedicalHistoryReader.read(history, ctx),
                MedicalHistoryReader.text(history),
                PastDrugReader.read(organizer(primaryRole, "2"), ctx),
                death(primaryRole, person, ctx));
    }

    private static Death death(XmlNode primaryRole, XmlNode person, ReadContext ctx) {
        String date = ctx.date(person.child("deceasedTime"), "value", "D.9.1");
        List<Death.Cause> reported = new ArrayList<>();
        for (XmlNode observation : observations(primaryRole, 32)) {
            reported.add(cause(observation.child("value")));
        }
        XmlNode autopsy = observation(primaryRole, 5);
        List<Death.Cause> autopsyCauses = new ArrayList<>();
        for (XmlNode relationship : autopsy.children("outboundRelationship2")) {
            XmlNode observation = relationship.child("observation");
            if (observation.hasCode("8", Oids.OBSERVATION)) {
                autopsyCauses.add(cause(observation.child("value")));
            }
        }
        if (date == null && reported.isEmpty() && !autopsy.exists()) {
            return null;
        }
        return new Death(date, reported, ctx.bool(autopsy.child("value"), "D.9.3"), autopsyCauses);
    }

    private static Death.Cause cause(XmlNode value) {
        return new Death.Cause(value.attr("codeSystemVersion"), value.attr("code"), value.child("originalText").text());
    }

    /** The first {@code subjectOf2/observation} with ICH observation code {@code code}. */
    static XmlNode observation(XmlNode primaryRole, int code) {
        return ReadContext.related(primaryRole.children("subjectOf2"), "observation", code);
    }

    static List<XmlNode> observations(XmlNode primaryRole, int code) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode subject : primaryRole.children("subjectOf2")) {
            XmlNode observation = subject.child("observation");
            if (observation.hasCode(String.valueOf(code), Oids.OBSERVATION)) {
                found.add(observation);
            }
        }
        return found;
    }

    /** The {@code subjectOf2/organizer} of ICH category {@code code} (1 history, 2 past drugs, 3 tests, 4 drugs). */
    static XmlNode organizer(XmlNode primaryRole, String code) {
        for (XmlNode subject : primaryRole.children("subjectOf2")) {
            XmlNode organizer = subject.child("organizer");
            if (organizer.hasCode(code, Oids.CATEGORY)) {
                return organizer;
            }
        }
        return XmlNode.MISSING;
    }
}
