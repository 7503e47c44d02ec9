package org.pvcoder.meddra.read;

import org.pvcoder.common.error.ProblemException;

/** MedDRA codes as they arrive in URLs; anything that is not a code cannot name a term. */
final class Codes {

    private Codes() {
    }

    static int parse(String code, String what) {
        if (code == null || !code.matches("\\d{1,9}")) {
            throw ProblemException.notFound(what, code);
        }
        return Integer.parseInt(code);
    }
}
