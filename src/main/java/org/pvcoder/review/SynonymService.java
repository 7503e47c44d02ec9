package org.pvcoder.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import org.pvcoder.cases.Page;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.coding.memory.CodingMemoryEntry;
import org.pvcoder.coding.memory.MemoryStatus;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.time.Instant;
import java.util.List;

/**
 * Governs the synonym memory the review queue teaches: who added an entry and when, its status, approval and
 * retirement. With two-step approval on, a coder's entry stays PROPOSED until a reviewer approves it; only
 * APPROVED entries reach the autocoder, and only once their transaction has committed.
 */
@ApplicationScoped
public class SynonymService {

    /** Entries that became APPROVED or RETIRED; the engine follows after commit. */
    record MemoryChanged(String system, String version, String verbatim, String code, MemoryStatus status) {
    }

    /** A memory entry as the API answers it. */
    public record SynonymView(long id, String terminology, String version, String verbatim, String normalized, String code,
                              String status, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
        static SynonymView of(CodingMemoryEntry e) {
            return new SynonymView(e.id, e.system, e.version, e.verbatim, e.normalized, e.termCode, e.status.name(),
                    e.createdBy, e.createdAt, e.updatedBy, e.updatedAt);
        }
    }

    private final EngineRegistry engines;
    private final ReviewConfig config;
    private final Event<MemoryChanged> changed;

    public SynonymService(EngineRegistry engines, ReviewConfig config, Event<MemoryChanged> changed) {
        this.engines = engines;
        this.config = config;
        this.changed = changed;
    }

    /** Records what a person decided; a reviewer's (or anyone's, without two-step approval) entry is approved at once. */
    @Transactional
    public void learn(String system, String version, String verbatim, String code, String user, boolean reviewer) {
        String normalized = engines.engine(system, version).normalizer().normalize(verbatim).literal();
        List<CodingMemoryEntry> existing = CodingMemoryEntry.list(
                "system = ?1 and version = ?2 and normalized = ?3 and termCode = ?4", system, version, normalized, code);
        MemoryStatus status = config.synonymApproval() && !reviewer ? MemoryStatus.PROPOSED : MemoryStatus.APPROVED;
        CodingMemoryEntry entry;
        if (existing.isEmpty()) {
            entry = new CodingMemoryEntry();
            entry.system = system;
            entry.version = version;
            entry.verbatim = verbatim;
            entry.normalized = normalized;
            entry.termCode = code;
            entry.createdBy = user;
            entry.createdAt = Instant.now();
            entry.status = status;
            entry.persist();
        } else {
            entry = existing.get(0);
            if (entry.status == MemoryStatus.APPROVED || status == MemoryStatus.PROPOSED && entry.status == MemoryStatus.PROPOSED) {
                return;
            }
            entry.status = status;
            entry.updatedBy = user;
            entry.updatedAt = Instant.now();
        }
        if (status == MemoryStatus.APPROVED) {
            changed.fire(new MemoryChanged(system, version, verbatim, code, status));
        }
    }

    @Transactional
    public Page<SynonymView> list(MemoryStatus status, String system, int page, int size) {
        var query = status == null
                ? CodingMemoryEntry.<CodingMemoryEntry>find("system = ?1 order by id desc", system)
                : CodingMemoryEntry.<CodingMemoryEntry>find("system = ?1 and status = ?2 order by id desc", system, status);
        return new Page<>(query.page(page, size).list().stream().map(SynonymView::of).toList(), page, size, query.count());
    }

    @Transactional
    public SynonymView approve(long id, String user) {
        return move(id, user, MemoryStatus.PROPOSED, MemoryStatus.APPROVED);
    }

    @Transactional
    public SynonymView retire(long id, String user) {
        CodingMemoryEntry entry = require(id);
        return move(id, user, entry.status == MemoryStatus.RETIRED ? null : entry.status, MemoryStatus.RETIRED);
    }

    private SynonymView move(long id, String user, MemoryStatus from, MemoryStatus to) {
        CodingMemoryEntry entry = require(id);
        if (entry.status != from) {
            throw new ProblemException(ProblemType.CONFLICT, "Synonym " + id + " is " + entry.status + "; cannot make it " + to);
        }
        entry.status = to;
        entry.updatedBy = user;
        entry.updatedAt = Instant.now();
        changed.fire(new MemoryChanged(entry.system, entry.version, entry.verbatim, entry.termCode, to));
        return SynonymView.of(entry);
    }

    /** After commit: an approval teaches the running engine; a retirement rebuilds it without the entry. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemoryChanged change) {
        var engine = engines.activeEngine(change.system());
        if (change.status() == MemoryStatus.RETIRED) {
            engines.rebuild(change.system());
        } else if (engine.version().equals(change.version())) {
            engine.memory().add(change.verbatim(), change.code());
        }
    }

    private static CodingMemoryEntry require(long id) {
        return CodingMemoryEntry.<CodingMemoryEntry>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Synonym", id));
    }
}
