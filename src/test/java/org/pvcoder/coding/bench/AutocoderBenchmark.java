package org.pvcoder.coding.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.semantic.Embedder;
import org.pvcoder.coding.semantic.LexiconAnchors;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.coding.semantic.SemanticSource;
import org.pvcoder.coding.semantic.TermVectors;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The autocoder benchmark (docs/benchmarks.md, "Autocoder"). Skipped unless {@code -Dpv.bench=true}.
 * Properties: {@code pv.bench.dict} (release folder), {@code pv.bench.tsv} (gold verbatims),
 * {@code pv.bench.memory} (optional TSV/CSV of verbatim,llt_code to preload), {@code pv.bench.mode}
 * (cold, warm or both; warm preloads half the gold set, split by verbatim hash, and scores the other half;
 * {@code pv.bench.memory.half}, 0 or 1, says which half is learned),
 * {@code pv.bench.threshold} (default 0.95, as {@code pv.coding.auto-threshold}), {@code pv.bench.consumer-threshold}
 * (as {@code pv.coding.consumer-auto-threshold}; default none), {@code pv.bench.reporter} (see
 * {@link BenchmarkRun#REPORTER_FROM_SOURCE}), {@code pv.bench.semantic}
 * (default true: engines get the semantic source from name vectors cached under {@code target/semantic-vectors/},
 * embedded on the first run; false: lexical only).
 */
@EnabledIfSystemProperty(named = "pv.bench", matches = "true")
class AutocoderBenchmark {

    /** Also runnable as a plain program with the test class path. */
    public static void main(String[] args) throws Exception {
        new AutocoderBenchmark().run();
    }

    @Test
    void run() throws Exception {
        Path dict = Path.of(System.getProperty("pv.bench.dict", "../shared/meddra-dev/dict"));
        Path tsv = Path.of(System.getProperty("pv.bench.tsv", "../shared/meddra-dev/bench-dev.tsv"));
        String mode = System.getProperty("pv.bench.mode", "both");
        double threshold = Double.parseDouble(System.getProperty("pv.bench.threshold", "0.95"));
        String memoryFile = System.getProperty("pv.bench.memory", "");
        // Which half of the gold set warm mode learns (the other is scored); 1 checks that a gain holds both ways.
        int memoryHalf = Integer.getInteger("pv.bench.memory.half", 0);
        EngineFactory factory = EngineFactory.standard(threshold).withConsumerThreshold(
                Double.parseDouble(System.getProperty("pv.bench.consumer-threshold", "0")));
        Terminology terminology = AsciiReleaseFiles.read(dict);
        List<GoldItem> gold = GoldItem.read(tsv);
        boolean semantic = Boolean.parseBoolean(System.getProperty("pv.bench.semantic", "true"));
        TermVectors vectors = semantic ? BenchVectors.forRelease(terminology) : null;
        StringBuilder semanticBuild = new StringBuilder();
        SemanticIndex semanticIndex = vectors == null ? null : semanticIndex(factory, terminology, vectors, semanticBuild);
        // Every engine of one release gets the same ordinals, so one semantic index serves them all.
        java.util.function.Function<Terminology, CodingEngine> build = t -> {
            CodingEngine engine = factory.build(t);
            return semanticIndex == null ? engine : BenchVectors.withSemantic(engine, semanticIndex);
        };

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Autocoder run %s — %s, %d cores, Java %s%n%n", LocalDate.now(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        out.append(String.format(Locale.ROOT, "Dictionary `%s` (version %s, %d terms), gold `%s` (%d verbatims).%n%n",
                dict, terminology.version(), terminology.terms().size(), tsv, gold.size()));
        out.append(semantic ? String.format(Locale.ROOT, "Semantic candidates: on (%s), %s.%n%n", Embedder.MODEL,
                SemanticSource.Settings.DEFAULT) : "Semantic candidates: off (lexical only).\n\n");
        out.append(buildTimes(factory, terminology));
        out.append(semanticBuild);

        if (mode.equals("cold") || mode.equals("both")) {
            try (CodingEngine engine = build.apply(terminology)) {
                int preloaded = memoryFile.isEmpty() ? 0 : MemoryFile.preload(engine, Path.of(memoryFile));
                List<Scored> scored = BenchmarkRun.score(engine, gold);
                Report.writeMisses(Path.of("target", "benchmarks", "autocoder-cold-misses.tsv"), scored);
                out.append(Report.accuracy("Cold (empty memory" + (preloaded > 0 ? ", plus " + preloaded + " pairs from " + memoryFile : "")
                        + "), all " + gold.size() + " verbatims", scored, threshold));
                if (engine.hasSemantic()) {
                    out.append(String.format(Locale.ROOT, "Semantic stage ran for %d of %d verbatims (weak lexical result).%n%n",
                            BenchmarkRun.SEMANTIC.size(), gold.size()));
                }
                out.append(Throughput.report(engine, gold, scored));
            }
        }
        if (mode.equals("warm") || mode.equals("both")) {
            try (CodingEngine engine = build.apply(terminology)) {
                List<GoldItem> learned = gold.stream().filter(g -> g.half() == memoryHalf).toList();
                List<GoldItem> scoredHalf = gold.stream().filter(g -> g.half() != memoryHalf).toList();
                int added = BenchmarkRun.learn(engine, learned);
                List<Scored> scored = BenchmarkRun.score(engine, scoredHalf);
                Report.writeMisses(Path.of("target", "benchmarks", "autocoder-warm-misses.tsv"), scored);
                out.append(Report.accuracy("Warm (memory: " + added + " pairs from half " + memoryHalf + "; scored: half "
                        + (1 - memoryHalf) + ", "
                        + scoredHalf.size() + " verbatims)", scored, threshold));
                List<Scored> coldSameHalf;
                try (CodingEngine cold = build.apply(terminology)) {
                    coldSameHalf = BenchmarkRun.score(cold, scoredHalf);
                }
                out.append("Same half " + (1 - memoryHalf) + " with an empty memory, for comparison:\n\n");
                out.append("| slice | verbatims | top-1 PT | top-5 PT | top-1 LLT | AUTO_CODED share | PT precision of AUTO_CODED |\n|---|---:|---:|---:|---:|---:|---:|\n");
                out.append(Report.row("all", coldSameHalf)).append("\n");
                out.append(Throughput.report(engine, scoredHalf, scored));
            }
        }
        System.out.println(out);
        Path target = Path.of("target", "benchmarks");
        Files.createDirectories(target);
        Files.writeString(target.resolve("autocoder-" + mode + ".md"), out.toString());
    }

    private static String buildTimes(EngineFactory factory, Terminology terminology) throws IOException {
        StringBuilder sb = new StringBuilder("| index build | terms | seconds |\n|---|---:|---:|\n");
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            try (CodingEngine ignored = factory.build(terminology)) {
                if (round == 1) {
                    sb.append(String.format(Locale.ROOT, "| dev release (after one warm-up build) | %d | %.2f |%n",
                            terminology.terms().size(), (System.nanoTime() - t0) / 1e9));
                }
            }
        }
        Terminology large = SyntheticRelease.scaled(terminology, 80_000);
        long t0 = System.nanoTime();
        try (CodingEngine ignored = factory.build(large)) {
            sb.append(String.format(Locale.ROOT, "| synthetic real-size release (dev names re-worded ×4) | %d | %.2f |%n",
                    large.terms().size(), (System.nanoTime() - t0) / 1e9));
        }
        return sb.append("\n").toString();
    }

    /**
     * The semantic index of the release from its vectors: the matrix (exact scan) and, unless
     * {@code -Dpv.bench.semantic.graph=false}, its HNSW graph, with the build times.
     */
    private static SemanticIndex semanticIndex(EngineFactory factory, Terminology terminology, TermVectors vectors,
                                               StringBuilder sb) throws IOException {
        sb.append("| semantic index build (from stored vectors; background in the server) | vectors | seconds |\n|---|---:|---:|\n");
        try (CodingEngine engine = factory.build(terminology)) {
            long t0 = System.nanoTime();
            SemanticIndex index = SemanticIndex.of(vectors, engine.index());
            sb.append(String.format(Locale.ROOT, "| dev release, float matrix (exact scan) | %d | %.3f |%n", index.size(),
                    (System.nanoTime() - t0) / 1e9));
            if (Boolean.parseBoolean(System.getProperty("pv.bench.semantic.anchors", "true"))) {
                t0 = System.nanoTime();
                int names = index.size();
                index = LexiconAnchors.add(index, engine, Embedder.shared());
                sb.append(String.format(Locale.ROOT, "| lexicon phrases as anchors (embedded once per JVM) | %d | %.1f |%n",
                        index.size() - names, (System.nanoTime() - t0) / 1e9));
            }
            if (Boolean.parseBoolean(System.getProperty("pv.bench.semantic.graph", "true"))) {
                t0 = System.nanoTime();
                index = index.withGraph();
                sb.append(String.format(Locale.ROOT, "| dev release, Lucene HNSW graph (M 16, beam 100) | %d | %.1f |%n",
                        index.size(), (System.nanoTime() - t0) / 1e9));
            }
            sb.append("\n");
            return index;
        }
    }

    /** Codes items with the engine. */
    static final class BenchmarkRun {

        /**
         * {@code pv.bench.reporter}: {@code unspecified} (default, as the coding API without a reporter) or
         * {@code source} (each verbatim coded as worded by its source's reporter, {@link GoldItem#reporter}).
         */
        static final boolean REPORTER_FROM_SOURCE = System.getProperty("pv.bench.reporter", "unspecified").equals("source");

        /** Verbatims of the last {@link #score} run that went through the semantic stage. */
        static final java.util.Set<String> SEMANTIC = new java.util.LinkedHashSet<>();

        private BenchmarkRun() {
        }

        static List<Scored> score(CodingEngine engine, List<GoldItem> items) {
            List<Scored> out = new ArrayList<>(items.size());
            SEMANTIC.clear();
            for (GoldItem item : items) {
                long before = engine.semanticCalls();
                Reporter reporter = REPORTER_FROM_SOURCE ? item.reporter() : Reporter.UNSPECIFIED;
                out.add(new Scored(item, engine.evaluate(item.verbatim(), reporter)));
                if (engine.semanticCalls() > before) {
                    SEMANTIC.add(item.verbatim());
                }
            }
            return out;
        }

        static int learn(CodingEngine engine, List<GoldItem> items) {
            int added = 0;
            for (GoldItem item : items) {
                for (String llt : item.lltCodes()) {
                    if (engine.memory().add(item.verbatim(), llt)) {
                        added++;
                    }
                }
            }
            engine.memory().awaitSearchable();
            return added;
        }
    }

    /** Terms per second, after warm-up, on one thread and on all cores. */
    static final class Throughput {

        private static final double WARM_UP_SECONDS = 5.0;

        private Throughput() {
        }

        static String report(CodingEngine engine, List<GoldItem> items, List<Scored> scored) throws Exception {
            List<String> all = items.stream().map(GoldItem::verbatim).toList();
            java.util.Set<MatchStage> exactStages = java.util.EnumSet.of(MatchStage.MEMORY, MatchStage.EXACT,
                    MatchStage.EXACT_NON_CURRENT);
            List<String> exact = scored.stream().filter(s -> exactStages.contains(s.result().stage()))
                    .map(s -> s.gold().verbatim()).toList();
            List<String> normalized = scored.stream().filter(s -> s.result().stage() == MatchStage.NORMALIZED_EXACT
                    || s.result().stage() == MatchStage.WORD_SET).map(s -> s.gold().verbatim()).toList();
            List<String> searched = scored.stream().filter(s -> s.result().stage() == MatchStage.SEARCH)
                    .map(s -> s.gold().verbatim()).toList();
            int cores = Runtime.getRuntime().availableProcessors();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "Load average before measuring: %.1f (on %d cores; other builds share the machine).%n%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), cores));
            sb.append("| throughput (terms/s) | verbatims | 1 thread, per CPU-second | 1 thread, wall clock | " + cores + " threads, wall clock |\n|---|---:|---:|---:|---:|\n");
            sb.append(line("memory / exact hits", engine, exact, cores));
            // not sure enough to auto-code, these also search for the alternatives a reviewer is shown
            sb.append(line("normalized exact / same word set", engine, normalized, cores));
            List<String> semantic = searched.stream().filter(BenchmarkRun.SEMANTIC::contains).toList();
            sb.append(line("lexical search stage (SEARCH verbatims, all)", engine, searched, cores));
            if (engine.hasSemantic()) {
                sb.append(line("search stage, lexical only (strong lexical result)", engine,
                        searched.stream().filter(v -> !BenchmarkRun.SEMANTIC.contains(v)).toList(), cores));
                sb.append(line("search stage with semantic candidates (weak lexical result)", engine, semantic, cores));
            }
            sb.append(line("whole mix", engine, all, cores));
            return sb.append("\n").toString();
        }

        private static String line(String label, CodingEngine engine, List<String> verbatims, int cores) throws Exception {
            if (verbatims.isEmpty()) {
                return "| " + label + " | 0 | – | – | – |\n";
            }
            // warm-up long enough for the JIT to finish compiling the path measured (1 s left figures varying 3x)
            measure(engine, verbatims, 1, WARM_UP_SECONDS);
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long n0 = System.nanoTime();
            int done = 0;
            while (System.nanoTime() - n0 < 3_000_000_000L) {
                engine.code(verbatims.get(done % verbatims.size()));
                done++;
            }
            double perCpuSecond = done / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            double one = done / ((System.nanoTime() - n0) / 1e9);
            double many = measure(engine, verbatims, cores, 3.0);
            return String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f |%n", label, verbatims.size(), perCpuSecond, one, many);
        }

        private static double measure(CodingEngine engine, List<String> verbatims, int threads, double seconds) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long deadline = System.nanoTime() + (long) (seconds * 1e9);
                long t0 = System.nanoTime();
                List<Future<Long>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int offset = t;
                    futures.add(pool.submit(() -> {
                        long n = 0;
                        int i = offset;
                        while (System.nanoTime() < deadline) {
                            engine.code(verbatims.get(i % verbatims.size()));
                            i++;
                            n++;
                        }
                        return n;
                    }));
                }
                long total = 0;
                for (Future<Long> f : futures) {
                    total += f.get();
                }
                return total / ((System.nanoTime() - t0) / 1e9);
            } finally {
                pool.shutdown();
            }
        }
    }

    /** A release of the requested size made from a real one: names re-worded so that they stay distinct. */
    static final class SyntheticRelease {

        private static final String[] QUALIFIERS = {"", "acute", "chronic", "recurrent"};

        private SyntheticRelease() {
        }

        static Terminology scaled(Terminology base, int size) {
            List<CodableTerm> terms = new ArrayList<>(size);
            int copy = 0;
            while (terms.size() < size) {
                for (CodableTerm t : base.terms()) {
                    if (terms.size() >= size) {
                        break;
                    }
                    String q = QUALIFIERS[copy % QUALIFIERS.length];
                    String name = q.isEmpty() ? t.name() : q + " " + t.name().toLowerCase(Locale.ROOT) + " " + copy;
                    terms.add(new CodableTerm(copy == 0 ? t.code() : "S" + copy + "-" + t.code(), name, t.current(),
                            t.groupCode(), t.groupName()));
                }
                copy++;
            }
            List<CodableTerm> all = List.copyOf(terms);
            return new Terminology() {
                public String system() {
                    return base.system();
                }

                public String version() {
                    return base.version() + "-x" + size;
                }

                public List<CodableTerm> terms() {
                    return all;
                }
            };
        }
    }
}
