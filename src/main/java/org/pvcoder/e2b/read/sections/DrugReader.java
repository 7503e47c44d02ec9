package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.ActionTaken;
import org.pvcoder.cases.model.Drug;
import org.pvcoder.cases.model.DrugReaction;
import org.pvcoder.cases.model.Indication;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/**
 * G.k: drugs, the organizer of category 4. The substance administration id becomes the drug id; roles and
 * relatedness come from {@link DrugAssessmentReader}, which reads the adverse event assessment's components.
 */
public final class DrugReader {

    private DrugReader() {
    }

    public static List<Drug> read(XmlNode primaryRole, DrugAssessmentReader.Assessments assessments, ReadContext ctx) {
        List<Drug> drugs = new ArrayList<>();
        for (XmlNode component : PatientReader.organizer(primaryRole, "4").children("component")) {
            XmlNode administration = component.child("substanceAdministration");
            if (administration.exists()) {
                drugs.add(readDrug(administration, assessments, ctx));
            }
        }
        return drugs;
    }

    private static Drug readDrug(XmlNode administration, DrugAssessmentReader.Assessments assessments, ReadContext ctx) {
        String id = administration.child("id").attr("root");
        XmlNode product = administration.at("consumable", "instanceOfKind", "kindOfProduct");
        XmlNode approval = product.at("asManufacturedProduct", "subjectOf", "approval");
        XmlNode mpid = codeIn(product, Oids.MPID);
        List<XmlNode> outbound = administration.children("outboundRelationship2");
        XmlNode cumulative = ReadContext.related(outbound, "observation", 14).child("value");
        CellCollector cells = new CellCollector(assessments.relatedness(id));
        onsets(administration, cells, ctx);
        recurrences(outbound, cells, ctx);
        return new Drug(id, assessments.role(id), mpid.attr("codeSystemVersion"), mpid.attr("code"),
                product.child("name").text(), substances(product, ctx),
                administration.at("consumable", "instanceOfKind", "subjectOf", "productEvent", "performer", "assignedEntity",
                        "representedOrganization", "addr", "country").text(),
                approval.child("id").attr("extension"),
                approval.at("author", "territorialAuthority", "territory", "code").attr("code"),
                approval.at("holder", "role", "playingOrganization", "name").text(),
                DosageReader.read(outbound, ctx),
                ctx.decimal(cumulative, "value", "G.k.5a"), cumulative.attr("unit"),
                indications(administration), actionTaken(administration, ctx),
                cells.cells(),
                ReadContext.related(outbound, "observation", 2).child("value").text());
    }

    private static List<Drug.Substance> substances(XmlNode product, ReadContext ctx) {
        List<Drug.Substance> substances = new ArrayList<>();
        for (XmlNode ingredient : product.children("ingredient")) {
            XmlNode substance = ingredient.child("ingredientSubstance");
            XmlNode numerator = ingredient.at("quantity", "numerator");
            XmlNode termId = codeIn(substance, Oids.SUBSTANCE);
            substances.add(new Drug.Substance(substance.child("name").text(), termId.attr("codeSystemVersion"),
                    termId.attr("code"), ctx.decimal(numerator, "value", "G.k.2.3.r.3a"), numerator.attr("unit")));
        }
        return substances;
    }

    private static List<Indication> indications(XmlNode administration) {
        List<Indication> indications = new ArrayList<>();
        for (XmlNode relationship : administration.children("inboundRelationship")) {
            XmlNode observation = relationship.child("observation");
            if (observation.hasCode("19", Oids.OBSERVATION)) {
                XmlNode value = observation.child("value");
                indications.add(new Indication(value.child("originalText").text(), value.attr("codeSystemVersion"),
                        value.attr("code"), null));
            }
        }
        return indications;
    }

    private static ActionTaken actionTaken(XmlNode administration, ReadContext ctx) {
        for (XmlNode relationship : administration.children("inboundRelationship")) {
            XmlNode code = relationship.at("act", "code");
            if (Oids.ACTION_TAKEN.equals(code.attr("codeSystem"))) {
                return ctx.code(ActionTaken.class, code.attr("code"), code, "G.k.8");
            }
        }
        return null;
    }

