package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.cases.model.ReportInfo;
import org.pvcoder.cases.model.ReportType;
import org.pvcoder.common.validation.PartialDates;

import java.util.List;

/** Section C: mandatory and conditional elements of report, primary sources, sender and study. */
public final class ReportRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        ReportInfo info = report.report();
        if (info == null) {
            findings.block("ICH.C.1.REQUIRED", "C.1", "/report", "the report identification (C.1) is missing");
            return;
        }
        if (blank(info.safetyReportId())) {
            findings.block("ICH.C.1.1.REQUIRED", "C.1.1", "/report/safetyReportId", "the sender's safety report id is required");
        }
        if (info.reportType() == null) {
            findings.block("ICH.C.1.3.REQUIRED", "C.1.3", "/report/reportType", "the type of report is required");
        }
        required(info.firstReceivedDate(), "C.1.4", "/report/firstReceivedDate", findings);
        required(info.mostRecentReceivedDate(), "C.1.5", "/report/mostRecentReceivedDate", findings);
        checkReceiptOrder(info, findings);
        if (info.firstSender() == null) {
            findings.block("ICH.C.1.8.2.REQUIRED", "C.1.8.2", "/report/firstSender", "the first sender of the case (regulator or other) is required");
        }
        if (info.worldwideUniqueId() == null) {
            findings.warn("ICH.C.1.8.1.DEFAULTED", "C.1.8.1", "/report/worldwideUniqueId",
                    "no worldwide unique case id; the safety report id (C.1.1) is sent in its place");
        }
        if (info.nullification() != null && blank(info.nullificationReason())) {
            findings.block("ICH.C.1.11.2.REQUIRED", "C.1.11.2", "/report/nullificationReason",
                    "a nullification or amendment (C.1.11.1) needs its reason");
        }
        if (info.reportType() == ReportType.STUDY && (report.study() == null || report.study().type() == null)) {
            findings.block("ICH.C.5.4.REQUIRED", "C.5.4", "/study/type", "a report from a study (C.1.3 = 2) needs the study type");
        }
        checkPrimarySources(report.primarySources(), findings);
        if (report.sender() == null) {
            findings.block("ICH.C.3.REQUIRED", "C.3.1", "/sender", "the sender (C.3) is required");
        }
    }

    private static void checkReceiptOrder(ReportInfo info, Findings findings) {
        if (info.firstReceivedDate() == null || info.mostRecentReceivedDate() == null) {
            return;
        }
        var first = PartialDates.parse(info.firstReceivedDate());
        var recent = PartialDates.parse(info.mostRecentReceivedDate());
        if (first.isPresent() && recent.isPresent() && recent.get().earliest().isBefore(first.get().earliest())) {
            findings.block("ICH.C.1.5.ORDER", "C.1.5", "/report/mostRecentReceivedDate",
                    "the most recent information (C.1.5) cannot predate the first receipt (C.1.4)");
        }
    }

    private static void checkPrimarySources(List<PrimarySource> sources, Findings findings) {
        if (sources == null || sources.isEmpty()) {
            findings.block("ICH.C.2.r.REQUIRED", "C.2.r", "/primarySources", "at least one primary source is required");
            return;
        }
        long regulatory = sources.stream().filter(s -> s != null && Boolean.TRUE.equals(s.primaryForRegulatoryPurposes())).count();
        if (regulatory > 1) {
            findings.block("ICH.C.2.r.5.ONE", "C.2.r.5", "/primarySources",
                    "only one primary source may be the primary source for regulatory purposes");
        } else if (regulatory == 0) {
            findings.warn("ICH.C.2.r.5.NONE", "C.2.r.5", "/primarySources",
                    "no primary source is marked as the one for regulatory purposes");
        }
        for (int i = 0; i < sources.size(); i++) {
            PrimarySource source = sources.get(i);
            if (source == null) {
                continue;
            }
            if (source.qualification() == null) {
                findings.block("ICH.C.2.r.4.REQUIRED", "C.2.r.4", "/primarySources/" + i + "/qualification", "the qualification is required");
            }
            if (Boolean.TRUE.equals(source.primaryForRegulatoryPurposes()) && source.country() == null) {
                findings.block("ICH.C.2.r.3.REQUIRED", "C.2.r.3", "/primarySources/" + i + "/country",
                        "the primary source for regulatory purposes needs a country");
            }
        }
    }

    private static void required(String date, String element, String path, Findings findings) {
        if (date == null) {
            findings.block("ICH." + element + ".REQUIRED", element, path, element + " is required");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

}
