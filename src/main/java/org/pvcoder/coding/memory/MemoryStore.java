package org.pvcoder.coding.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.normalize.NormalizedVerbatim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The learned memory in the database: what engines load at build, what imports add, what exports write. */
@ApplicationScoped
public class MemoryStore {

    /** Approved pairs of a system, of every release (the engine keeps those whose code is still current), oldest first. */
    @Transactional
    public List<CodingMemoryEntry> approved(String system) {
        return CodingMemoryEntry.list("system = ?1 and status = ?2 order by id", system, MemoryStatus.APPROVED);
    }

    /**
     * Stores the valid rows as APPROVED pairs of the engine's release and reports the others by line.
     * The caller teaches the engine the returned pairs after this transaction commits.
     */
    @Transactional
    public ImportResult importRows(CodingEngine engine, List<MemoryRow> rows, String user) {
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        List<MemoryRow> learned = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int alreadyKnown = 0;
        Instant now = Instant.now();
        for (MemoryRow row : rows) {
            String problem = check(engine, row);
            if (problem != null) {
                rejected.add(new ImportReport.RejectedRow(row.line(), problem));
                continue;
            }
            NormalizedVerbatim normalized = engine.normalizer().normalize(row.verbatim());
            String key = normalized.literal();
            if (!seen.add(key + "\u0000" + row.code())
                    || CodingMemoryEntry.count("system = ?1 and version = ?2 and normalized = ?3 and termCode = ?4",
                    engine.system(), engine.version(), key, row.code()) > 0) {
                alreadyKnown++;
                continue;
            }
            CodingMemoryEntry entry = new CodingMemoryEntry();
            entry.system = engine.system();
            entry.version = engine.version();
            entry.verbatim = row.verbatim();
            entry.normalized = key;
            entry.termCode = row.code();
            entry.status = MemoryStatus.APPROVED;
            entry.createdBy = user;
            entry.createdAt = now;
            entry.persist();
            learned.add(row);
        }
        ImportReport report = new ImportReport(engine.system(), engine.version(), rows.size(), learned.size(),
                alreadyKnown, rejected);
        return new ImportResult(report, learned);
    }

    private static String check(CodingEngine engine, MemoryRow row) {
        if (row.verbatim() == null || row.verbatim().isBlank()) {
            return "verbatim is empty";
        }
        if (row.verbatim().length() > 1000) {
            return "verbatim is longer than 1000 characters";
        }
        if (row.code() == null || row.code().isBlank()) {
            return "llt_code is empty";
        }
        if (engine.index().isNonCurrent(row.code())) {
            return "llt_code " + row.code() + " is not current in " + engine.system() + " " + engine.version();
        }
        if (engine.index().ordinalOf(row.code()).isEmpty()) {
            return "llt_code " + row.code() + " is not a term of " + engine.system() + " " + engine.version();
        }
        if (!engine.normalizer().normalize(row.verbatim()).hasContent()) {
            return "verbatim has no words to learn";
        }
        return null;
    }

    /** The rows an import stored and the report to answer. */
    public record ImportResult(ImportReport report, List<MemoryRow> learned) {
    }
}
