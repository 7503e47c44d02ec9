package org.pvcoder.meddra;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.api.ReleaseSummary;
import org.pvcoder.meddra.ascii.FolderReleaseFiles;
import org.pvcoder.meddra.ascii.ReleaseFiles;
import org.pvcoder.meddra.ascii.Rows;
import org.pvcoder.meddra.ascii.ZipReleaseFiles;
import org.pvcoder.meddra.load.MeddraLoader;
import org.pvcoder.meddra.read.MeddraReleaseStore;
import org.pvcoder.meddra.read.ReleaseRef;
import org.pvcoder.terminology.TerminologyActivated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loading, listing, activating and deleting MedDRA releases. Loading and activating are separate decisions. */
@ApplicationScoped
public class MeddraReleaseService {

    private static final Logger LOG = Logger.getLogger(MeddraReleaseService.class);

    @Inject
    MeddraLoader loader;
    @Inject
    MeddraReleaseStore store;
    @Inject
    Event<TerminologyActivated> activated;

    /** Loads the release in a folder or zip on the server. */
    public LoadReport load(Path location) {
        try (ReleaseFiles files = open(location)) {
            return loader.load(files);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Cannot read " + location + ": " + e.getMessage());
        }
    }

    /** The version and language of the release in a folder or zip, without loading it. */
    public Rows.ReleaseInfo identify(Path location) {
        try (ReleaseFiles files = open(location)) {
            return loader.identify(files);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Cannot read " + location + ": " + e.getMessage());
        }
    }

    public LoadReport load(ReleaseFiles files) {
        return loader.load(files);
    }

    public List<ReleaseSummary> list() {
        return store.list();
    }

    public boolean isLoaded(Rows.ReleaseInfo info) {
        return store.exists(info.version(), info.language());
    }

    public boolean hasActive() {
        return store.active().isPresent();
    }

    /** Makes a loaded version the one new coding uses; tells the other features once the change is committed. */
    public ReleaseSummary activate(String version) {
        ReleaseRef release = store.find(version).orElseThrow(() -> ProblemException.notFound("MedDRA release", version));
        QuarkusTransaction.requiringNew().run(() -> store.markActive(release));
        LOG.infof("MedDRA %s %s is now the active release", release.version(), release.language());
        activated.fire(new TerminologyActivated("meddra", release.version()));
        return store.list().stream().filter(ReleaseSummary::active).findFirst().orElseThrow();
    }

    public void delete(String version) {
        ReleaseRef release = store.find(version).orElseThrow(() -> ProblemException.notFound("MedDRA release", version));
        QuarkusTransaction.requiringNew().timeout(600).run(() -> store.delete(release));
        LOG.infof("MedDRA %s %s deleted", release.version(), release.language());
    }

    private static ReleaseFiles open(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            return new FolderReleaseFiles(location);
        }
        if (Files.isRegularFile(location)) {
            return new ZipReleaseFiles(location);
        }
        throw new ProblemException(ProblemType.UNPROCESSABLE, "No MedDRA release at " + location
                + ": give a folder holding the .asc files or the release zip");
    }
}
