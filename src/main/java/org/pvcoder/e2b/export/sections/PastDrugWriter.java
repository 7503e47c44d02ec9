package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.PastDrug;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** D.8.r: relevant past drug history, an organizer of category 2. */
public final class PastDrugWriter {

    private PastDrugWriter() {
    }

    public static void write(XmlOut out, List<PastDrug> pastDrugs) {
        if (pastDrugs.isEmpty()) {
            return;
        }
        out.typed("subjectOf2", "SBJ").act("organizer", "CATEGORY", "EVN").code("code", "2", Oids.CATEGORY);
        for (PastDrug drug : pastDrugs) {
            out.typed("component", "COMP").act("substanceAdministration", "SBADM", "EVN");
            if (drug.startDate() != null || drug.endDate() != null) {
                out.start("effectiveTime").xsiType("IVL_TS").date("low", drug.startDate()).date("high", drug.endDate()).end();
            }
            out.typed("consumable", "CSM").start("instanceOfKind").attr("classCode", "INST")
                    .entity("kindOfProduct", "MMAT", "KIND").textElement("name", drug.name()).end()
                    .end().end();
            codedRelation(out, 19, "RSON", drug.indicationLltCode(), drug.indicationMeddraVersion());
            codedRelation(out, 29, "CAUS", drug.reactionLltCode(), drug.reactionMeddraVersion());
            out.end().end();
        }
        out.end().end();
    }

    private static void codedRelation(XmlOut out, int code, String typeCode, String lltCode, String version) {
        if (lltCode == null && version == null) {
            return;
        }
        out.typed("outboundRelationship2", typeCode).act("observation", "OBS", "EVN").observationCode(code)
                .meddra("value", true, lltCode, version, null, null).end().end();
    }
}
