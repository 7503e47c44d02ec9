package org.pvcoder.icd10.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.icd10.Icd10Config;
import org.pvcoder.icd10.api.LoadReport;
import org.pvcoder.icd10.api.ReleaseSummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stored releases: which exist, which one of each edition is active, and which one a question is about. */
@ApplicationScoped
public class Icd10ReleaseStore {

    @Inject
    Sql sql;
    @Inject
    Icd10Config config;

    public boolean exists(String edition, String version) {
        return find(edition, version).isPresent();
    }

    public boolean anyLoaded() {
        return sql.one("select count(*) from icd10_release", r -> r.getLong(1)).orElse(0L) > 0;
    }

    public Optional<ReleaseRef> find(String edition, String version) {
        return sql.one("select id, edition, version from icd10_release where edition = ? and version = ?",
                Icd10ReleaseStore::ref, edition, version);
    }

    /** The active release of an edition. */
    public Optional<ReleaseRef> active(String edition) {
        return sql.one("select r.id, r.edition, r.version from icd10_active_release a join icd10_release r on r.id = a.release_id"
                + " where a.edition = ?", Icd10ReleaseStore::ref, edition);
    }

    /** The release coding uses: the coding edition's active one, else the most recently activated of any edition. */
    public Optional<ReleaseRef> activeForCoding() {
        return active(config.codingEdition()).or(() -> sql.one("select r.id, r.edition, r.version from icd10_active_release a"
                + " join icd10_release r on r.id = a.release_id order by a.activated_at desc, r.id desc",
                Icd10ReleaseStore::ref));
    }

    /**
     * A release by version alone, or "edition/version": in the coding edition first, then any edition
     * (the most recently loaded when several editions have that version).
     */
    public Optional<ReleaseRef> findByVersion(String version) {
        int slash = version.indexOf('/');
        if (slash > 0) {
            return find(version.substring(0, slash), version.substring(slash + 1));
        }
        return find(config.codingEdition(), version).or(() -> sql.one(
                "select id, edition, version from icd10_release where version = ? order by id desc", Icd10ReleaseStore::ref, version));
    }

    /**
     * The release a browse request names with {@code ?edition=&version=}: both given, that one; the edition alone, its
     * active release; the version alone, as {@link #findByVersion}; neither, the release coding uses. 404 when none.
     */
    public ReleaseRef resolve(String edition, String version) {
        boolean hasEdition = edition != null && !edition.isBlank();
        boolean hasVersion = version != null && !version.isBlank();
        if (hasEdition && hasVersion) {
            return find(edition, version).orElseThrow(() -> ProblemException.notFound("ICD-10 release", edition + " " + version));
        }
        if (hasEdition) {
            return active(edition).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No " + edition + " release is active"));
        }
        if (hasVersion) {
            return findByVersion(version).orElseThrow(() -> ProblemException.notFound("ICD-10 release", version));
        }
        return activeForCoding().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "No ICD-10 release is active; load one and activate it"));
    }

    public List<ReleaseSummary> list() {
        List<Long> active = sql.list("select release_id from icd10_active_release", r -> r.getLong(1));
        return sql.list("select * from icd10_release order by edition, loaded_at, id", row -> summary(row, active));
    }

    /** Makes the release the active one of its edition, in the caller's transaction. */
    public void markActive(ReleaseRef release) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = sql.update("update icd10_active_release set release_id = ?, activated_at = ? where edition = ?",
                release.id(), now, release.edition());
        if (updated == 0) {
            sql.update("insert into icd10_active_release (edition, release_id, activated_at) values (?, ?, ?)",
                    release.edition(), release.id(), now);
        }
    }

    private static ReleaseRef ref(ResultSet row) throws SQLException {
        return new ReleaseRef(row.getLong("id"), row.getString("edition"), row.getString("version"));
    }

    private static ReleaseSummary summary(ResultSet row, List<Long> active) throws SQLException {
        String files = row.getString("files");
        return new ReleaseSummary(row.getString("edition"), row.getString("version"), active.contains(row.getLong("id")),
                row.getTimestamp("loaded_at").toInstant(), row.getLong("load_millis"), row.getString("source"),
                files.isEmpty() ? List.of() : Arrays.asList(files.split(",")),
                new LoadReport.Counts(row.getInt("chapter_count"), row.getInt("block_count"), row.getInt("code_count"),
                        row.getInt("billable_count"), row.getInt("note_count"), row.getInt("synonym_count")));
    }
}
