package org.pvcoder.meddra;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.load.DictionaryTables;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** Row counts of every MedDRA table, to show a refused load left the database as it was. */
@ApplicationScoped
public class MeddraTables {

    public static final List<String> TABLES = List.of("meddra_release", "meddra_active_release", "meddra_soc", "meddra_hlgt",
            "meddra_hlt", "meddra_pt", "meddra_llt", "meddra_soc_hlgt", "meddra_hlgt_hlt", "meddra_hlt_pt", "meddra_path",
            "meddra_smq", "meddra_smq_term");

    @Inject
    AgroalDataSource dataSource;
    @Inject
    DictionaryTables tables;

    public Map<String, Long> counts() throws SQLException {
        return tables.counts(TABLES);
    }

    public String activeVersion() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select r.version from meddra_active_release a"
                     + " join meddra_release r on r.id = a.release_id")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
