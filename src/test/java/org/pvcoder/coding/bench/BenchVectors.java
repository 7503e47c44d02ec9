package org.pvcoder.coding.bench;

import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.coding.semantic.SemanticSource;

import org.pvcoder.coding.semantic.Embedder;
import org.pvcoder.coding.semantic.LexiconAnchors;
import org.pvcoder.coding.semantic.TermVectors;
import org.pvcoder.terminology.Terminology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Name vectors of a benchmark release, embedded once and cached under {@code target/semantic-vectors/} in a file
 * named by system, version and model, so repeated benchmark runs do not re-embed for minutes.
 */
final class BenchVectors {

    private BenchVectors() {
    }

    static Path file(Terminology terminology) {
        return Path.of("target", "semantic-vectors", terminology.system() + "-" + terminology.version() + "-"
                + terminology.terms().size() + "-" + Embedder.MODEL + ".bin");
    }

    /** The cached vectors, or computed now (and cached); the seconds spent are printed. */
    static TermVectors forRelease(Terminology terminology) throws IOException {
        Path file = file(terminology);
        if (Files.exists(file)) {
            return TermVectors.read(file);
        }
        Embedder embedder = Embedder.shared();
        long t0 = System.nanoTime();
        int total = TermVectors.namesToEmbed(terminology).size();
        TermVectors vectors = TermVectors.compute(terminology, embedder, 64, done -> {
            if (done % 2048 < 64 || done == total) {
                System.out.printf(Locale.ROOT, "embedded %d/%d names, %.0f s%n", done, total, (System.nanoTime() - t0) / 1e9);
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "Embedded %d names of %s %s in %.1f s (%.0f names/s)%n", vectors.size(),
                terminology.system(), terminology.version(), seconds, vectors.size() / seconds);
        vectors.write(file);
        Files.writeString(file.resolveSibling(file.getFileName() + ".txt"), String.format(Locale.ROOT,
                "%d names embedded in %.1f s (%.0f names/s) on %d cores%n", vectors.size(), seconds,
                vectors.size() / seconds, Runtime.getRuntime().availableProcessors()));
        return vectors;
    }

    /**
     * The exact-scan semantic index of the release's cached (or now computed) name vectors, with the lexicon's
     * phrases as anchors as the server adds them.
     */
    static SemanticIndex semanticIndex(EngineFactory factory, Terminology terminology) throws IOException {
        TermVectors vectors = forRelease(terminology);
        try (CodingEngine engine = factory.build(terminology)) {
            return LexiconAnchors.add(SemanticIndex.of(vectors, engine.index()), engine, Embedder.shared());
        }
    }

    /** The engine with the semantic stage on, as the server attaches it once a release's vectors are stored. */
    static CodingEngine withSemantic(CodingEngine engine, SemanticIndex index) {
        engine.attachSemantic(new SemanticSource(Embedder.shared(), index, SemanticSource.Settings.DEFAULT));
        return engine;
    }

    /** Computes (or finds) the cache of a release folder: {@code java ... BenchVectors <dict>}. */
    public static void main(String[] args) throws Exception {
        Terminology terminology = AsciiReleaseFiles.read(Path.of(args.length > 0 ? args[0] : "../shared/meddra-dev/dict"));
        TermVectors vectors = forRelease(terminology);
        System.out.println(vectors.size() + " vectors in " + file(terminology));
    }
}
