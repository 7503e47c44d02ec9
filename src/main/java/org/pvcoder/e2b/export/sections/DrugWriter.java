package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.CaseRefs;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/**
 * G.k: drugs, an organizer of category 4; each a substance administration with product, dosages, indications,
 * action taken and its per-reaction timing and recurrence. Roles and causality are written by
 * {@link DrugAssessmentWriter}.
 */
public final class DrugWriter {

    private DrugWriter() {
    }

    public static void write(XmlOut out, List<Drug> drugs, CaseRefs refs) {
        if (drugs.isEmpty()) {
            return;
        }
        out.typed("subjectOf2", "SBJ").act("organizer", "CATEGORY", "EVN").code("code", "4", Oids.CATEGORY);
        for (int k = 0; k < drugs.size(); k++) {
            writeDrug(out, drugs.get(k), refs.drug(k), refs);
        }
        out.end().end();
    }

    private static void writeDrug(XmlOut out, Drug drug, String uuid, CaseRefs refs) {
        out.typed("component", "COMP").act("substanceAdministration", "SBADM", "EVN");
        out.empty("id", "root", uuid);
        ProductWriter.write(out, drug);
        for (DrugReaction cell : drug.reactionAssessments()) {
            String reaction = refs.reactionById(cell.reactionId());
            if (reaction == null) {
                continue;
            }
            onset(out, "SAS", cell.startToOnset(), cell.startToOnsetUnit(), reaction);
            onset(out, "SAE", cell.lastDoseToOnset(), cell.lastDoseToOnsetUnit(), reaction);
        }
        DosageWriter.write(out, drug.dosages());
        for (DrugReaction cell : drug.reactionAssessments()) {
            String reaction = refs.reactionById(cell.reactionId());
            if (reaction != null && cell.recurrence() != null) {
                out.typed("outboundRelationship2", "PERT").act("observation", "OBS", "EVN").observationCode(31)
                        .codedValue(cell.recurrence(), Oids.RECURRENCE);
                out.typed("outboundRelationship1", "REFR").act("actReference", "OBS", "EVN").empty("id", "root", reaction).end().end();
                out.end().end();
            }
        }
        if (drug.cumulativeDose() != null || drug.cumulativeDoseUnit() != null) {
            out.typed("outboundRelationship2", "SUMM").act("observation", "OBS", "EVN").observationCode(14)
                    .quantity("value", "PQ", drug.cumulativeDose(), drug.cumulativeDoseUnit()).end().end();
        }
        if (drug.additionalInformation() != null) {
            out.typed("outboundRelationship2", "REFR").act("observation", "OBS", "EVN").observationCode(2)
                    .textValue("ST", drug.additionalInformation(), null).end().end();
        }
        for (Indication indication : drug.indications()) {
            out.typed("inboundRelationship", "RSON").act("observation", "OBS", "EVN").observationCode(19);
            out.meddra("value", true, indication.lltCode(), indication.meddraVersion(), indication.verbatim(), null);
            out.typed("performer", "PRF").start("assignedEntity").attr("classCode", "ASSIGNED")
                    .code("code", "3", Oids.AUTHOR_SOURCE).end().end();
            out.end().end();
        }
        if (drug.actionTaken() != null) {
            out.typed("inboundRelationship", "CAUS").act("act", "ACT", "EVN")
                    .code("code", drug.actionTaken().code(), Oids.ACTION_TAKEN).end().end();
        }
        out.end().end();
    }

    private static void onset(XmlOut out, String typeCode, java.math.BigDecimal value,
                              org.pvcoder.cases.model.TimeUnit unit, String reaction) {
        if (value == null && unit == null) {
            return;
        }
        out.typed("outboundRelationship1", typeCode);
        out.quantity("pauseQuantity", null, value, EffectiveTimes.unit(unit));
        out.act("actReference", "OBS", "EVN").empty("id", "root", reaction).end();
        out.end();
    }
}
