package org.pvcoder.icd10.load;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.SearchKey;
import org.pvcoder.icd10.api.LoadReport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Writes a checked release with plain JDBC batch inserts on the caller's connection (and transaction).
 * Hibernate is bypassed on purpose: a release is a hundred thousand rows or more, written once.
 */
@ApplicationScoped
public class Icd10ReleaseWriter {

    private static final int BATCH = 2000;

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement insert, T row, int index) throws SQLException;
    }

    /** Inserts the release row; a second release of the same edition and version fails on the unique key. */
    public long insertRelease(Connection connection, ParsedRelease release, LoadReport.Counts counts) throws SQLException {
        String sql = "insert into icd10_release (edition, version, source, files, loaded_at, load_millis, chapter_count,"
                + " block_count, code_count, billable_count, note_count, synonym_count) values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"id"})) {
            insert.setString(1, release.edition());
            insert.setString(2, release.version());
            insert.setString(3, truncate(release.source(), 1000));
            insert.setString(4, truncate(String.join(",", release.files()), 2000));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.setInt(6, counts.chapters());
            insert.setInt(7, counts.blocks());
            insert.setInt(8, counts.codes());
            insert.setInt(9, counts.billable());
            insert.setInt(10, counts.notes());
            insert.setInt(11, counts.synonyms());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void writeContent(Connection connection, long releaseId, ParsedRelease release) throws SQLException {
        batch(connection, "insert into icd10_chapter (release_id, code, title, first_code, last_code, sort_order)"
                + " values (?, ?, ?, ?, ?, ?)", releaseId, release.chapters(), (insert, c, i) -> {
                    insert.setString(2, c.code());
                    insert.setString(3, c.title());
                    insert.setString(4, c.first());
                    insert.setString(5, c.last());
                    insert.setInt(6, i);
                });
        batch(connection, "insert into icd10_block (release_id, code, title, chapter_code, parent_block, sort_order)"
                + " values (?, ?, ?, ?, ?, ?)", releaseId, release.blocks(), (insert, b, i) -> {
                    insert.setString(2, b.code());
                    insert.setString(3, b.title());
                    insert.setString(4, b.chapter());
                    insert.setString(5, b.parentBlock());
                    insert.setInt(6, i);
                });
        batch(connection, "insert into icd10_code (release_id, code, code_key, title, title_key, short_title, billable,"
                + " parent_code, category, block_code, chapter_code, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                releaseId, release.codes(), (insert, c, i) -> {
                    insert.setString(2, c.code());
                    insert.setString(3, Icd10Codes.key(c.code()));
                    insert.setString(4, c.title());
                    insert.setString(5, SearchKey.of(c.title()));
                    insert.setString(6, c.shortTitle());
                    insert.setBoolean(7, c.billable());
                    insert.setString(8, c.parent());
                    insert.setString(9, c.category());
                    insert.setString(10, c.block());
                    insert.setString(11, c.chapter());
                    insert.setInt(12, i);
                });
        batch(connection, "insert into icd10_note (release_id, code, kind, text, sort_order) values (?, ?, ?, ?, ?)",
                releaseId, release.notes(), (insert, n, i) -> {
                    insert.setString(2, n.code());
                    insert.setString(3, n.kind());
                    insert.setString(4, n.text());
                    insert.setInt(5, i);
                });
        batch(connection, "insert into icd10_synonym (release_id, code, name, name_key, source) values (?, ?, ?, ?, ?)",
                releaseId, release.synonyms(), (insert, s, i) -> {
                    insert.setString(2, s.code());
                    insert.setString(3, s.name());
                    insert.setString(4, truncate(SearchKey.of(s.name()), 1010));
                    insert.setString(5, s.source());
                });
    }

    public void recordMillis(Connection connection, long releaseId, long millis) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update icd10_release set load_millis = ? where id = ?")) {
            update.setLong(1, millis);
            update.setLong(2, releaseId);
            update.executeUpdate();
        }
    }

    private static <T> void batch(Connection connection, String sql, long releaseId, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                insert.setLong(1, releaseId);
                binder.bind(insert, rows.get(i), i);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
