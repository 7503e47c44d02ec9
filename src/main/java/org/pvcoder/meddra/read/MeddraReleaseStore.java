package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.api.ReleaseSummary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stored releases: which exist, which one is active, and which one a question is about. */
@ApplicationScoped
public class MeddraReleaseStore {

    static final String SYSTEM = "meddra";

    @Inject
    Sql sql;

    public boolean exists(String version, String language) {
        return sql.one("select id from meddra_release where version = ? and language = ?", r -> r.getLong(1),
                version, language).isPresent();
    }

    public boolean anyLoaded() {
        return sql.one("select count(*) from meddra_release", r -> r.getLong(1)).orElse(0L) > 0;
    }

    public Optional<ReleaseRef> active() {
        return sql.one("select r.id, r.version, r.language from meddra_active_release a"
                + " join meddra_release r on r.id = a.release_id where a.system_name = ?", MeddraReleaseStore::ref, SYSTEM);
    }

    /**
     * The release of a version. When several languages of it are loaded: the active one if it is among them,
     * else English, else the first loaded.
     */
    public Optional<ReleaseRef> find(String version) {
        List<ReleaseRef> candidates = sql.list("select id, version, language from meddra_release where version = ? order by id",
                MeddraReleaseStore::ref, version);
        Optional<ReleaseRef> active = active();
        return candidates.stream().filter(r -> active.isPresent() && active.get().id() == r.id()).findFirst()
                .or(() -> candidates.stream().filter(r -> r.language().equalsIgnoreCase("English")).findFirst())
                .or(() -> candidates.stream().findFirst());
    }

    /** The release a browse request names with {@code ?version=}, or the active one; 404 when there is none. */
    public ReleaseRef resolve(String version) {
        if (version == null || version.isBlank()) {
            return active().orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                    "No MedDRA release is active; load one and activate it"));
        }
        return find(version).orElseThrow(() -> ProblemException.notFound("MedDRA release", version));
    }

    public List<ReleaseSummary> list() {
        Optional<ReleaseRef> active = active();
        return sql.list("select * from meddra_release order by loaded_at, id", row -> summary(row, active));
    }

    /** Makes the release the active one, in the caller's transaction. */
    public void markActive(ReleaseRef release) {
        int updated = sql.update("update meddra_active_release set release_id = ?, activated_at = ? where system_name = ?",
                release.id(), Timestamp.from(Instant.now()), SYSTEM);
        if (updated == 0) {
            sql.update("insert into meddra_active_release (system_name, release_id, activated_at) values (?, ?, ?)",
                    SYSTEM, release.id(), Timestamp.from(Instant.now()));
        }
    }

    /** Deletes a release that is not active; its terms go with it (on delete cascade). */
    public void delete(ReleaseRef release) {
        if (active().filter(a -> a.id() == release.id()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "MedDRA " + release.version() + " is the active release; activate another one before deleting it");
        }
        sql.update("delete from meddra_release where id = ?", release.id());
    }

    private static ReleaseRef ref(ResultSet row) throws SQLException {
        return new ReleaseRef(row.getLong("id"), row.getString("version"), row.getString("language"));
    }

    private static ReleaseSummary summary(ResultSet row, Optional<ReleaseRef> active) throws SQLException {
        long id = row.getLong("id");
        String absent = row.getString("absent_files");
        return new ReleaseSummary(row.getString("version"), row.getString("language"),
                active.isPresent() && active.get().id() == id,
                row.getTimestamp("loaded_at").toInstant(), row.getLong("load_millis"), row.getString("source"),
                new LoadReport.Counts(row.getInt("soc_count"), row.getInt("hlgt_count"), row.getInt("hlt_count"),
                        row.getInt("pt_count"), row.getInt("llt_count"), row.getInt("path_count"),
                        row.getInt("smq_count"), row.getInt("smq_term_count")),
                absent.isEmpty() ? List.of() : Arrays.asList(absent.split(",")));
    }
}
