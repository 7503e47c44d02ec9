package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Death;
import org.pvcoder.e2b.export.XmlOut;

/** D.9.2.r reported causes of death and D.9.3/D.9.4.r autopsy; the date of death (D.9.1) sits on the person. */
public final class DeathWriter {

    private DeathWriter() {
    }

    public static void writeCauses(XmlOut out, Death death) {
        if (death == null) {
            return;
        }
        for (Death.Cause cause : death.reportedCauses()) {
            PatientWriter.observation(out, 32).meddra("value", true, cause.lltCode(), cause.meddraVersion(), cause.text(), null)
                    .end().end();
        }
        if (death.autopsyDone() == null && death.autopsyCauses().isEmpty()) {
            return;
        }
        PatientWriter.observation(out, 5).booleanValue(death.autopsyDone(), "UNK");
        for (Death.Cause cause : death.autopsyCauses()) {
            out.typed("outboundRelationship2", "DRIV").act("observation", "OBS", "EVN").observationCode(8)
                    .meddra("value", true, cause.lltCode(), cause.meddraVersion(), cause.text(), null).end().end();
        }
        out.end().end();
    }
}
