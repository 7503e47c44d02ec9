package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.Narrative;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** H: narrative (investigation text), comments and diagnoses (assessment component1), summaries (H.5.r). */
public final class NarrativeReader {

    private NarrativeReader() {
    }

    public static Narrative read(XmlNode investigation, XmlNode assessment) {
        String reporterComments = null;
        String senderComments = null;
        List<Narrative.Diagnosis> diagnoses = new ArrayList<>();
        for (XmlNode component : assessment.children("component1")) {
            XmlNode event = component.child("observationEvent");
            String author = event.at("author", "assignedEntity", "code").attr("code");
            XmlNode value = event.child("value");
            if (event.hasCode("10", Oids.OBSERVATION) && "3".equals(author)) {
                reporterComments = value.text();
            } else if (event.hasCode("10", Oids.OBSERVATION) && "1".equals(author)) {
                senderComments = value.text();
            } else if (event.hasCode("15", Oids.OBSERVATION)) {
                diagnoses.add(new Narrative.Diagnosis(value.attr("codeSystemVersion"), value.attr("code")));
            }
        }
        List<Narrative.Summary> summaries = new ArrayList<>();
        for (XmlNode component : investigation.children("component")) {
            XmlNode event = component.child("observationEvent");
            if (event.hasCode("36", Oids.OBSERVATION)) {
                summaries.add(new Narrative.Summary(event.child("value").text(), event.child("value").attr("language")));
            }
        }
        String narrative = investigation.child("text").text();
        if (narrative == null && reporterComments == null && senderComments == null && diagnoses.isEmpty() && summaries.isEmpty()) {
            return null;
        }
        return new Narrative(narrative, reporterComments, diagnoses, senderComments, summaries);
    }
}
