package org.pvcoder.meddra.ascii;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The {@code .asc} files of one MedDRA release, wherever they sit: a folder, a zip as shipped, the classpath. */
public interface ReleaseFiles extends AutoCloseable {

    /** Where the files come from, for the load report and logs. */
    String source();

    /** The bytes of a file such as {@code llt.asc}, or empty when the release does not have it. */
    Optional<InputStream> open(String fileName) throws IOException;

    default boolean has(String fileName) throws IOException {
        Optional<InputStream> in = open(fileName);
        if (in.isPresent()) {
            in.get().close();
            return true;
        }
        return false;
    }

    @Override
    default void close() throws IOException {
    }
}
