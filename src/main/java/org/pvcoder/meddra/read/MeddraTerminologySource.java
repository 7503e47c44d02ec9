package org.pvcoder.meddra.read;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.StoredTerminology;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologySource;

import java.util.List;
import java.util.Optional;

/** Hands the coding engine the LLTs of a MedDRA release: every LLT with its currency and PT. */
@ApplicationScoped
public class MeddraTerminologySource implements TerminologySource {

    public static final String SYSTEM = "meddra";

    @Inject
    MeddraReleaseStore releases;
    @Inject
    Sql sql;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public Optional<Terminology> active() {
        return releases.active().map(this::terminology);
    }

    @Override
    public Optional<Terminology> version(String version) {
        return releases.find(version).map(this::terminology);
    }

    private Terminology terminology(ReleaseRef release) {
        return new StoredTerminology(SYSTEM, release.version(), () -> sql.list(
                "select l.code, l.name, l.is_current, p.code pt_code, p.name pt_name from meddra_llt l"
                        + " join meddra_pt p on p.release_id = l.release_id and p.code = l.pt_code"
                        + " where l.release_id = ? order by l.code",
                r -> new CodableTerm(r.getString("code"), r.getString("name"), r.getBoolean("is_current"),
                        r.getString("pt_code"), r.getString("pt_name")),
                release.id()), List::of);
    }
}
