package org.pvcoder.icd10;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of every ICD-10 table, to show a refused load left the database as it was. */
@ApplicationScoped
public class Icd10Tables {

    static final List<String> TABLES = List.of("icd10_release", "icd10_active_release", "icd10_chapter", "icd10_block",
            "icd10_code", "icd10_note", "icd10_synonym");

    @Inject
    AgroalDataSource dataSource;

    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
