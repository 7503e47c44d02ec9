package org.pvcoder.e2b;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.util.Optional;

/** Stands in until the case service provides a {@link CaseLookup}: no case is found and none can be stored. */
@DefaultBean
@ApplicationScoped
public class UnconfiguredCaseLookup implements CaseLookup {

    @Override
    public Optional<CaseReport> find(long id) {
        return Optional.empty();
    }

    @Override
    public ImportOutcome createOrFollowUp(CaseReport report) {
        throw new ProblemException(ProblemType.UNPROCESSABLE, "No case store is configured to take imported reports");
    }
}
