package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.CaseRefs;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** G.k.1 drug roles and G.k.9.i.2.r relatedness assessments: causality assessments of the adverse event assessment. */
public final class DrugAssessmentWriter {

    private DrugAssessmentWriter() {
    }

    public static void write(XmlOut out, List<Drug> drugs, CaseRefs refs) {
        for (int k = 0; k < drugs.size(); k++) {
            Drug drug = drugs.get(k);
            if (drug.role() == null) {
                continue;
            }
            out.typed("component", "COMP").act("causalityAssessment", "OBS", "EVN").observationCode(20);
            out.codedValue(drug.role(), Oids.DRUG_ROLE);
            productReference(out, refs.drug(k));
            out.end().end();
        }
        for (int k = 0; k < drugs.size(); k++) {
            for (DrugReaction cell : drugs.get(k).reactionAssessments()) {
                String reaction = refs.reactionById(cell.reactionId());
                if (reaction == null) {
                    continue;
                }
                for (DrugReaction.Relatedness relatedness : cell.assessments()) {
                    writeAssessment(out, relatedness, reaction, refs.drug(k));
                }
            }
        }
    }

    private static void writeAssessment(XmlOut out, DrugReaction.Relatedness relatedness, String reaction, String drug) {
        out.typed("component", "COMP").act("causalityAssessment", "OBS", "EVN").observationCode(39);
        if (relatedness.result() != null) {
            out.textValue("ST", relatedness.result(), null);
        }
        if (relatedness.method() != null) {
            out.start("methodCode").textElement("originalText", relatedness.method()).end();
        }
        if (relatedness.source() != null) {
            out.typed("author", "AUT").start("assignedEntity").attr("classCode", "ASSIGNED")
                    .start("code").textElement("originalText", relatedness.source()).end()
                    .end().end();
        }
        out.typed("subject1", "SUBJ").act("adverseEffectReference", "OBS", "EVN").empty("id", "root", reaction).end().end();
        productReference(out, drug);
        out.end().end();
    }

    private static void productReference(XmlOut out, String drug) {
        out.typed("subject2", "SUBJ").act("productUseReference", "SBADM", "EVN").empty("id", "root", drug).end().end();
    }
}
