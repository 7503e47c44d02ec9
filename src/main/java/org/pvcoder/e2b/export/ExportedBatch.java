package org.pvcoder.e2b.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A written (and, when configured, schema-validated) batch waiting in a temporary file to be handed out once. */
public record ExportedBatch(Path file, String batchNumber, int messages) {

    /** Copies the batch to the client, then deletes it. */
    public void transferTo(OutputStream out) {
        try {
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            discard();
        }
    }

    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the temp directory cleanup
        }
    }
}
