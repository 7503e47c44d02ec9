package org.pvcoder.e2b;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.cases.model.CaseReport;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The case store for E2B tests: cases in a map, follow-ups matched on the worldwide unique id (C.1.8.1). */
@ApplicationScoped
public class InMemoryCaseLookup implements CaseLookup {

    private final Map<Long, CaseReport> cases = new ConcurrentHashMap<>();
    private final Map<Long, Integer> versions = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public long save(CaseReport report) {
        long id = ids.incrementAndGet();
        cases.put(id, report);
        versions.put(id, 1);
        return id;
    }

    public int version(long id) {
        return versions.getOrDefault(id, 0);
    }

    @Override
    public Optional<CaseReport> find(long id) {
        return Optional.ofNullable(cases.get(id));
    }

    @Override
    public ImportOutcome createOrFollowUp(CaseReport report) {
        String worldwide = report.report().worldwideUniqueId();
        for (Map.Entry<Long, CaseReport> entry : cases.entrySet()) {
            if (worldwide != null && Objects.equals(worldwide, entry.getValue().report().worldwideUniqueId())) {
                cases.put(entry.getKey(), report);
                versions.merge(entry.getKey(), 1, Integer::sum);
                return new ImportOutcome(entry.getKey(), ImportOutcome.Kind.UPDATED);
            }
        }
        return new ImportOutcome(save(report), ImportOutcome.Kind.CREATED);
    }
}
