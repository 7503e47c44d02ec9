package org.pvcoder.cases.coding;

import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.PrimarySource;
import org.pvcoder.cases.model.Qualification;
import org.pvcoder.coding.Reporter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which reporter a case's terms are coded as worded by, from its primary sources (E2B C.2.r.4, C.2.r.5). */
class CaseReporterTest {

    private static PrimarySource source(Qualification qualification, Boolean forRegulatoryPurposes) {
        return new PrimarySource(null, null, null, null, null, null, null, null, null, null, "US", qualification,
                forRegulatoryPurposes);
    }

    @Test
    void theSourceForRegulatoryPurposesWordsTheCase() {
        assertEquals(Reporter.CONSUMER, CaseTermCoder.reporterOf(List.of(
                source(Qualification.PHYSICIAN, null), source(Qualification.CONSUMER, true))));
        assertEquals(Reporter.HEALTH_PROFESSIONAL, CaseTermCoder.reporterOf(List.of(
                source(Qualification.CONSUMER, false), source(Qualification.PHARMACIST, true))));
    }

    @Test
    void withoutOneTheFirstSourceDoes() {
        assertEquals(Reporter.HEALTH_PROFESSIONAL, CaseTermCoder.reporterOf(List.of(
                source(Qualification.OTHER_HEALTH_PROFESSIONAL, null), source(Qualification.CONSUMER, null))));
    }

    @Test
    void lawyersCountWithConsumersAndNoSourceLeavesItUnspecified() {
        assertEquals(Reporter.CONSUMER, CaseTermCoder.reporterOf(List.of(source(Qualification.LAWYER, null))));
        assertEquals(Reporter.UNSPECIFIED, CaseTermCoder.reporterOf(List.of()));
        assertEquals(Reporter.UNSPECIFIED, CaseTermCoder.reporterOf(null));
    }
}
