package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Dosage;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** G.k.4.r: dosage regimens, each a component substance administration of the drug. */
public final class DosageWriter {

    private DosageWriter() {
    }

    public static void write(XmlOut out, List<Dosage> dosages) {
        for (Dosage dosage : dosages) {
            out.typed("outboundRelationship2", "COMP").act("substanceAdministration", "SBADM", "EVN");
            out.textElement("text", dosage.text());
            EffectiveTimes.write(out, dosage.startDate(), dosage.endDate(), dosage.duration(), dosage.durationUnit(),
                    dosage.unitsInInterval(), dosage.intervalUnit());
            writeRoute(out, dosage);
            if (dosage.dose() != null || dosage.doseUnit() != null) {
                out.quantity("doseQuantity", null, dosage.dose(), dosage.doseUnit());
            }
            if (dosage.batchNumber() != null || dosage.doseForm() != null) {
                out.typed("consumable", "CSM").start("instanceOfKind").attr("classCode", "INST");
                if (dosage.batchNumber() != null) {
                    out.entity("productInstanceInstance", "MMAT", "INSTANCE").textElement("lotNumberText", dosage.batchNumber()).end();
                }
                if (dosage.doseForm() != null) {
                    out.entity("kindOfProduct", "MMAT", "KIND")
                            .start("formCode").textElement("originalText", dosage.doseForm()).end()
                            .end();
                }
                out.end().end();
            }
            out.end().end();
        }
    }

    private static void writeRoute(XmlOut out, Dosage dosage) {
        if (dosage.route() == null && dosage.routeTermId() == null) {
            return;
        }
        out.start("routeCode");
        if (dosage.routeTermId() != null) {
            out.attr("code", dosage.routeTermId()).attr("codeSystem", routeCodeSystem(dosage))
                    .attr("codeSystemVersion", dosage.routeTermIdVersion());
        }
        out.textElement("originalText", dosage.route());
        out.end();
    }

    /** EDQM standard terms carry a version; a bare three-digit code is from the E2B(R2) route list. */
    static String routeCodeSystem(Dosage dosage) {
        return dosage.routeTermIdVersion() == null && dosage.routeTermId().matches("\\d{3}") ? Oids.ROUTE_R2 : Oids.EDQM_ROUTE;
    }
}
