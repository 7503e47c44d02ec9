package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.PastDrug;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** D.8.r: past drug history, the organizer of category 2. */
final class PastDrugReader {

    private PastDrugReader() {
    }

    static List<PastDrug> read(XmlNode organizer, ReadContext ctx) {
        List<PastDrug> drugs = new ArrayList<>();
        for (XmlNode component : organizer.children("component")) {
            XmlNode administration = component.child("substanceAdministration");
            if (!administration.exists()) {
                continue;
            }
            XmlNode effective = administration.child("effectiveTime");
            List<XmlNode> related = administration.children("outboundRelationship2");
            XmlNode indication = ReadContext.related(related, "observation", 19).child("value");
            XmlNode reaction = ReadContext.related(related, "observation", 29).child("value");
            drugs.add(new PastDrug(administration.at("consumable", "instanceOfKind", "kindOfProduct", "name").text(),
                    ctx.date(effective.child("low"), "value", "D.8.r.4"),
                    ctx.date(effective.child("high"), "value", "D.8.r.5"),
                    indication.attr("codeSystemVersion"), indication.attr("code"),
                    reaction.attr("codeSystemVersion"), reaction.attr("code")));
        }
        return drugs;
    }
}
