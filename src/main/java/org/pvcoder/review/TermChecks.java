package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.terminology.CodableTerm;

import java.util.List;

/** Finds the term a decision names, refusing codes that are unknown or not current in the task's release. */
@ApplicationScoped
public class TermChecks {

    private final EngineRegistry engines;

    public TermChecks(EngineRegistry engines) {
        this.engines = engines;
    }

    public CodableTerm currentTerm(String system, String version, String code, String pointer) {
        var index = engines.engine(system, version).index();
        return index.ordinalOf(code).stream().mapToObj(index::term).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.VALIDATION_FAILED,
                        code + " is not a current term of " + system + " " + version,
                        List.of(new Problem.FieldError(pointer, "is not a current term of " + system + " " + version, null))));
    }
}
