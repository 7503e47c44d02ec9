package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.1.8.2: First sender of this case. */
public enum FirstSender implements CodedValue {
    REGULATOR("1"),
    OTHER("2");

    private final String code;

    FirstSender(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
