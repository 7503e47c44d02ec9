package org.pvcoder.common.code;

/** An enumerated value that E2B(R3) transmits as a code from an ICH code list. */
public interface CodedValue {

    /** The code as E2B(R3) writes it, e.g. "1" for a spontaneous report. */
    String code();
}