    /** G.k.9.i.3.1 (SAS) and G.k.9.i.3.2 (SAE): time from start / last dose to the reaction's onset. */
    private static void onsets(XmlNode administration, CellCollector cells, ReadContext ctx) {
        for (XmlNode relationship : administration.children("outboundRelationship1")) {
            String reaction = relationship.at("actReference", "id").attr("root");
            XmlNode pause = relationship.child("pauseQuantity");
            if (reaction == null) {
                continue;
            }
            if ("SAS".equals(relationship.attr("typeCode"))) {
                cells.startToOnset(reaction, ctx.decimal(pause, "value", "G.k.9.i.3.1a"),
                        ctx.code(org.pvcoder.cases.model.TimeUnit.class, pause.attr("unit"), pause, "G.k.9.i.3.1b"));
            } else if ("SAE".equals(relationship.attr("typeCode"))) {
                cells.lastDoseToOnset(reaction, ctx.decimal(pause, "value", "G.k.9.i.3.2a"),
                        ctx.code(org.pvcoder.cases.model.TimeUnit.class, pause.attr("unit"), pause, "G.k.9.i.3.2b"));
            }
        }
    }

    /** G.k.9.i.4: recurrence on re-administration, per reaction. */
    private static void recurrences(List<XmlNode> outbound, CellCollector cells, ReadContext ctx) {
        for (XmlNode relationship : outbound) {
            XmlNode observation = relationship.child("observation");
            if (!observation.hasCode("31", Oids.OBSERVATION)) {
                continue;
            }
            String reaction = observation.at("outboundRelationship1", "actReference", "id").attr("root");
            XmlNode value = observation.child("value");
            if (reaction != null) {
                cells.recurrence(reaction, ctx.code(org.pvcoder.cases.model.Recurrence.class, value.attr("code"), value, "G.k.9.i.4"));
            }
        }
    }

    private static XmlNode codeIn(XmlNode node, String codeSystem) {
        for (XmlNode code : node.children("code")) {
            if (codeSystem.equals(code.attr("codeSystem"))) {
                return code;
            }
        }
        return XmlNode.MISSING;
    }

    /** Assembles the drug–reaction cells from the pieces E2B scatters over the drug and the assessment. */
    private static final class CellCollector {
        private final java.util.LinkedHashMap<String, DrugReaction> cells = new java.util.LinkedHashMap<>();

        CellCollector(java.util.Map<String, List<DrugReaction.Relatedness>> relatedness) {
            relatedness.forEach((reaction, list) -> cells.put(reaction,
                    new DrugReaction(reaction, list, null, null, null, null, null)));
        }

        void startToOnset(String reaction, java.math.BigDecimal value, org.pvcoder.cases.model.TimeUnit unit) {
            DrugReaction c = cell(reaction);
            cells.put(reaction, new DrugReaction(reaction, c.assessments(), value, unit, c.lastDoseToOnset(),
                    c.lastDoseToOnsetUnit(), c.recurrence()));
        }

        void lastDoseToOnset(String reaction, java.math.BigDecimal value, org.pvcoder.cases.model.TimeUnit unit) {
            DrugReaction c = cell(reaction);
            cells.put(reaction, new DrugReaction(reaction, c.assessments(), c.startToOnset(), c.startToOnsetUnit(), value,
                    unit, c.recurrence()));
        }

        void recurrence(String reaction, org.pvcoder.cases.model.Recurrence recurrence) {
            DrugReaction c = cell(reaction);
            cells.put(reaction, new DrugReaction(reaction, c.assessments(), c.startToOnset(), c.startToOnsetUnit(),
                    c.lastDoseToOnset(), c.lastDoseToOnsetUnit(), recurrence));
        }

        private DrugReaction cell(String reaction) {
            return cells.computeIfAbsent(reaction, r -> new DrugReaction(r, List.of(), null, null, null, null, null));
        }

        List<DrugReaction> cells() {
            return new ArrayList<>(cells.values());
        }
    }
}
