package org.pvcoder.e2b;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.CaseView;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.util.Optional;

/** E2B's view of the case store, over {@link CaseService}: imports become new cases or follow-ups by C.1.8.1. */
@ApplicationScoped
public class CaseServiceLookup implements CaseLookup {

    private final CaseService cases;

    public CaseServiceLookup(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseReport> find(long id) {
        try {
            return Optional.of(cases.get(id).content());
        } catch (ProblemException e) {
            if (e.problem().status() == ProblemType.NOT_FOUND.status()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    @Transactional
    public ImportOutcome createOrFollowUp(CaseReport report) {
        String wwuid = report.report().worldwideUniqueId() != null ? report.report().worldwideUniqueId() : report.report().safetyReportId();
        Optional<CaseView> existing = cases.findByWorldwideUniqueIdView(wwuid);
        if (existing.isPresent()) {
            CaseView updated = cases.update(existing.get().id(), existing.get().version(), report);
            return new ImportOutcome(updated.id(), ImportOutcome.Kind.UPDATED);
        }
        return new ImportOutcome(cases.create(report).id(), ImportOutcome.Kind.CREATED);
    }
}
