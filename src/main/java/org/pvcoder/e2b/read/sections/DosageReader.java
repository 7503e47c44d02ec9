package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.Dosage;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** G.k.4.r: dosage regimens, the drug's component substance administrations. */
final class DosageReader {

    private DosageReader() {
    }

    static List<Dosage> read(List<XmlNode> outbound, ReadContext ctx) {
        List<Dosage> dosages = new ArrayList<>();
        for (XmlNode relationship : outbound) {
            XmlNode administration = relationship.child("substanceAdministration");
            if (administration.exists()) {
                dosages.add(readDosage(administration, ctx));
            }
        }
        return dosages;
    }

    private static Dosage readDosage(XmlNode administration, ReadContext ctx) {
        EffectiveTimeReader.Times times = EffectiveTimeReader.read(administration.child("effectiveTime"), ctx,
                "G.k.4.r.4", "G.k.4.r.5", "G.k.4.r.6", "G.k.4.r.2");
        XmlNode dose = administration.child("doseQuantity");
        XmlNode route = administration.child("routeCode");
        XmlNode instance = administration.at("consumable", "instanceOfKind");
        return new Dosage(ctx.decimal(dose, "value", "G.k.4.r.1a"), dose.attr("unit"),
                times.period(), times.periodUnit(), times.start(), times.end(), times.duration(), times.durationUnit(),
                instance.at("productInstanceInstance", "lotNumberText").text(),
                administration.child("text").text(),
                instance.at("kindOfProduct", "formCode", "originalText").text(),
                route.child("originalText").text(), route.attr("codeSystemVersion"), route.attr("code"));
    }
}
