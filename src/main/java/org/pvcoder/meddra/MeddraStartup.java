package org.pvcoder.meddra;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.meddra.api.LoadReport;
import org.pvcoder.meddra.ascii.ClasspathReleaseFiles;
import org.pvcoder.meddra.ascii.FolderReleaseFiles;
import org.pvcoder.meddra.ascii.ReleaseFiles;
import org.pvcoder.meddra.ascii.Rows;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * At start: the configured release ({@code pv.meddra.release}) is loaded if its version is not in the
 * database yet, and activated if no release is active. With nothing configured and an empty database,
 * the demonstration dictionary is loaded and activated so a first start can code.
 */
@ApplicationScoped
public class MeddraStartup {

    private static final Logger LOG = Logger.getLogger(MeddraStartup.class);
    static final String DEMO_RESOURCE = "meddra-demo";

    @Inject
    MeddraConfig config;
    @Inject
    MeddraReleaseService releases;

    void onStart(@Observes StartupEvent event) {
        try {
            if (config.release().isPresent()) {
                loadConfigured(Path.of(config.release().get()));
            } else if (config.loadDemo() && releases.list().isEmpty()) {
                loadDemo();
            }
        } catch (ProblemException e) {
            // the loader has logged the reasons; the service still starts so a release can be loaded through the API
            LOG.errorf("MedDRA release not loaded at start: %s", e.getMessage());
        }
    }

    private void loadConfigured(Path location) {
        Rows.ReleaseInfo info = releases.identify(location);
        if (!releases.isLoaded(info)) {
            releases.load(location);
        }
        if (!releases.hasActive()) {
            releases.activate(info.version());
        }
    }

    private void loadDemo() {
        Path folder = Path.of(config.demoFolder());
        try (ReleaseFiles files = Files.isRegularFile(folder.resolve("meddra_release.asc"))
                ? new FolderReleaseFiles(folder) : new ClasspathReleaseFiles(DEMO_RESOURCE)) {
            LoadReport report = releases.load(files);
            LOG.infof("Loaded the MedDRA demonstration dictionary %s from %s (not a licensed release)",
                    report.version(), files.source());
            releases.activate(report.version());
        } catch (java.io.IOException e) {
            LOG.errorf("MedDRA demonstration dictionary not loaded: %s", e.getMessage());
        }
    }
}
