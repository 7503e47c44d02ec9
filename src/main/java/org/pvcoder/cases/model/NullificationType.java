package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.1.11.1: Report nullification / amendment. */
public enum NullificationType implements CodedValue {
    NULLIFICATION("1"),
    AMENDMENT("2");

    private final String code;

    NullificationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
