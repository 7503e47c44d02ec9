package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.cases.model.DrugRole;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** G.k.1 drug roles and G.k.9.i.2.r relatedness, the causality assessments of the adverse event assessment. */
public final class DrugAssessmentReader {

    /** Roles by drug id, and relatedness by drug id then reaction id. */
    public record Assessments(Map<String, DrugRole> roles, Map<String, Map<String, List<DrugReaction.Relatedness>>> byDrug) {

        public DrugRole role(String drugId) {
            return roles.get(drugId);
        }

        public Map<String, List<DrugReaction.Relatedness>> relatedness(String drugId) {
            return byDrug.getOrDefault(drugId, Map.of());
        }
    }

    private DrugAssessmentReader() {
    }

    public static Assessments read(XmlNode assessment, ReadContext ctx) {
        Map<String, DrugRole> roles = new HashMap<>();
        Map<String, Map<String, List<DrugReaction.Relatedness>>> byDrug = new HashMap<>();
        for (XmlNode component : assessment.children("component")) {
            XmlNode causality = component.child("causalityAssessment");
            String drug = causality.at("subject2", "productUseReference", "id").attr("root");
            if (drug == null) {
                continue;
            }
            if (causality.hasCode("20", Oids.OBSERVATION)) {
                XmlNode value = causality.child("value");
                roles.put(drug, ctx.code(DrugRole.class, value.attr("code"), value, "G.k.1"));
            } else if (causality.hasCode("39", Oids.OBSERVATION)) {
                String reaction = causality.at("subject1", "adverseEffectReference", "id").attr("root");
                if (reaction == null) {
                    ctx.problem("G.k.9.i.1", causality, "a causality assessment names no reaction");
                    continue;
                }
                byDrug.computeIfAbsent(drug, d -> new LinkedHashMap<>())
                        .computeIfAbsent(reaction, r -> new ArrayList<>())
                        .add(new DrugReaction.Relatedness(causality.at("author", "assignedEntity", "code", "originalText").text(),
                                causality.at("methodCode", "originalText").text(), causality.child("value").text()));
            }
        }
        return new Assessments(roles, byDrug);
    }
}
