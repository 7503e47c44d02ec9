package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.2.r.4: Primary source qualification. */
public enum Qualification implements CodedValue {
    PHYSICIAN("1"),
    PHARMACIST("2"),
    OTHER_HEALTH_PROFESSIONAL("3"),
    LAWYER("4"),
    CONSUMER("5");

    private final String code;

    Qualification(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
