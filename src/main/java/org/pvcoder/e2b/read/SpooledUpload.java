package org.pvcoder.e2b.read;

import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file copied to a temporary file (at most {@code maxBytes}), so it can be read more than once
 * (checked, then imported; read, then schema-validated) without holding it in memory. Deleted on close.
 */
public final class SpooledUpload implements AutoCloseable {

    private final Path file;

    private SpooledUpload(Path file) {
        this.file = file;
    }

    public static SpooledUpload of(InputStream body, long maxBytes) {
        if (body == null) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The request has no body; send the E2B XML file as the body");
        }
        Path file = null;
        try {
            file = Files.createTempFile("e2b-upload-", ".xml");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                                "The file is larger than the " + maxBytes + " bytes an E2B upload may have");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new SpooledUpload(file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    public InputStream open() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return file;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp file left behind is cleaned with the temp directory
            }
        }
    }
}
