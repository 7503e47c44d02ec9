package org.pvcoder.e2b.read;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.e2b.read.sections.DrugAssessmentReader;
import org.pvcoder.e2b.read.sections.DrugReader;
import org.pvcoder.e2b.read.sections.LiteratureReader;
import org.pvcoder.e2b.read.sections.NarrativeReader;
import org.pvcoder.e2b.read.sections.PatientReader;
import org.pvcoder.e2b.read.sections.PrimarySourceReader;
import org.pvcoder.e2b.read.sections.ReactionReader;
import org.pvcoder.e2b.read.sections.ReportIdentificationReader;
import org.pvcoder.e2b.read.sections.SenderReader;
import org.pvcoder.e2b.read.sections.StudyReader;
import org.pvcoder.e2b.read.sections.TestResultReader;
import org.pvcoder.e2b.validation.Finding;

import java.util.List;

/** Turns one PORR_IN049016UV message into a case, section by section, collecting what could not be read. */
public final class IcsrMessageReader {

    /** A message as read: the case (null when the message has no investigation at all) and the reading findings. */
    public record MessageRead(int index, String messageId, CaseReport report, List<Finding> issues) {
        public boolean readable() {
            return report != null && issues.stream().noneMatch(Finding::blocking);
        }
    }

    private IcsrMessageReader() {
    }

    public static MessageRead read(IcsrBatchReader.RawMessage message) {
        ReadContext ctx = new ReadContext(message.index());
        XmlNode root = message.node();
        String messageId = root.child("id").attr("extension");
        XmlNode controlAct = root.child("controlActProcess");
        XmlNode investigation = controlAct.at("subject", "investigationEvent");
        if (!investigation.exists()) {
            ctx.problem(null, root, "the message holds no controlActProcess/subject/investigationEvent (not an ICSR)");
            return new MessageRead(message.index(), messageId, null, ctx.issues());
        }
        XmlNode assessment = XmlNode.MISSING;
        for (XmlNode component : investigation.children("component")) {
            if (component.child("adverseEventAssessment").exists()) {
                assessment = component.child("adverseEventAssessment");
            }
        }
        XmlNode primaryRole = assessment.at("subject1", "primaryRole");
        CaseReport report = new CaseReport(
                ReportIdentificationReader.read(investigation, controlAct, ctx),
                PrimarySourceReader.read(investigation, ctx),
                SenderReader.read(investigation, ctx),
                LiteratureReader.read(investigation),
                StudyReader.read(primaryRole, ctx),
                primaryRole.exists() ? PatientReader.read(primaryRole, ctx) : null,
                ReactionReader.read(primaryRole, ctx),
                TestResultReader.read(primaryRole, ctx),
                DrugReader.read(primaryRole, DrugAssessmentReader.read(assessment, ctx), ctx),
                NarrativeReader.read(investigation, assessment));
        return new MessageRead(message.index(), messageId, report, ctx.issues());
    }
}
