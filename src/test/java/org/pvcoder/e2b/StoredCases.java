package org.pvcoder.e2b;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.CaseService;
import org.pvcoder.cases.model.CaseReport;

import java.util.Optional;

/** Test access to the real case store: save a built case (or follow it up), read it back. */
@ApplicationScoped
public class StoredCases {

    private final CaseService cases;
    private final CaseLookup lookup;

    public StoredCases(CaseService cases, CaseLookup lookup) {
        this.cases = cases;
        this.lookup = lookup;
    }

    public long save(CaseReport report) {
        return lookup.createOrFollowUp(report).caseId();
    }

    public int version(long id) {
        return cases.get(id).version();
    }

    public Optional<CaseReport> find(long id) {
        return lookup.find(id);
    }
}
