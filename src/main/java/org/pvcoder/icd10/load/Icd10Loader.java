package org.pvcoder.icd10.load;

import org.pvcoder.common.jdbc.Sql;

import org.pvcoder.common.load.LoadProblems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.icd10.Edition;
import org.pvcoder.icd10.api.LoadReport;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.read.Icd10ReleaseStore;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Loads a release: tell which files play which part, read and check them all, and only then write everything in
 * one transaction. A release with any problem is refused whole, so nothing of it is ever stored.
 */
@ApplicationScoped
public class Icd10Loader {

    private static final Logger LOG = Logger.getLogger(Icd10Loader.class);
    private static final int TRANSACTION_TIMEOUT_SECONDS = 900;

    @Inject
    Icd10ReleaseWriter writer;
    @Inject
    Icd10ReleaseStore store;
    @Inject
    AgroalDataSource dataSource;

    /** The edition, version and file parts of a distribution; {@code version} (may be null) overrides the file's own. */
    public DistributionLayout identify(DistributionFiles files, String version) {
        LoadProblems problems = new LoadProblems();
        try {
            DistributionLayout layout = DistributionDetector.detect(files, problems);
            if (layout == null) {
                throw refused(files, problems);
            }
            return version == null || version.isBlank() ? layout : layout.withVersion(version.trim());
        } catch (IOException e) {
            throw unreadable(files, e);
        }
    }

    public LoadReport load(DistributionFiles files, String version) {
        long start = System.nanoTime();
        DistributionLayout layout = identify(files, version);
        if (layout.version() != null) {
            requireNotLoaded(layout.edition(), layout.version());
        }
        LoadProblems problems = new LoadProblems();
        ParsedRelease release;
        try {
            release = layout.edition().equals(Edition.WHO)
                    ? ClamlReleaseAssembler.assemble(files, layout, problems)
                    : CmReleaseAssembler.assemble(files, layout, problems);
        } catch (IOException e) {
            throw unreadable(files, e);
        }
        if (release != null) {
            ReleaseChecks.check(release, problems);
        }
        if (!problems.isEmpty()) {
            throw refused(files, problems);
        }
        LOG.debugf("Read and checked %s %s in %d ms", release.edition(), release.version(), (System.nanoTime() - start) / 1_000_000);
        LoadReport.Counts counts = new LoadReport.Counts(release.chapters().size(), release.blocks().size(),
                release.codes().size(), (int) release.billableCount(), release.notes().size(), release.synonyms().size());
        long millis = QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS)
                .call(() -> write(release, counts, start));
        LOG.infof("Loaded %s %s from %s in %d ms: %s", release.edition(), release.version(), files.source(), millis, counts);
        return new LoadReport(release.edition(), release.version(), files.source(), release.files(), counts, millis);
    }

    private long write(ParsedRelease release, LoadReport.Counts counts, long start) {
        try (Connection connection = dataSource.getConnection()) {
            long releaseId = writer.insertRelease(connection, release, counts);
            writer.writeContent(connection, releaseId, release);
            long millis = (System.nanoTime() - start) / 1_000_000;
            writer.recordMillis(connection, releaseId, millis);
            return millis;
        } catch (SQLException e) {
            if (Sql.isUniqueViolation(e)) {
                throw alreadyLoaded(release.edition(), release.version());
            }
            throw new IllegalStateException("Writing " + release.edition() + " " + release.version() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private void requireNotLoaded(String edition, String version) {
        if (store.exists(edition, version)) {
            throw alreadyLoaded(edition, version);
        }
    }

    private static ProblemException alreadyLoaded(String edition, String version) {
        return new ProblemException(ProblemType.CONFLICT, edition + " " + version + " is already loaded");
    }

    private static ProblemException refused(DistributionFiles files, LoadProblems problems) {
        String detail = "The ICD-10 release in " + files.source() + " was not loaded: " + problems.summary();
        LOG.warn(detail);
        return new ProblemException(ProblemType.UNPROCESSABLE, detail, problems.listed());
    }

    private static ProblemException unreadable(DistributionFiles files, IOException e) {
        String detail = "The ICD-10 release in " + files.source() + " could not be read: " + e.getMessage();
        LOG.warn(detail);
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }

}
