package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Reaction;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.CaseRefs;
import org.pvcoder.e2b.export.XmlOut;

import java.util.List;

/** E.i: each reaction an observation of code 29 with its MedDRA LLT, dates, country and criteria. */
public final class ReactionWriter {

    /** ICH observation codes of the seriousness criteria E.i.3.2a–f, in element order. */
    static final int[] SERIOUSNESS_CODES = {34, 21, 33, 35, 12, 26};

    private ReactionWriter() {
    }

    public static void write(XmlOut out, List<Reaction> reactions, CaseRefs refs) {
        for (int i = 0; i < reactions.size(); i++) {
            writeReaction(out, reactions.get(i), refs.reaction(i));
        }
    }

    private static void writeReaction(XmlOut out, Reaction reaction, String uuid) {
        out.typed("subjectOf2", "SBJ").act("observation", "OBS", "EVN");
        out.empty("id", "root", uuid).observationCode(29);
        EffectiveTimes.write(out, reaction.startDate(), reaction.endDate(), reaction.duration(), reaction.durationUnit(), null, null);
        out.meddra("value", true, reaction.lltCode(), reaction.meddraVersion(), reaction.verbatim(), reaction.verbatimLanguage());
        if (reaction.country() != null) {
            out.typed("location", "LOC").start("locatedEntity").attr("classCode", "LOCE")
                    .entity("locatedPlace", "COUNTRY", "INSTANCE").country("code", reaction.country()).end()
                    .end().end();
        }
        if (reaction.translation() != null) {
            related(out, 30).textValue("ED", reaction.translation(), null).end().end();
        }
        if (reaction.termHighlighted() != null) {
            related(out, 37).codedValue(reaction.termHighlighted(), Oids.TERM_HIGHLIGHTED).end().end();
        }
        boolean[] criteria = criteria(reaction.seriousness());
        for (int c = 0; c < SERIOUSNESS_CODES.length; c++) {
            // E2B(R3) sends a criterion as true, or as nullFlavor NI when it is not met or not known.
            related(out, SERIOUSNESS_CODES[c]).booleanValue(criteria[c] ? Boolean.TRUE : null, "NI").end().end();
        }
        if (reaction.outcome() != null) {
            related(out, 27).codedValue(reaction.outcome(), Oids.OUTCOME).end().end();
        }
        if (reaction.medicallyConfirmed() != null) {
            related(out, 24).booleanValue(reaction.medicallyConfirmed(), null).end().end();
        }
        out.end().end();
    }

    private static boolean[] criteria(Reaction.Seriousness s) {
        if (s == null) {
            return new boolean[6];
        }
        return new boolean[]{s.death(), s.lifeThreatening(), s.hospitalisation(), s.disabling(), s.congenitalAnomaly(),
                s.otherMedicallyImportant()};
    }

    private static XmlOut related(XmlOut out, int code) {
        return out.typed("outboundRelationship2", "PERT").act("observation", "OBS", "EVN").observationCode(code);
    }
}
