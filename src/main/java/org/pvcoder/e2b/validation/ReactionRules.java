package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.Outcome;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.cases.model.TermHighlighted;

import java.util.List;
import java.util.Objects;

/** Section E: MedDRA coding of each reaction, seriousness criteria, outcome, duration unit. */
public final class ReactionRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        List<Reaction> reactions = report.reactions();
        if (reactions == null || reactions.isEmpty()) {
            findings.block("ICH.E.i.REQUIRED", "E.i", "/reactions", "at least one reaction is required");
            return;
        }
        for (int i = 0; i < reactions.size(); i++) {
            Reaction reaction = reactions.get(i);
            if (reaction != null) {
                checkReaction(reaction, "/reactions/" + i, findings);
            }
        }
        long versions = reactions.stream().filter(Objects::nonNull).map(Reaction::meddraVersion).filter(Objects::nonNull).distinct().count();
        if (versions > 1) {
            findings.warn("ICH.E.i.2.1a.ONE-VERSION", "E.i.2.1a", "/reactions", "ICH allows one MedDRA version per ICSR; the reactions use " + versions);
        }
        if (report.patient() != null && report.patient().death() != null
                && reactions.stream().noneMatch(r -> r != null && r.seriousness() != null && r.seriousness().death())) {
            findings.warn("ICH.E.i.3.2a.DEATH", "E.i.3.2a", "/patient/death",
                    "the patient died (D.9) but no reaction has 'results in death' (E.i.3.2a)");
        }
    }

    private static void checkReaction(Reaction reaction, String path, Findings findings) {
        if (reaction.lltCode() == null) {
            findings.block("ICH.E.i.2.1b.REQUIRED", "E.i.2.1b", path + "/lltCode", "the reaction needs its MedDRA LLT code");
        }
        if (reaction.meddraVersion() == null) {
            findings.block("ICH.E.i.2.1a.REQUIRED", "E.i.2.1a", path + "/meddraVersion", "the reaction's MedDRA code needs its MedDRA version");
        }
        if (reaction.verbatim() == null && reaction.translation() == null) {
            findings.warn("ICH.E.i.1.TEXT", "E.i.1.1a", path + "/verbatim", "neither the reporter's words nor a translation is given");
        }
        if (reaction.verbatim() != null && reaction.verbatimLanguage() == null) {
            findings.warn("ICH.E.i.1.1b.REQUIRED", "E.i.1.1b", path + "/verbatimLanguage", "the reporter's words need their language");
        }
        if (reaction.outcome() == null) {
            findings.block("ICH.E.i.7.REQUIRED", "E.i.7", path + "/outcome", "the outcome is required (0 = unknown)");
        }
        if (reaction.duration() != null && reaction.durationUnit() == null) {
            findings.block("ICH.E.i.6b.REQUIRED", "E.i.6b", path + "/durationUnit", "a duration needs its unit");
        }
        checkSeriousness(reaction, path, findings);
    }

    private static void checkSeriousness(Reaction reaction, String path, Findings findings) {
        boolean anyCriterion = reaction.seriousness() != null && reaction.seriousness().any();
        if (reaction.seriousness() == null) {
            findings.warn("ICH.E.i.3.2.NOT-GIVEN", "E.i.3.2", path + "/seriousness",
                    "no seriousness criteria given; each is sent as nullFlavor NI (no information)");
        }
        TermHighlighted highlighted = reaction.termHighlighted();
        boolean markedSerious = highlighted == TermHighlighted.HIGHLIGHTED_SERIOUS || highlighted == TermHighlighted.NOT_HIGHLIGHTED_SERIOUS;
        if (markedSerious && !anyCriterion) {
            findings.block("ICH.E.i.3.2.SERIOUS-WITHOUT-CRITERIA", "E.i.3.2", path + "/seriousness",
                    "the reaction is reported as serious (E.i.3.1 = " + highlighted.code() + ") but no seriousness criterion (E.i.3.2a–f) is given");
        }
        if (reaction.outcome() == Outcome.FATAL && (reaction.seriousness() == null || !reaction.seriousness().death())) {
            findings.block("ICH.E.i.3.2a.FATAL", "E.i.3.2a", path + "/seriousness/death",
                    "a fatal outcome (E.i.7 = 5) needs 'results in death' (E.i.3.2a)");
        }
    }
}
