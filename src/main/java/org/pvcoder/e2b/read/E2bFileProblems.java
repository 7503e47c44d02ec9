package org.pvcoder.e2b.read;

import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.util.List;

/** A file that cannot be read at all becomes a problem naming the line: 400 when unreadable, 422 when not E2B. */
public final class E2bFileProblems {

    private E2bFileProblems() {
    }

    public static ProblemException of(E2bFileException e) {
        ProblemType type = e.kind() == E2bFileException.Kind.NOT_E2B ? ProblemType.UNPROCESSABLE : ProblemType.MALFORMED_REQUEST;
        String where = e.line() > 0 ? "line " + e.line() + ", column " + e.column() : "file";
        String detail = (e.kind() == E2bFileException.Kind.NOT_E2B ? "Not an E2B(R3) ICSR file: " : "Unreadable E2B file: ") + e.getMessage();
        return new ProblemException(type, detail, List.of(new Problem.FieldError(where, e.getMessage(), null)));
    }
}
