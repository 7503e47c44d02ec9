package org.pvcoder.icd10;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.icd10.api.LoadReport;
import org.pvcoder.icd10.files.ClasspathFiles;
import org.pvcoder.icd10.load.DistributionLayout;

import java.nio.file.Path;
import java.util.List;

/**
 * At start: the configured release ({@code pv.icd10.release}) is loaded unless its edition and version are in the
 * database already, and activated if its edition has no active release. With nothing configured and no ICD-10
 * release in the database, the project's starter subset is loaded and activated so a first start can code.
 */
@ApplicationScoped
public class Icd10Startup {

    private static final Logger LOG = Logger.getLogger(Icd10Startup.class);
    static final String STARTER_FOLDER = "icd10-starter";
    static final String STARTER_FILE = "icd10cm_order_starter.txt";
    /** The starter is checked against the FY2025 files; its version says so and that it is not the full release. */
    public static final String STARTER_VERSION = "2025-starter";

    @Inject
    Icd10Config config;
    @Inject
    Icd10ReleaseService releases;

    void onStart(@Observes StartupEvent event) {
        try {
            if (config.release().isPresent()) {
                loadConfigured(Path.of(config.release().get()));
            } else if (config.loadStarter() && !releases.anyLoaded()) {
                loadStarter();
            }
        } catch (ProblemException e) {
            // the loader has logged the reasons; the service still starts so a release can be loaded through the API
            LOG.errorf("ICD-10 release not loaded at start: %s", e.getMessage());
        }
    }

    private void loadConfigured(Path location) {
        DistributionLayout layout = releases.identify(location);
        if (layout.version() == null || !releases.isLoaded(layout.edition(), layout.version())) {
            LoadReport report = releases.load(location, null);
            layout = layout.withVersion(report.version());
        }
        if (!releases.hasActive(layout.edition())) {
            releases.activate(layout.edition(), layout.version());
        }
    }

    private void loadStarter() {
        LoadReport report = releases.load(new ClasspathFiles(STARTER_FOLDER, List.of(STARTER_FILE)), STARTER_VERSION);
        LOG.infof("Loaded the ICD-10-CM starter subset (%d codes, written for the project; not the full release)",
                report.counts().codes());
        releases.activate(report.edition(), report.version());
    }
}
