package org.pvcoder.coding.semantic;

import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real name vectors of a fixture release, embedded once per test JVM and shared by the semantic tests. */
final class FixtureVectors {

    private static final Map<String, TermVectors> BY_VERSION = new ConcurrentHashMap<>();

    private FixtureVectors() {
    }

    static TermVectors of(FixtureTerminology release) {
        return BY_VERSION.computeIfAbsent(release.version(),
                v -> TermVectors.compute(release, Embedder.shared(), 16, done -> { }));
    }
}
