package org.pvcoder.e2b;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pvcoder.cases.CaseFilter;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.CaseSummary;
import org.pvcoder.cases.Page;
import org.pvcoder.cases.CaseView;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** E2B's view of the case store, over {@link CaseService}: imports become new cases or follow-ups by C.1.8.1. */
@ApplicationScoped
public class CaseServiceLookup implements CaseLookup {

    private static final int PAGE = 500;

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
    public List<Long> idsMatching(CaseFilter filter, int limit) {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ids.size() < limit; page++) {
            Page<CaseSummary> found = cases.list(filter, page, PAGE);
            found.items().stream().limit(limit - ids.size()).forEach(c -> ids.add(c.id()));
            if (found.items().size() < PAGE) {
                break;
            }
        }
        return ids;
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
