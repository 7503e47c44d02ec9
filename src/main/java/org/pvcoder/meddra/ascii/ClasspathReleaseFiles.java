package org.pvcoder.meddra.ascii;

import java.io.InputStream;
import java.util.Optional;

/** A release packaged in the application as classpath resources under a folder such as {@code meddra-demo}. */
public final class ClasspathReleaseFiles implements ReleaseFiles {

    private final String folder;

    public ClasspathReleaseFiles(String folder) {
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    @Override
    public String source() {
        return "classpath:" + folder;
    }

    @Override
    public Optional<InputStream> open(String fileName) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return Optional.ofNullable(loader.getResourceAsStream(folder + "/" + fileName));
    }
}
