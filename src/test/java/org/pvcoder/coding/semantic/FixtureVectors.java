package org.pvcoder.coding.semantic;

import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;

import org.pvcoder.coding.fixture.FixtureTerminology;

import java.util.Map;
import java.util.function.Function;
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

    /** An engine of the release with the semantic stage on over its names, queries embedded by {@code embedder}. */
    static CodingEngine semanticEngine(FixtureTerminology release, Function<String, float[]> embedder) {
        CodingEngine engine = EngineFactory.standard(0.95).build(release);
        engine.attachSemantic(new SemanticSource(embedder, SemanticIndex.of(of(release), engine.index()),
                SemanticSource.Settings.DEFAULT));
        return engine;
    }
}
