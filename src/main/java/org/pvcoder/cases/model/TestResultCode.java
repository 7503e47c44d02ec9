package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) F.r.3.1: Test result (code). */
public enum TestResultCode implements CodedValue {
    POSITIVE("1"),
    NEGATIVE("2"),
    BORDERLINE("3"),
    INCONCLUSIVE("4");

    private final String code;

    TestResultCode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
