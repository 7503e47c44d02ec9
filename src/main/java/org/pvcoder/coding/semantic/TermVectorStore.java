package org.pvcoder.coding.semantic;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pvcoder.common.jdbc.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The {@code term_vector} table: name vectors per (system, version, model, code), reads through {@link Sql}, writes in one JDBC batch. */
@ApplicationScoped
public class TermVectorStore {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Sql sql;

    /** Codes of the release that already have a vector of the model. */
    public Set<String> storedCodes(String system, String version, String model) {
        return new HashSet<>(sql.list("select term_code from term_vector"
                + " where terminology_system = ? and terminology_version = ? and model = ?",
                row -> row.getString(1), system, version, model));
    }

    /** Stores vectors of codes that have none yet (one transaction). */
    public void insert(String system, String version, String model, Map<String, float[]> vectors) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into term_vector (terminology_system,"
                    + " terminology_version, model, term_code, vector, created_at) values (?, ?, ?, ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    s.setString(1, system);
                    s.setString(2, version);
                    s.setString(3, model);
                    s.setString(4, e.getKey());
                    s.setBytes(5, TermVectors.toBytes(e.getValue()));
                    s.setTimestamp(6, now);
                    s.addBatch();
                }
                s.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store term vectors: " + e.getMessage(), e);
        }
    }

    /** Every stored vector of the release and model. */
    public TermVectors load(String system, String version, String model) {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> row : sql.list("select term_code, vector from term_vector"
                        + " where terminology_system = ? and terminology_version = ? and model = ? order by term_code",
                r -> Map.entry(r.getString(1), TermVectors.fromBytes(r.getBytes(2))), system, version, model)) {
            vectors.put(row.getKey(), row.getValue());
        }
        return TermVectors.of(vectors);
    }
}
