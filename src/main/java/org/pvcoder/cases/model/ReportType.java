package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.1.3: Type of report. */
public enum ReportType implements CodedValue {
    SPONTANEOUS("1"),
    STUDY("2"),
    OTHER("3"),
    NOT_AVAILABLE_TO_SENDER("4");

    private final String code;

    ReportType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
