package org.pvcoder.e2b.export;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.validation.PartialDates;
import org.pvcoder.e2b.E2bDates;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.sections.DrugAssessmentWriter;
import org.pvcoder.e2b.export.sections.LiteratureWriter;
import org.pvcoder.e2b.export.sections.NarrativeWriter;
import org.pvcoder.e2b.export.sections.PatientWriter;
import org.pvcoder.e2b.export.sections.PrimarySourceWriter;
import org.pvcoder.e2b.export.sections.ReportIdentificationWriter;
import org.pvcoder.e2b.export.sections.SenderWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;

/**
 * Streams an MCCI_IN200100UV01 batch: the N.1 header, one PORR_IN049016UV message (N.2.r) per case as it is
 * handed in, then the batch receiver and sender. Only the current case is in memory.
 */
public final class IcsrBatchWriter implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final java.io.BufferedOutputStream buffered;
    private final XMLStreamWriter xml;
    private final XmlOut out;
    private final BatchHeader header;
    private int messages;

    public IcsrBatchWriter(OutputStream target, BatchHeader header) {
        this.header = header;
        try {
            // The JDK's StAX writer encodes in small pieces; a buffer in front of the target keeps big batches fast.
            this.buffered = new java.io.BufferedOutputStream(target, 64 * 1024);
            this.xml = FACTORY.createXMLStreamWriter(buffered, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        this.out = new XmlOut(xml);
        writeBatchStart();
    }

    /** Writes one case as the next message of the batch. */
    public void write(CaseReport report) {
        messages++;
        String created = creationTime(report);
        out.start("PORR_IN049016UV");
        out.id(Oids.MESSAGE_ID, header.batchNumber() + "-" + messages);
        out.empty("creationTime", "value", created);
        out.empty("interactionId", "extension", "PORR_IN049016UV", "root", Oids.HL7_INTERACTION);
        out.code("processingCode", "P", null).code("processingModeCode", "T", null).code("acceptAckCode", "AL", null);
        device(out, "receiver", "RCV", Oids.MESSAGE_RECEIVER, header.receiverId());
        device(out, "sender", "SND", Oids.MESSAGE_SENDER, header.senderId());
        out.act("controlActProcess", "CACT", "EVN");
        out.code("code", "PORR_TE049016UV", Oids.HL7_TRIGGER_EVENT);
        out.empty("effectiveTime", "value", created);
        out.typed("subject", "SUBJ");
        writeInvestigation(report);
        out.end().end().end();
    }

    public int messageCount() {
        return messages;
    }

    private void writeInvestigation(CaseReport report) {
        CaseRefs refs = new CaseRefs(report);
        out.act("investigationEvent", "INVSTG", "EVN");
        ReportIdentificationWriter.writeIds(out, report.report());
        out.code("code", "PAT_ADV_EVNT", Oids.HL7_ACT_CODE);
        NarrativeWriter.writeCaseNarrative(out, report.narrative());
        out.code("statusCode", "active", null);
        ReportIdentificationWriter.writeReceiptDates(out, report.report());
        LiteratureWriter.write(out, report.literature());
        out.typed("component", "COMP").act("adverseEventAssessment", "INVSTG", "EVN");
        PatientWriter.write(out, report, refs);
        DrugAssessmentWriter.write(out, report.drugs(), refs);
        NarrativeWriter.writeComments(out, report.narrative());
        out.end().end();
        ReportIdentificationWriter.writeFlags(out, report.report());
        NarrativeWriter.writeSummaries(out, report.narrative());
        ReportIdentificationWriter.writeRelatedInvestigations(out, report.report());
        PrimarySourceWriter.write(out, report.primarySources());
        SenderWriter.write(out, report.sender());
        ReportIdentificationWriter.writeOtherCaseIds(out, report.report());
        ReportIdentificationWriter.writeCharacteristics(out, report.report());
        out.end();
    }

    /** C.1.2 (and N.2.r.4, which must equal it) needs seconds: the case's own when it has them, else the batch time. */
    private String creationTime(CaseReport report) {
        String own = report.report().creationDate();
        if (own != null && PartialDates.parse(own).map(p -> p.precision() == PartialDates.Precision.SECOND).orElse(false)) {
            return E2bDates.toE2b(own);
        }
        return E2bDates.timestamp(header.creationTime());
    }

    private void writeBatchStart() {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(Oids.HL7_NAMESPACE);
            xml.setPrefix("xsi", Oids.XSI_NAMESPACE);
            xml.writeStartElement(Oids.HL7_NAMESPACE, "MCCI_IN200100UV01");
            xml.writeDefaultNamespace(Oids.HL7_NAMESPACE);
            xml.writeNamespace("xsi", Oids.XSI_NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        out.attr("ITSVersion", "XML_1.0");
        out.raw();
        try {
            xml.writeAttribute("xsi", Oids.XSI_NAMESPACE, "schemaLocation", Oids.HL7_NAMESPACE + " MCCI_IN200100UV01.xsd");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        out.id(Oids.BATCH_NUMBER, header.batchNumber());
        out.empty("creationTime", "value", E2bDates.timestamp(header.creationTime()));
        out.code("responseModeCode", "D", null);
        out.empty("interactionId", "extension", "MCCI_IN200100UV01", "root", Oids.HL7_INTERACTION);
        out.code("name", "1", Oids.MESSAGE_TYPE);
    }

    @Override
    public void close() {
        device(out, "receiver", "RCV", Oids.BATCH_RECEIVER, header.receiverId());
        device(out, "sender", "SND", Oids.BATCH_SENDER, header.senderId());
        out.end();
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            buffered.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }

    private static void device(XmlOut out, String name, String typeCode, String root, String id) {
        out.typed(name, typeCode).entity("device", "DEV", "INSTANCE").id(root, id).end().end();
    }
}
