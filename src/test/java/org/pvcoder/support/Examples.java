package org.pvcoder.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The request bodies documented in docs/examples, read as the README tour uses them. */
public final class Examples {

    private Examples() {
    }

    public static String read(String name) {
        try {
            return Files.readString(Path.of("docs/examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal case with a different safety report id, so each test makes its own case. */
    public static String minimalCase(String safetyReportId) {
        return read("case-minimal.json").replace("US-PVC-2026-000001", safetyReportId);
    }

    public static String fullCase(String safetyReportId) {
        return read("case-full.json").replace("DE-PVC-2026-000042", safetyReportId)
                .replace("DE-EXAMPLEPHARMA-2026000042", "WW-" + safetyReportId);
    }
}
