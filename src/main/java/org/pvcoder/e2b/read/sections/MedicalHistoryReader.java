package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.MedicalHistoryEntry;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** D.7.1.r coded medical history and the D.7.2 free text, from the organizer of category 1. */
final class MedicalHistoryReader {

    private MedicalHistoryReader() {
    }

    static List<MedicalHistoryEntry> read(XmlNode organizer, ReadContext ctx) {
        List<MedicalHistoryEntry> entries = new ArrayList<>();
        for (XmlNode component : organizer.children("component")) {
            XmlNode observation = component.child("observation");
            XmlNode code = observation.child("code");
            if (!Oids.MEDDRA.equals(code.attr("codeSystem"))) {
                continue;
            }
            XmlNode effective = observation.child("effectiveTime");
            List<XmlNode> related = observation.children("outboundRelationship2");
            entries.add(new MedicalHistoryEntry(null, code.attr("codeSystemVersion"), code.attr("code"),
                    ctx.date(effective.child("low"), "value", "D.7.1.r.2"),
                    ctx.bool(ReadContext.related(observation.children("inboundRelationship"), "observation", 13).child("value"), "D.7.1.r.3"),
                    ctx.date(effective.child("high"), "value", "D.7.1.r.4"),
                    ReadContext.related(related, "observation", 10).child("value").text(),
                    ctx.bool(ReadContext.related(related, "observation", 38).child("value"), "D.7.1.r.6"),
                    null));
        }
        return entries;
    }

    static String text(XmlNode organizer) {
        return ReadContext.related(organizer.children("component"), "observation", 18).child("value").text();
    }
}
