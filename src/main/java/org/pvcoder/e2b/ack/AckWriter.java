package org.pvcoder.e2b.ack;

import org.pvcoder.e2b.E2bDates;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;
import org.pvcoder.e2b.read.ImportReport;
import org.pvcoder.e2b.read.MessageResult;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/**
 * Writes the MCCI_IN200101UV01 acknowledgment of an imported batch: one MCCI_IN000002UV01 per message
 * (CA accepted, CR rejected with the reasons) and the batch acknowledgment (AA all accepted, AE some not).
 */
public final class AckWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final int MAX_DETAIL = 2000;

    private AckWriter() {
    }

    /** @param ourId this system's identifier, the sender of the acknowledgment */
    public static void write(OutputStream target, ImportReport report, String ourId, OffsetDateTime now) {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(target, "UTF-8");
            XmlOut out = new XmlOut(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(Oids.HL7_NAMESPACE);
            xml.setPrefix("xsi", Oids.XSI_NAMESPACE);
            xml.writeStartElement(Oids.HL7_NAMESPACE, "MCCI_IN200101UV01");
            xml.writeDefaultNamespace(Oids.HL7_NAMESPACE);
            xml.writeNamespace("xsi", Oids.XSI_NAMESPACE);
            out.attr("ITSVersion", "XML_1.0");
            String time = E2bDates.timestamp(now);
            out.id(Oids.ACK_BATCH, "ACK-" + (report.batchNumber() == null ? time : report.batchNumber()));
            out.empty("creationTime", "value", time);
            out.code("responseModeCode", "D", null);
            out.empty("interactionId", "extension", "MCCI_IN200101UV01", "root", Oids.HL7_INTERACTION);
            for (MessageResult message : report.messages()) {
                writeMessageAck(out, message, report.senderId(), ourId, time);
            }
            device(out, "receiver", "RCV", Oids.BATCH_RECEIVER, report.senderId());
            device(out, "sender", "SND", Oids.BATCH_SENDER, ourId);
            out.typed("acknowledgement", batchCode(report));
            out.start("targetBatch");
            identifier(out, Oids.BATCH_NUMBER, report.batchNumber());
            out.end().end();
            out.end();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the acknowledgment", e);
        }
    }

    private static void writeMessageAck(XmlOut out, MessageResult message, String theirId, String ourId, String time) {
        out.start("MCCI_IN000002UV01");
        identifier(out, Oids.MESSAGE_ID, "ACK-" + (message.messageId() == null ? String.valueOf(message.index()) : message.messageId()));
        out.empty("creationTime", "value", time);
        out.empty("interactionId", "extension", "MCCI_IN000002UV01", "root", Oids.HL7_INTERACTION);
        out.code("processingCode", "P", null).code("processingModeCode", "T", null).code("acceptAckCode", "NE", null);
        device(out, "receiver", "RCV", Oids.MESSAGE_RECEIVER, theirId);
        device(out, "sender", "SND", Oids.MESSAGE_SENDER, ourId);
        out.typed("acknowledgement", message.accepted() ? "CA" : "CR");
        out.start("targetMessage");
        identifier(out, Oids.MESSAGE_ID, message.messageId());
        out.end();
        if (!message.accepted()) {
            String reasons = message.findings().stream().filter(Finding::blocking)
                    .map(f -> (f.elementNumber() == null ? "" : f.elementNumber() + ": ") + f.message())
                    .collect(Collectors.joining("; "));
            out.start("acknowledgementDetail").attr("typeCode", "E")
                    .textElement("text", reasons.length() > MAX_DETAIL ? reasons.substring(0, MAX_DETAIL) : reasons)
                    .end();
        }
        out.end();
        out.end();
    }

    private static String batchCode(ImportReport report) {
        return report.rejected() == 0 ? "AA" : "AE";
    }

    private static void identifier(XmlOut out, String root, String extension) {
        if (extension == null) {
            out.empty("id", "nullFlavor", "NI");
        } else {
            out.id(root, extension);
        }
    }

    private static void device(XmlOut out, String name, String typeCode, String root, String id) {
        out.typed(name, typeCode).entity("device", "DEV", "INSTANCE");
        identifier(out, root, id);
        out.end().end();
    }
}
