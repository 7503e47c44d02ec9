package org.pvcoder.meddra.load;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.meddra.NameKey;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.ascii.Rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a checked release with plain JDBC batch inserts on the caller's connection (and transaction).
 * Hibernate is bypassed on purpose: a release is several hundred thousand rows written once.
 */
@ApplicationScoped
public class MeddraReleaseWriter {

    private static final int BATCH = 2000;

    /** Inserts the release row; a second release of the same version and language fails on the unique key. */
    public long insertRelease(Connection connection, ParsedRelease release, LoadReport.Counts counts) throws SQLException {
        String sql = "insert into meddra_release (version, language, source, loaded_at, load_millis, soc_count, hlgt_count,"
                + " hlt_count, pt_count, llt_count, path_count, smq_count, smq_term_count, absent_files)"
                + " values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, release.info().version());
            insert.setString(2, release.info().language());
            insert.setString(3, truncate(release.source(), 1000));
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.setInt(5, counts.soc());
            insert.setInt(6, counts.hlgt());
            insert.setInt(7, counts.hlt());
            insert.setInt(8, counts.pt());
            insert.setInt(9, counts.llt());
            insert.setInt(10, counts.paths());
            insert.setInt(11, counts.smq());
            insert.setInt(12, counts.smqTerms());
            insert.setString(13, String.join(",", release.absentFiles()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void recordMillis(Connection connection, long releaseId, long millis) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update meddra_release set load_millis = ? where id = ?")) {
            update.setLong(1, millis);
            update.setLong(2, releaseId);
            update.executeUpdate();
        }
    }

    public void writeTerms(Connection connection, long releaseId, ParsedRelease release, Hierarchy hierarchy)
            throws SQLException {
        Map<Integer, Integer> intlOrder = release.intlOrder().stream()
                .collect(Collectors.toMap(Rows.IntlOrder::soc, Rows.IntlOrder::order, (a, b) -> a, HashMap::new));
        batch(connection, "insert into meddra_soc (release_id, code, name, name_key, abbrev, intl_order) values (?, ?, ?, ?, ?, ?)",
                release.socs(), (ps, soc) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, soc.code());
                    ps.setString(3, soc.name());
                    ps.setString(4, NameKey.of(soc.name()));
                    ps.setString(5, soc.abbrev());
                    setInteger(ps, 6, intlOrder.get(soc.code()));
                });
        terms(connection, "meddra_hlgt", releaseId, release.hlgts());
        terms(connection, "meddra_hlt", releaseId, release.hlts());
        batch(connection, "insert into meddra_pt (release_id, code, name, name_key, soc_code) values (?, ?, ?, ?, ?)",
                release.pts(), (ps, pt) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, pt.code());
                    ps.setString(3, pt.name());
                    ps.setString(4, NameKey.of(pt.name()));
                    setInteger(ps, 5, pt.socCode());
                });
        batch(connection, "insert into meddra_llt (release_id, code, name, name_key, pt_code, is_current) values (?, ?, ?, ?, ?, ?)",
                release.llts(), (ps, llt) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, llt.code());
                    ps.setString(3, llt.name());
                    ps.setString(4, NameKey.of(llt.name()));
                    ps.setInt(5, llt.ptCode());
                    ps.setBoolean(6, llt.current());
                });
        links(connection, "meddra_soc_hlgt", "soc_code", "hlgt_code", releaseId, hierarchy.socHlgt());
        links(connection, "meddra_hlgt_hlt", "hlgt_code", "hlt_code", releaseId, hierarchy.hlgtHlt());
        links(connection, "meddra_hlt_pt", "hlt_code", "pt_code", releaseId, hierarchy.hltPt());
        batch(connection, "insert into meddra_path (release_id, pt_code, hlt_code, hlgt_code, soc_code, primary_soc)"
                + " values (?, ?, ?, ?, ?, ?)", hierarchy.paths(), (ps, path) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, path.pt());
                    ps.setInt(3, path.hlt());
                    ps.setInt(4, path.hlgt());
                    ps.setInt(5, path.soc());
                    ps.setBoolean(6, path.primary());
                });
        writeSmqs(connection, releaseId, release);
    }

    private void writeSmqs(Connection connection, long releaseId, ParsedRelease release) throws SQLException {
        batch(connection, "insert into meddra_smq (release_id, code, name, smq_level, description, source, note,"
                + " meddra_version, status, algorithm) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", release.smqs(), (ps, smq) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, smq.code());
                    ps.setString(3, smq.name());
                    ps.setInt(4, smq.level());
                    ps.setString(5, smq.description());
                    ps.setString(6, smq.source());
                    ps.setString(7, smq.note());
                    ps.setString(8, truncate(smq.meddraVersion(), 10));
                    ps.setString(9, truncate(smq.status(), 1));
                    ps.setString(10, truncate(smq.algorithm(), 1000));
                });
        batch(connection, "insert into meddra_smq_term (release_id, smq_code, term_code, term_level, term_scope,"
                + " term_category, term_weight, term_status, addition_version, last_modified_version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", release.smqTerms(), (ps, term) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, term.smq());
                    ps.setInt(3, term.term());
                    ps.setInt(4, term.level());
                    ps.setInt(5, term.scope());
                    ps.setString(6, truncate(term.category(), 1));
                    setInteger(ps, 7, term.weight());
                    ps.setString(8, truncate(term.status(), 1));
                    ps.setString(9, truncate(term.additionVersion(), 10));
                    ps.setString(10, truncate(term.lastModifiedVersion(), 10));
                });
    }

    private void terms(Connection connection, String table, long releaseId, Collection<Rows.Term> terms) throws SQLException {
        batch(connection, "insert into " + table + " (release_id, code, name, name_key) values (?, ?, ?, ?)", terms,
                (ps, term) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, term.code());
                    ps.setString(3, term.name());
                    ps.setString(4, NameKey.of(term.name()));
                });
    }

    private void links(Connection connection, String table, String parentColumn, String childColumn, long releaseId,
                       Collection<Hierarchy.Link> links) throws SQLException {
        batch(connection, "insert into " + table + " (release_id, " + parentColumn + ", " + childColumn + ") values (?, ?, ?)",
                links, (ps, link) -> {
                    ps.setLong(1, releaseId);
                    ps.setInt(2, link.parent());
                    ps.setInt(3, link.child());
                });
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> void batch(Connection connection, String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(statement, row);
                statement.addBatch();
                if (++pending == BATCH) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
