package org.pvcoder.common.error;

import java.util.List;

/** Thrown by services to end a request with a given problem; mapped to problem+json as is. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        this(Problem.of(type, detail, errors));
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }
}
