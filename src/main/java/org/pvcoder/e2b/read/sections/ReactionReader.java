package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.Outcome;
import org.pvcoder.cases.model.Reaction;
import org.pvcoder.cases.model.TermHighlighted;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** E.i: reactions, the patient's observations of code 29; the observation id becomes the reaction id. */
public final class ReactionReader {

    private static final int[] SERIOUSNESS_CODES = {34, 21, 33, 35, 12, 26};

    private ReactionReader() {
    }

    public static List<Reaction> read(XmlNode primaryRole, ReadContext ctx) {
        List<Reaction> reactions = new ArrayList<>();
        for (XmlNode observation : PatientReader.observations(primaryRole, 29)) {
            reactions.add(readReaction(observation, ctx));
        }
        return reactions;
    }

    private static Reaction readReaction(XmlNode observation, ReadContext ctx) {
        XmlNode value = observation.child("value");
        XmlNode verbatim = value.child("originalText");
        List<XmlNode> related = observation.children("outboundRelationship2");
        XmlNode highlighted = ReadContext.related(related, "observation", 37).child("value");
        XmlNode outcome = ReadContext.related(related, "observation", 27).child("value");
        EffectiveTimeReader.Times times = EffectiveTimeReader.read(observation.child("effectiveTime"), ctx, "E.i.4", "E.i.5", "E.i.6", "E.i.6");
        return new Reaction(observation.child("id").attr("root"), verbatim.text(), verbatim.attr("language"),
                ReadContext.related(related, "observation", 30).child("value").text(),
                value.attr("codeSystemVersion"), value.attr("code"),
                ctx.code(TermHighlighted.class, highlighted.attr("code"), highlighted, "E.i.3.1"),
                seriousness(related, ctx),
                times.start(), times.end(), times.duration(), times.durationUnit(),
                ctx.code(Outcome.class, outcome.attr("code"), outcome, "E.i.7"),
                ctx.bool(ReadContext.related(related, "observation", 24).child("value"), "E.i.8"),
                observation.at("location", "locatedEntity", "locatedPlace", "code").attr("code"),
                null);
    }

    /** E.i.3.2a–f: true when sent as true; nullFlavor NI (or absence) means not met. Null when none is sent. */
    private static Reaction.Seriousness seriousness(List<XmlNode> related, ReadContext ctx) {
        boolean[] met = new boolean[SERIOUSNESS_CODES.length];
        boolean any = false;
        for (int c = 0; c < SERIOUSNESS_CODES.length; c++) {
            XmlNode criterion = ReadContext.related(related, "observation", SERIOUSNESS_CODES[c]);
            any |= criterion.exists();
            met[c] = Boolean.TRUE.equals(ctx.bool(criterion.child("value"), "E.i.3.2"));
        }
        return any ? new Reaction.Seriousness(met[0], met[1], met[2], met[3], met[4], met[5]) : null;
    }
}
