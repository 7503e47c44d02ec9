package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) C.3.1: Sender type. */
public enum SenderType implements CodedValue {
    PHARMACEUTICAL_COMPANY("1"),
    REGULATORY_AUTHORITY("2"),
    HEALTH_PROFESSIONAL("3"),
    REGIONAL_PV_CENTRE("4"),
    WHO_COLLABORATING_CENTRE("5"),
    OTHER("6"),
    PATIENT_CONSUMER("7");

    private final String code;

    SenderType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
