package org.pvcoder.coding.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.engine.Evaluation;
import org.pvcoder.coding.rank.ConfidenceFeatures;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the confidence model (docs/benchmarks.md, "Calibration"). Skipped unless {@code -Dpv.bench.fit=true}.
 * Examples: every gold verbatim coded with an empty memory, plus each half coded with the other half
 * learned (so the memory stage is represented). 5-fold cross-validation by verbatim hash reports the
 * reliability of held-out predictions. Each coding is an example twice: with the reporter its source implies and
 * with none given (the reporter changes the features, not the coding). The final weights, fitted on all examples,
 * are written to {@code pv.bench.calibration.out} (default: the resource the engine loads).
 */
@EnabledIfSystemProperty(named = "pv.bench.fit", matches = "true")
class CalibrationFit {

    private static final int FOLDS = 5;
    private static final double L2 = 1.0;

    public static void main(String[] args) throws Exception {
        new CalibrationFit().fit();
    }

    record Example(GoldItem gold, Evaluation evaluation, ConfidenceFeatures features, boolean correct) {
    }

    @Test
    void fit() throws Exception {
        Path dict = Path.of(System.getProperty("pv.bench.dict", "../shared/meddra-dev/dict"));
        Path tsv = Path.of(System.getProperty("pv.bench.tsv", "../shared/meddra-dev/bench-dev.tsv"));
        Path out = Path.of(System.getProperty("pv.bench.calibration.out",
                "src/main/resources/org/pvcoder/coding/rank/calibration.properties"));
        Terminology terminology = AsciiReleaseFiles.read(dict);
        List<GoldItem> gold = GoldItem.read(tsv);
        EngineFactory factory = EngineFactory.standard(0.95);
        // engines get the semantic stage as the benchmark's do, so the fitted features are those it will score
        SemanticIndex semantic = BenchVectors.semanticIndex(factory, terminology);

        List<Example> examples = new ArrayList<>();
        try (CodingEngine cold = BenchVectors.withSemantic(factory.build(terminology), semantic)) {
            for (GoldItem item : gold) {
                examples.addAll(examples(item, cold.evaluate(item.verbatim(), Reporter.UNSPECIFIED)));
            }
        }
        // An engine codes lexically only until its release's vectors are ready: the search results of that time
        // must be calibrated too (their scores are not fused with a cosine).
        try (CodingEngine lexical = factory.build(terminology)) {
            for (GoldItem item : gold) {
                Evaluation e = lexical.evaluate(item.verbatim(), Reporter.UNSPECIFIED);
                if (e.result().stage() == MatchStage.SEARCH) {
                    examples.addAll(examples(item, e));
                }
            }
        }
        for (int learnedHalf = 0; learnedHalf < 2; learnedHalf++) {
            int half = learnedHalf;
            try (CodingEngine warm = BenchVectors.withSemantic(factory.build(terminology), semantic)) {
                AutocoderBenchmark.BenchmarkRun.learn(warm, gold.stream().filter(g -> g.half() == half).toList());
                for (GoldItem item : gold) {
                    if (item.half() != half) {
                        Evaluation e = warm.evaluate(item.verbatim(), Reporter.UNSPECIFIED);
                        if (e.result().stage() == MatchStage.MEMORY || e.features().fromMemory()) {
                            examples.addAll(examples(item, e));
                        }
                    }
                }
            }
        }
        examples.removeIf(e -> e.evaluation().result().stage() == MatchStage.NONE || e.evaluation().result().pt() == null);
        List<String> names = new ArrayList<>(examples.get(0).features().values().keySet());

        List<Scored> heldOut = new ArrayList<>();
        List<Double> heldOutP = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            List<Example> train = examples.stream().filter(e -> e.gold().fold(FOLDS) != f).toList();
            List<Example> test = examples.stream().filter(e -> e.gold().fold(FOLDS) == f).toList();
            double[] w = LogisticRegression.fit(train.stream().map(e -> x(e, names)).toList(),
                    train.stream().map(Example::correct).toList(), L2);
            for (Example e : test) {
                heldOut.add(new Scored(e.gold(), e.evaluation()));
                heldOutP.add(LogisticRegression.predict(w, x(e, names)));
            }
        }
        double[] w = LogisticRegression.fit(examples.stream().map(e -> x(e, names)).toList(),
                examples.stream().map(Example::correct).toList(), L2);

        StringBuilder props = new StringBuilder();
        props.append("# Confidence model: logistic regression over ConfidenceFeatures, fitted by CalibrationFit on\n")
                .append("# ").append(tsv.getFileName()).append(" (").append(examples.size()).append(" examples, L2 = ")
                .append(L2).append(") on ").append(LocalDate.now()).append(". See docs/benchmarks.md, Calibration.\n");
        props.append(String.format(Locale.ROOT, "intercept=%.6f%n", w[0]));
        for (int i = 0; i < names.size(); i++) {
            props.append(String.format(Locale.ROOT, "w.%s=%.6f%n", names.get(i), w[i + 1]));
        }
        Files.writeString(out, props.toString());

        StringBuilder report = new StringBuilder("#### Calibration, held-out folds (" + FOLDS + "-fold by verbatim hash, "
                + examples.size() + " examples)\n\n| confidence | examples | mean confidence | observed top-1 PT accuracy |\n|---|---:|---:|---:|\n");
        for (int b = 0; b < Report.BIN_EDGES.length - 1; b++) {
            double lo = Report.BIN_EDGES[b];
            double hi = Report.BIN_EDGES[b + 1];
            int n = 0;
            double sum = 0;
            int right = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                double p = heldOutP.get(i);
                if (p >= lo && p < hi) {
                    n++;
                    sum += p;
                    right += heldOut.get(i).top1Pt() ? 1 : 0;
                }
            }
            if (n > 0) {
                report.append(String.format(Locale.ROOT, "| [%.2f, %.2f%s | %d | %.3f | %.3f |%n", lo, Math.min(hi, 1.0),
                        hi > 1 ? "]" : ")", n, sum / n, (double) right / n));
            }
        }
        double logLoss = 0;
        double brier = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            double p = Math.min(1 - 1e-9, Math.max(1e-9, heldOutP.get(i)));
            double y = heldOut.get(i).top1Pt() ? 1 : 0;
            logLoss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
            brier += (p - y) * (p - y);
        }
        report.append(String.format(Locale.ROOT, "%nHeld-out log-loss %.4f, Brier score %.4f.%n", logLoss / heldOut.size(),
                brier / heldOut.size()));
        report.append("\nWeights written to `").append(out).append("`:\n\n```\n").append(props).append("```\n");
        System.out.println(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "calibration.md"), report.toString());
    }

    /** The coding as an example without a reporter and, when the gold item's source implies one, with it. */
    private static List<Example> examples(GoldItem item, Evaluation e) {
        boolean correct = e.result().pt() != null && item.ptCodes().contains(e.result().pt().code());
        Example unspecified = new Example(item, e, e.features(), correct);
        if (item.reporter() == Reporter.UNSPECIFIED) {
            return List.of(unspecified);
        }
        return List.of(unspecified, new Example(item, e, e.features().withReporter(item.reporter()), correct));
    }

    private static double[] x(Example e, List<String> names) {
        var values = e.features().values();
        double[] x = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            x[i] = values.get(names.get(i));
        }
        return x;
    }
}
