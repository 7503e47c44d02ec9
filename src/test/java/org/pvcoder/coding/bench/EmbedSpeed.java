package org.pvcoder.coding.bench;

import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.semantic.Embedder;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.coding.semantic.TermVectors;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Milliseconds per embedding of a short verbatim and per brute-force scan (CPU time of one thread). */
final class EmbedSpeed {

    public static void main(String[] args) throws Exception {
        Embedder e = Embedder.shared();
        List<String> texts = List.of("pain in my left leg", "could not sleep", "rash on arms", "feeling very tired today",
                "blood sugar went up", "severe headache and nausea");
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - w0 < 3e9) {
                e.embed(texts.get(n++ % texts.size()));
            }
            System.out.printf(Locale.ROOT, "embed: %.2f ms CPU, %.2f ms wall per text%n",
                    (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n, (System.nanoTime() - w0) / 1e6 / n);
        }
        Terminology t = AsciiReleaseFiles.read(Path.of("../shared/meddra-dev/dict"));
        TermVectors v = BenchVectors.forRelease(t);
        try (CodingEngine engine = EngineFactory.standard(0.95).build(t)) {
            long b0 = System.nanoTime();
            SemanticIndex index = SemanticIndex.of(v, engine.index());
            System.out.printf(Locale.ROOT, "semantic index build: %.3f s%n", (System.nanoTime() - b0) / 1e9);
            float[] q = e.embed("pain in my left leg");
            for (int round = 0; round < 3; round++) {
                long c0 = threads.getCurrentThreadCpuTime();
                int n = 0;
                long w0 = System.nanoTime();
                while (System.nanoTime() - w0 < 2e9) {
                    index.nearest(q, 10);
                    n++;
                }
                System.out.printf(Locale.ROOT, "scan of %d: %.2f ms CPU per query%n", index.size(),
                        (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n);
            }
        }
    }
}
