package org.pvcoder.icd10;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.load.DictionaryTables;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Row counts of every ICD-10 table, to show a refused load left the database as it was. */
@ApplicationScoped
public class Icd10Tables {

    public static final List<String> TABLES = List.of("icd10_release", "icd10_active_release", "icd10_chapter", "icd10_block",
            "icd10_code", "icd10_note", "icd10_synonym");

    @Inject
    DictionaryTables tables;

    public Map<String, Long> counts() throws SQLException {
        return tables.counts(TABLES);
    }
}
