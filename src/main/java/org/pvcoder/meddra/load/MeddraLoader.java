package org.pvcoder.meddra.load;

import org.pvcoder.common.jdbc.Sql;

import org.pvcoder.common.load.LoadProblems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.ascii.ReleaseFiles;
import org.pvcoder.meddra.ascii.Rows;
import org.pvcoder.meddra.read.MeddraReleaseStore;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Loads a release: read every file, check the links between them, and only then write it all in one
 * transaction. A release with any problem is refused whole, so nothing of it is ever stored.
 */
@ApplicationScoped
public class MeddraLoader {

    private static final Logger LOG = Logger.getLogger(MeddraLoader.class);
    private static final int TRANSACTION_TIMEOUT_SECONDS = 900;

    @Inject
    ReleaseParser parser;
    @Inject
    ReleaseValidator validator;
    @Inject
    HierarchyBuilder hierarchyBuilder;
    @Inject
    MeddraReleaseWriter writer;
    @Inject
    MeddraReleaseStore store;
    @Inject
    AgroalDataSource dataSource;

    /** The version and language a release says it is, after checking the required files are there. */
    public Rows.ReleaseInfo identify(ReleaseFiles files) {
        LoadProblems problems = new LoadProblems();
        try {
            Optional<Rows.ReleaseInfo> info = parser.readInfo(files, problems);
            if (info.isEmpty()) {
                throw refused(files, problems);
            }
            return info.get();
        } catch (IOException e) {
            throw unreadable(files, e);
        }
    }

    public LoadReport load(ReleaseFiles files) {
        long start = System.nanoTime();
        Rows.ReleaseInfo info = identify(files);
        requireNotLoaded(info);
        PreparedRelease prepared = prepare(files);
        long millis = QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return write(connection, prepared, start);
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw alreadyLoaded(info);
                }
                throw new IllegalStateException("Writing MedDRA " + info.version() + " failed: " + e.getMessage(), e);
            }
        });
        LOG.infof("Loaded MedDRA %s %s from %s in %d ms: %s", info.version(), info.language(), files.source(), millis,
                prepared.counts());
        return new LoadReport(info.version(), info.language(), files.source(), prepared.counts(),
                AbsentFiles.describe(prepared.release()), millis);
    }

    /** A release read and checked in memory, ready to be written. */
    public record PreparedRelease(ParsedRelease release, Hierarchy hierarchy, LoadReport.Counts counts) {
    }

    /** Reads and checks every file; a release with any problem is refused here, before the database is touched. */
    public PreparedRelease prepare(ReleaseFiles files) {
        LoadProblems problems = new LoadProblems();
        ParsedRelease release;
        try {
            release = parser.parse(files, problems);
        } catch (IOException e) {
            throw unreadable(files, e);
        }
        if (release != null) {
            validator.validate(release, problems);
        }
        if (!problems.isEmpty()) {
            throw refused(files, problems);
        }
        Hierarchy hierarchy = hierarchyBuilder.build(release);
        LoadReport.Counts counts = new LoadReport.Counts(release.socs().size(), release.hlgts().size(),
                release.hlts().size(), release.pts().size(), release.llts().size(), hierarchy.paths().size(),
                release.smqs().size(), release.smqTerms().size());
        return new PreparedRelease(release, hierarchy, counts);
    }

    /** Writes a prepared release on the connection, in the caller's transaction; returns the milliseconds since start. */
    public long write(Connection connection, PreparedRelease prepared, long start) throws SQLException {
        long releaseId = writer.insertRelease(connection, prepared.release(), prepared.counts());
        writer.writeTerms(connection, releaseId, prepared.release(), prepared.hierarchy());
        long millis = (System.nanoTime() - start) / 1_000_000;
        writer.recordMillis(connection, releaseId, millis);
        return millis;
    }

    private void requireNotLoaded(Rows.ReleaseInfo info) {
        if (store.exists(info.version(), info.language())) {
            throw alreadyLoaded(info);
        }
    }

    private static ProblemException alreadyLoaded(Rows.ReleaseInfo info) {
        return new ProblemException(ProblemType.CONFLICT,
                "MedDRA " + info.version() + " " + info.language() + " is already loaded");
    }

    private static ProblemException refused(ReleaseFiles files, LoadProblems problems) {
        String detail = "The MedDRA release in " + files.source() + " was not loaded: " + problems.summary();
        LOG.warn(detail);
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, problems.listed());
    }

    private static ProblemException unreadable(ReleaseFiles files, IOException e) {
        String detail = "The MedDRA release in " + files.source() + " could not be read: " + e.getMessage();
        LOG.warn(detail);
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }

}
