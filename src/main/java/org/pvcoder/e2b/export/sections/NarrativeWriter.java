package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.Narrative;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** H: the narrative (H.1, investigation text), comments and diagnoses (H.2–H.4) and native-language summaries (H.5.r). */
public final class NarrativeWriter {

    /** ICH author source codes (list 21): who made a comment. */
    private static final String SENDER = "1";
    private static final String REPORTER_SUMMARY = "2";
    private static final String REPORTER = "3";

    private NarrativeWriter() {
    }

    public static void writeCaseNarrative(XmlOut out, Narrative narrative) {
        if (narrative != null && narrative.caseNarrative() != null) {
            out.textElement("text", narrative.caseNarrative());
        }
    }

    /** H.2, H.3.r, H.4 as component1 observation events of the adverse event assessment. */
    public static void writeComments(XmlOut out, Narrative narrative) {
        if (narrative == null) {
            return;
        }
        if (narrative.reporterComments() != null) {
            comment(out, "component1", 10).textValue("ED", narrative.reporterComments(), null);
            author(out, REPORTER);
        }
        for (Narrative.Diagnosis diagnosis : narrative.senderDiagnoses()) {
            comment(out, "component1", 15).meddra("value", true, diagnosis.lltCode(), diagnosis.meddraVersion(), null, null);
            author(out, SENDER);
        }
        if (narrative.senderComments() != null) {
            comment(out, "component1", 10).textValue("ED", narrative.senderComments(), null);
            author(out, SENDER);
        }
    }

    /** H.5.r as component observation events of the investigation. */
    public static void writeSummaries(XmlOut out, Narrative narrative) {
        if (narrative == null) {
            return;
        }
        for (Narrative.Summary summary : narrative.summaries()) {
            comment(out, "component", 36).textValue("ED", summary.text(), summary.language());
            author(out, REPORTER_SUMMARY);
        }
    }

    private static XmlOut comment(XmlOut out, String relationship, int code) {
        return out.typed(relationship, "COMP").act("observationEvent", "OBS", "EVN").observationCode(code);
    }

    private static void author(XmlOut out, String source) {
        out.typed("author", "AUT").start("assignedEntity").attr("classCode", "ASSIGNED")
                .code("code", source, Oids.AUTHOR_SOURCE).end().end();
        out.end().end();
    }
}
