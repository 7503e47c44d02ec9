package org.pvcoder.e2b.read.sections;

import org.pvcoder.cases.model.FirstSender;
import org.pvcoder.cases.model.NullificationType;
import org.pvcoder.cases.model.ReportInfo;
import org.pvcoder.cases.model.ReportType;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.read.ReadContext;
import org.pvcoder.e2b.read.XmlNode;

import java.util.ArrayList;
import java.util.List;

/** C.1: identification of the case safety report. */
public final class ReportIdentificationReader {

    private ReportIdentificationReader() {
    }

    public static ReportInfo read(XmlNode investigation, XmlNode controlAct, ReadContext ctx) {
        String safetyReportId = null;
        String worldwideId = null;
        for (XmlNode id : investigation.children("id")) {
            if (Oids.SAFETY_REPORT_ID.equals(id.attr("root"))) {
                safetyReportId = id.attr("extension");
            } else if (Oids.WORLDWIDE_ID.equals(id.attr("root"))) {
                worldwideId = id.attr("extension");
            }
        }
        String creation = ctx.date(controlAct.child("effectiveTime"), "value", "C.1.2");
        String firstReceived = ctx.date(investigation.at("effectiveTime", "low"), "value", "C.1.4");
        String mostRecent = ctx.date(investigation.child("availabilityTime"), "value", "C.1.5");
        List<XmlNode> components = investigation.children("component");
        Boolean documents = ctx.bool(ReadContext.related(components, "observationEvent", 1).child("value"), "C.1.6.1");
        Boolean expedited = ctx.bool(ReadContext.related(components, "observationEvent", 23).child("value"), "C.1.7");
        XmlNode reportType = characteristic(investigation, "1").child("value");
        XmlNode nullification = characteristic(investigation, "3").child("value");
        String nullificationReason = characteristic(investigation, "4").at("value", "originalText").text();
        return new ReportInfo(safetyReportId, creation,
                ctx.code(ReportType.class, reportType.attr("code"), reportType, "C.1.3"),
                firstReceived, mostRecent, documents, expedited, worldwideId, firstSender(investigation, ctx),
                otherCaseIds(investigation), linkedReports(investigation),
                ctx.code(NullificationType.class, nullification.attr("code"), nullification, "C.1.11.1"),
                nullificationReason);
    }

    private static XmlNode characteristic(XmlNode investigation, String code) {
        for (XmlNode subject : investigation.children("subjectOf2")) {
            XmlNode characteristic = subject.child("investigationCharacteristic");
            if (characteristic.hasCode(code, Oids.CHARACTERISTIC)) {
                return characteristic;
            }
        }
        return XmlNode.MISSING;
    }

    private static FirstSender firstSender(XmlNode investigation, ReadContext ctx) {
        for (XmlNode relationship : investigation.children("outboundRelationship")) {
            XmlNode related = relationship.child("relatedInvestigation");
            if (related.hasCode("1", Oids.RELATED_INVESTIGATION)) {
                XmlNode code = related.at("subjectOf2", "controlActEvent", "author", "assignedEntity", "code");
                return ctx.code(FirstSender.class, code.attr("code"), code, "C.1.8.2");
            }
        }
        return null;
    }

    private static List<ReportInfo.OtherCaseId> otherCaseIds(XmlNode investigation) {
        List<ReportInfo.OtherCaseId> ids = new ArrayList<>();
        for (XmlNode subject : investigation.children("subjectOf1")) {
            for (XmlNode id : subject.child("controlActEvent").children("id")) {
                if (Oids.OTHER_CASE_ID.equals(id.attr("root"))) {
                    ids.add(new ReportInfo.OtherCaseId(id.attr("assigningAuthorityName"), id.attr("extension")));
                }
            }
        }
        return ids;
    }

    private static List<String> linkedReports(XmlNode investigation) {
        List<String> linked = new ArrayList<>();
        for (XmlNode relationship : investigation.children("outboundRelationship")) {
            XmlNode related = relationship.child("relatedInvestigation");
            if ("NA".equals(related.child("code").attr("nullFlavor"))) {
                XmlNode id = related.at("subjectOf2", "controlActEvent", "id");
                if (id.attr("extension") != null) {
                    linked.add(id.attr("extension"));
                }
            }
        }
        return linked;
    }
}
