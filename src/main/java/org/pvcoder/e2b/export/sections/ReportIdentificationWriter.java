package org.pvcoder.e2b.export.sections;

import org.pvcoder.cases.model.ReportInfo;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.export.XmlOut;

/** C.1: identification of the case safety report, spread over the investigationEvent as HL7 wants it. */
public final class ReportIdentificationWriter {

    private ReportIdentificationWriter() {
    }

    /** C.1.1 and C.1.8.1 ids; C.1.8.1 falls back to C.1.1 (the case's first sender numbering it). */
    public static void writeIds(XmlOut out, ReportInfo report) {
        out.id(Oids.SAFETY_REPORT_ID, report.safetyReportId());
        out.id(Oids.WORLDWIDE_ID, report.worldwideUniqueId() != null ? report.worldwideUniqueId() : report.safetyReportId());
    }

    /** C.1.4 (effectiveTime/low) and C.1.5 (availabilityTime). */
    public static void writeReceiptDates(XmlOut out, ReportInfo report) {
        out.start("effectiveTime").date("low", report.firstReceivedDate()).end();
        out.date("availabilityTime", report.mostRecentReceivedDate());
    }

    /** C.1.6.1 and C.1.7 as investigation components. */
    public static void writeFlags(XmlOut out, ReportInfo report) {
        observationEvent(out, 1, Boolean.TRUE.equals(report.additionalDocuments()), null);
        observationEvent(out, 23, report.fulfilsExpeditedCriteria(), "NI");
    }

    /** C.1.8.2 first sender, then C.1.10.r linked reports. */
    public static void writeRelatedInvestigations(XmlOut out, ReportInfo report) {
        if (report.firstSender() != null) {
            out.typed("outboundRelationship", "SPRT").act("relatedInvestigation", "INVSTG", "EVN");
            out.code("code", "1", Oids.RELATED_INVESTIGATION);
            out.typed("subjectOf2", "SUBJ").act("controlActEvent", "CACT", "EVN").typed("author", "AUT")
                    .start("assignedEntity").attr("classCode", "ASSIGNED")
                    .code("code", report.firstSender().code(), Oids.FIRST_SENDER)
                    .end().end().end().end();
            out.end().end();
        }
        for (String linked : report.linkedReports()) {
            out.typed("outboundRelationship", "SPRT").act("relatedInvestigation", "INVSTG", "EVN");
            out.empty("code", "nullFlavor", "NA");
            out.typed("subjectOf2", "SUBJ").act("controlActEvent", "CACT", "EVN").id(Oids.WORLDWIDE_ID, linked).end().end();
            out.end().end();
        }
    }

    /** C.1.9.1.r other case identifiers (subjectOf1 controlActEvent ids). */
    public static void writeOtherCaseIds(XmlOut out, ReportInfo report) {
        for (ReportInfo.OtherCaseId other : report.otherCaseIds()) {
            out.typed("subjectOf1", "SUBJ").act("controlActEvent", "CACT", "EVN");
            out.empty("id", "extension", other.caseId(), "root", Oids.OTHER_CASE_ID, "assigningAuthorityName", other.source());
            out.end().end();
        }
    }

    /** C.1.3, C.1.9.1 and C.1.11 as investigation characteristics. */
    public static void writeCharacteristics(XmlOut out, ReportInfo report) {
        characteristic(out, 1);
        out.codedValue(report.reportType(), Oids.REPORT_TYPE);
        out.end().end();
        characteristic(out, 2);
        out.booleanValue(report.otherCaseIds().isEmpty() ? null : Boolean.TRUE, "NI");
        out.end().end();
        if (report.nullification() != null) {
            characteristic(out, 3);
            out.codedValue(report.nullification(), Oids.NULLIFICATION);
            out.end().end();
        }
        if (report.nullificationReason() != null) {
            characteristic(out, 4);
            out.start("value").xsiType("CE").textElement("originalText", report.nullificationReason()).end();
            out.end().end();
        }
    }

    private static void characteristic(XmlOut out, int code) {
        out.typed("subjectOf2", "SUBJ").act("investigationCharacteristic", "OBS", "EVN");
        out.code("code", String.valueOf(code), Oids.CHARACTERISTIC);
    }

    private static void observationEvent(XmlOut out, int code, Boolean value, String nullFlavor) {
        out.typed("component", "COMP").act("observationEvent", "OBS", "EVN");
        out.observationCode(code).booleanValue(value, nullFlavor);
        out.end().end();
    }
}
