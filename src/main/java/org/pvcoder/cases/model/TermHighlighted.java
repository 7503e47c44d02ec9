package org.pvcoder.cases.model;

import org.pvcoder.common.code.CodedValue;

/** E2B(R3) E.i.3.1: Term highlighted by the reporter. */
public enum TermHighlighted implements CodedValue {
    HIGHLIGHTED_NOT_SERIOUS("1"),
    NOT_HIGHLIGHTED_NOT_SERIOUS("2"),
    HIGHLIGHTED_SERIOUS("3"),
    NOT_HIGHLIGHTED_SERIOUS("4");

    private final String code;

    TermHighlighted(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
