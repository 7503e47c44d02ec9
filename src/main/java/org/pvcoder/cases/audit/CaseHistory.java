package org.pvcoder.cases.audit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.pvcoder.cases.CaseDocuments;
import org.pvcoder.cases.CaseView;
import org.pvcoder.cases.SafetyCase;
import org.pvcoder.common.error.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a case's past from the Envers revisions: its versions and what each change did. */
@ApplicationScoped
public class CaseHistory {

    private final EntityManager em;
    private final CaseDocuments documents;

    public CaseHistory(EntityManager em, CaseDocuments documents) {
        this.em = em;
        this.documents = documents;
    }

    /** One revision of a case: who, when, why, which version, what kind of change. */
    public record VersionInfo(int version, long revision, Instant timestamp, String user, String reason, String change) {
    }

    /** One audit entry: the revision and the fields it changed, old → new. */
    public record AuditEntry(long revision, Instant timestamp, String user, String reason, String change, Integer version,
                             List<JsonDiff.Change> changes) {
    }

    private record Revision(SafetyCase state, AuditRevision info, RevisionType type) {
    }

    @Transactional
    public List<VersionInfo> versions(long caseId) {
        return revisions(caseId).stream()
                .filter(r -> r.type() != RevisionType.DEL)
                .map(r -> new VersionInfo(r.state().versionNumber, r.info().rev, Instant.ofEpochMilli(r.info().timestamp),
                        r.info().username, r.info().reason, changeName(r.type())))
                .toList();
    }

    @Transactional
    public CaseView version(long caseId, int version) {
        return revisions(caseId).stream()
                .filter(r -> r.type() != RevisionType.DEL && r.state().versionNumber == version)
                .reduce((first, second) -> second)
                .map(r -> new CaseView(caseId, version, r.state().createdAt, r.state().updatedAt, documents.fromJson(r.state().content)))
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of case", caseId));
    }

    @Transactional
    public List<AuditEntry> audit(long caseId) {
        List<Revision> revisions = revisions(caseId);
        List<AuditEntry> entries = new ArrayList<>();
        JsonNode before = null;
        SafetyCase previous = null;
        for (Revision r : revisions) {
            JsonNode after = r.type() == RevisionType.DEL ? null : documents.tree(r.state().content);
            List<JsonDiff.Change> changes = JsonDiff.between(before, after);
            Integer version = r.type() == RevisionType.DEL ? (previous == null ? null : previous.versionNumber) : r.state().versionNumber;
            entries.add(new AuditEntry(r.info().rev, Instant.ofEpochMilli(r.info().timestamp), r.info().username, r.info().reason,
                    changeName(r.type()), version, changes));
            before = after;
            previous = r.state();
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Revision> revisions(long caseId) {
        AuditReader reader = AuditReaderFactory.get(em);
        List<Object[]> rows = reader.createQuery()
                .forRevisionsOfEntity(SafetyCase.class, false, true)
                .add(AuditEntity.id().eq(caseId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Case", caseId);
        }
        return rows.stream().map(row -> new Revision((SafetyCase) row[0], (AuditRevision) row[1], (RevisionType) row[2])).toList();
    }

    private static String changeName(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "UPDATED";
            case DEL -> "DELETED";
        };
    }
}
