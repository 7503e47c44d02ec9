package org.pvcoder.meddra.load;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.meddra.ascii.FolderReleaseFiles;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How long loading a release of real MedDRA size takes: the loader's own read/check/write code on plain JDBC
 * (one transaction, as in the service), against H2 (memory and file) and PostgreSQL on 127.0.0.1:5432.
 * A benchmark, not a test: skipped unless asked for.
 *
 * <pre>./mvnw -B test -Dtest=MeddraLoadBenchmark -Dpv.bench=true</pre>
 */
@EnabledIfSystemProperty(named = "pv.bench", matches = "true")
class MeddraLoadBenchmark {

    private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @TempDir
    static Path dir;
    static Path release;

    @BeforeAll
    static void generate() throws Exception {
        long start = System.nanoTime();
        release = GeneratedRelease.write(dir.resolve("release"), "99.0");
        System.out.printf("BENCH generated release in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void h2InMemory() throws Exception {
        run("H2 in memory", "jdbc:h2:mem:meddra_bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa", null);
    }

    @Test
    void h2File() throws Exception {
        run("H2 file", "jdbc:h2:file:" + dir.resolve("h2/bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", null);
    }

    @Test
    void postgresql() throws Exception {
        runOnPostgresql("PostgreSQL", "");
    }

    @Test
    void postgresqlWithRewrittenBatches() throws Exception {
        runOnPostgresql("PostgreSQL, reWriteBatchedInserts=true", "&reWriteBatchedInserts=true");
    }

    private void runOnPostgresql(String label, String extra) throws Exception {
        String schema = "meddra_bench_" + System.currentTimeMillis();
        try {
            run(label, PG_URL + "?currentSchema=" + schema + extra, "postgres", schema);
        } finally {
            try (Connection connection = DriverManager.getConnection(PG_URL, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private void run(String label, String url, String user, String schema) throws Exception {
        var flyway = Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        MeddraLoader loader = standaloneLoader();
        try (Connection connection = DriverManager.getConnection(url, user, "");
             FolderReleaseFiles files = new FolderReleaseFiles(release)) {
            connection.setAutoCommit(false);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            MeddraLoader.PreparedRelease prepared = loader.prepare(files);
            long prepareMillis = (System.nanoTime() - start) / 1_000_000;
            loader.write(connection, prepared, start);
            connection.commit();
            long totalMillis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("BENCH %-40s read+check %6d ms, write+commit %6d ms, total %6d ms"
                            + " (loader thread CPU %d ms, machine load average %.1f) %s%n", label,
                    prepareMillis, totalMillis - prepareMillis, totalMillis, cpuMillis, load, prepared.counts());
            assertEquals(GeneratedRelease.LLTS, count(connection, "meddra_llt"));
            assertEquals(GeneratedRelease.PTS, count(connection, "meddra_pt"));
            assertEquals(GeneratedRelease.PTS + GeneratedRelease.SECONDARY_PATHS, count(connection, "meddra_path"));
            assertEquals(GeneratedRelease.SMQ_TERMS, count(connection, "meddra_smq_term"));
        }
    }

    private static MeddraLoader standaloneLoader() {
        MeddraLoader loader = new MeddraLoader();
        loader.parser = new ReleaseParser();
        loader.validator = new ReleaseValidator();
        loader.hierarchyBuilder = new HierarchyBuilder();
        loader.writer = new MeddraReleaseWriter();
        return loader;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
