package org.pvcoder.cases;

/** One row of the case list. */
public record CaseSummary(long id, int version, String safetyReportId, String worldwideUniqueId, String reportType,
                          boolean serious, String firstReceived, String mostRecentReceived) {

    static CaseSummary of(SafetyCase c) {
        return new CaseSummary(c.id, c.versionNumber, c.safetyReportId, c.worldwideUniqueId, c.reportType, c.serious,
                c.firstReceived, c.mostRecentReceived);
    }
}
