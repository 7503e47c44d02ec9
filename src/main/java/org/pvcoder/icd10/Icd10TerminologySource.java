package org.pvcoder.icd10;

import org.pvcoder.common.jdbc.Sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.icd10.read.Icd10ReleaseStore;
import org.pvcoder.icd10.read.ReleaseRef;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.StoredTerminology;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologySource;

import java.util.Optional;

/**
 * Hands the coding engine the codes of an ICD-10 release: every code with its title, billable as "current"
 * (what a coder may pick), and its category as the group. The terminology also gives the synonyms of each code.
 * The active release is the coding edition's ({@code pv.icd10.coding-edition}, ICD-10-CM by default).
 */
@ApplicationScoped
public class Icd10TerminologySource implements TerminologySource {

    public static final String SYSTEM = "icd10";

    @Inject
    Icd10ReleaseStore releases;
    @Inject
    Sql sql;

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public Optional<Terminology> active() {
        return releases.activeForCoding().map(this::terminology);
    }

    /** {@code version}: "2025", or "WHO/2019" to name the edition as well. */
    @Override
    public Optional<Terminology> version(String version) {
        return releases.findByVersion(version).map(this::terminology);
    }

    private Terminology terminology(ReleaseRef release) {
        return new StoredTerminology(SYSTEM, release.version(),
                () -> sql.list("select c.code, c.title, c.billable, c.category, g.title category_title from icd10_code c"
                                + " left join icd10_code g on g.release_id = c.release_id and g.code = c.category"
                                + " where c.release_id = ? order by c.sort_order",
                        r -> new CodableTerm(r.getString("code"), r.getString("title"), r.getBoolean("billable"),
                                r.getString("category"), r.getString("category_title")),
                        release.id()),
                () -> sql.list("select code, name from icd10_synonym where release_id = ? order by code",
                        r -> java.util.Map.entry(r.getString("code"), r.getString("name")), release.id()));
    }
}
