package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.meddra.api.LltSummary;

import java.util.Optional;

/** For other features that must check a MedDRA code: one LLT of a given version (or the active one when null). */
@ApplicationScoped
public class MeddraLltLookup {

    @Inject
    MeddraReleaseStore releases;
    @Inject
    Sql sql;

    /** The LLT, or empty when the version is not loaded or has no such LLT. */
    public Optional<LltSummary> find(String version, String lltCode) {
        Optional<ReleaseRef> release = version == null ? releases.active() : releases.find(version);
        if (release.isEmpty() || lltCode == null || !lltCode.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return sql.one("select l.code, l.name, l.is_current, p.code pt_code, p.name pt_name from meddra_llt l"
                        + " join meddra_pt p on p.release_id = l.release_id and p.code = l.pt_code"
                        + " where l.release_id = ? and l.code = ?",
                r -> new LltSummary(release.get().version(), r.getString("code"), r.getString("name"),
                        r.getBoolean("is_current"), r.getString("pt_code"), r.getString("pt_name")),
                release.get().id(), Integer.parseInt(lltCode));
    }
}
