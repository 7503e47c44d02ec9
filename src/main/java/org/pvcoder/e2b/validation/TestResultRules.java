package org.pvcoder.e2b.validation;

import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.cases.model.TestResult;
import org.pvcoder.e2b.export.TestValues;

/** Section F: a test needs a name or code and a result; values and normal ranges must be numbers E2B can carry. */
public final class TestResultRules implements CaseRule {

    @Override
    public void check(CaseReport report, Findings findings) {
        for (int i = 0; i < report.tests().size(); i++) {
            TestResult test = report.tests().get(i);
            String path = "/tests/" + i;
            if (test.testName() == null && test.lltCode() == null) {
                findings.block("ICH.F.r.2.REQUIRED", "F.r.2.1", path + "/testName", "a test needs its name or its MedDRA code");
            }
            if (test.resultCode() == null && test.value() == null && test.resultText() == null) {
                findings.block("ICH.F.r.3.REQUIRED", "F.r.3", path, "a test needs a result: a code (F.r.3.1), a value (F.r.3.2) or text (F.r.3.4)");
            }
            number(test.value(), "F.r.3.2", path + "/value", findings, true);
            number(test.normalLow(), "F.r.4", path + "/normalLow", findings, false);
            number(test.normalHigh(), "F.r.5", path + "/normalHigh", findings, false);
            if (test.value() != null && test.unit() == null) {
                findings.warn("ICH.F.r.3.3.UNIT", "F.r.3.3", path + "/unit", "a test value without a unit is sent with unit 1");
            }
        }
    }

    private static void number(String value, String element, String path, Findings findings, boolean qualifierAllowed) {
        if (value == null) {
            return;
        }
        var parsed = TestValues.parse(value);
        if (parsed.isEmpty() || (!qualifierAllowed && parsed.get().qualifier() != TestValues.Qualifier.EXACT)) {
            findings.block("ICH." + element + ".NUMBER", element, path, "'" + value + "' is not a number"
                    + (qualifierAllowed ? " (optionally with <, <=, > or >=); put text results in F.r.3.4" : ""));
        }
    }
}
