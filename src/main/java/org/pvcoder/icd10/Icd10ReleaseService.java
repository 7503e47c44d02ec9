package org.pvcoder.icd10;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.common.error.Problem;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.icd10.api.LoadReport;
import org.pvcoder.icd10.api.ReleaseSummary;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.FolderFiles;
import org.pvcoder.icd10.files.ZipExtractor;
import org.pvcoder.icd10.load.DistributionLayout;
import org.pvcoder.icd10.load.Icd10Loader;
import org.pvcoder.icd10.read.Icd10ReleaseStore;
import org.pvcoder.icd10.read.ReleaseRef;
import org.pvcoder.terminology.TerminologyActivated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Loading, listing and activating ICD-10 releases. Loading and activating are separate decisions. */
@ApplicationScoped
public class Icd10ReleaseService {

    private static final Logger LOG = Logger.getLogger(Icd10ReleaseService.class);
    private static final String PLAIN_FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,200}";

    @Inject
    Icd10Loader loader;
    @Inject
    Icd10ReleaseStore store;
    @Inject
    Event<TerminologyActivated> activated;

    /** Loads the release in a folder, a single file, or a zip on the server; {@code version} may override the file's. */
    public LoadReport load(Path location, String version) {
        if (Files.isRegularFile(location) && isZip(location)) {
            return withTemporaryFolder(folder -> {
                ZipExtractor.extract(location, folder);
                return load(files(folder), version);
            });
        }
        return load(files(location), version);
    }

    /** Loads an uploaded body: a zip of distribution files, or one file whose name says what it is. */
    public LoadReport upload(Path body, String fileName, String version) {
        if (isZip(body)) {
            return load(body, version);
        }
        if (fileName == null || !fileName.matches(PLAIN_FILE_NAME)) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    "filename: name the uploaded file, e.g. ?filename=icd10cm_order_2025.txt (or upload a zip)",
                    List.of(new Problem.FieldError("filename", "give the file's name: letters, digits, '.', '_' or '-'", null)));
        }
        return withTemporaryFolder(folder -> {
            Files.copy(body, folder.resolve(fileName));
            return load(files(folder), version);
        });
    }

    public LoadReport load(DistributionFiles files, String version) {
        return loader.load(files, version);
    }

    public DistributionLayout identify(Path location) {
        return loader.identify(files(location), null);
    }

    public List<ReleaseSummary> list() {
        return store.list();
    }

    public boolean isLoaded(String edition, String version) {
        return store.exists(edition, version);
    }

    public boolean hasActive(String edition) {
        return store.active(edition).isPresent();
    }

    public boolean anyLoaded() {
        return store.anyLoaded();
    }

    /** Makes a loaded release the active one of its edition; tells the other features once the change is committed. */
    public ReleaseSummary activate(String edition, String version) {
        ReleaseRef release = store.find(edition, version)
                .orElseThrow(() -> ProblemException.notFound("ICD-10 release", edition + " " + version));
        QuarkusTransaction.requiringNew().run(() -> store.markActive(release));
        LOG.infof("%s %s is now the active release of its edition", release.edition(), release.version());
        activated.fire(new TerminologyActivated(Icd10TerminologySource.SYSTEM, release.version()));
        return store.list().stream().filter(r -> r.edition().equals(edition) && r.version().equals(version))
                .findFirst().orElseThrow();
    }

    private static DistributionFiles files(Path location) {
        try {
            return FolderFiles.at(location).orElseThrow(() -> new ProblemException(ProblemType.UNPROCESSABLE,
                    "No ICD-10 release at " + location + ": give a folder holding the files, one file, or a zip"));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Cannot read " + location + ": " + e.getMessage());
        }
    }

    private static boolean isZip(Path file) {
        try {
            return ZipExtractor.isZip(file);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Cannot read " + file + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface InFolder {
        LoadReport apply(Path folder) throws IOException;
    }

    private static LoadReport withTemporaryFolder(InFolder work) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("icd10-upload");
            return work.apply(folder);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Cannot unpack the release: " + e.getMessage());
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("Could not delete %s: %s", folder, e.getMessage());
        }
    }
}
