package org.pvcoder.coding.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.semantic.Embedder;
import org.pvcoder.coding.semantic.LexiconAnchors;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.coding.semantic.SemanticSource;
import org.pvcoder.coding.semantic.TermVectors;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grid over the semantic settings (cut-off, fusion weight, cosine floor) on the aggregate figures of the dev
 * benchmark: top-1/top-5 PT of all verbatims, the share that goes through the semantic stage (throughput), and
 * AUTO_CODED share and precision. Verbatim vectors are computed once and reused across the grid.
 * {@code ./mvnw -B -o test -Dtest=SemanticTuning -Dpv.bench=true}; writes target/benchmarks/semantic-tuning.md.
 */
@EnabledIfSystemProperty(named = "pv.bench", matches = "true")
class SemanticTuning {

    @Test
    void grid() throws Exception {
        Path dict = Path.of(System.getProperty("pv.bench.dict", "../shared/meddra-dev/dict"));
        Path tsv = Path.of(System.getProperty("pv.bench.tsv", "../shared/meddra-dev/bench-dev.tsv"));
        double threshold = Double.parseDouble(System.getProperty("pv.bench.threshold", "0.95"));
        Terminology terminology = AsciiReleaseFiles.read(dict);
        List<GoldItem> gold = GoldItem.read(tsv);
        TermVectors vectors = BenchVectors.forRelease(terminology);
        Embedder embedder = Embedder.shared();
        Map<String, float[]> seen = new ConcurrentHashMap<>();
        StringBuilder out = new StringBuilder("| weak below | weight | cosine floor | semantic share | top-1 PT | top-5 PT | AUTO share | AUTO precision |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        try (CodingEngine engine = EngineFactory.standard(threshold).build(terminology)) {
            SemanticIndex index = SemanticIndex.of(vectors, engine.index());
            if (Boolean.parseBoolean(System.getProperty("pv.bench.semantic.anchors", "true"))) {
                index = LexiconAnchors.add(index, engine, embedder);
            }
            out.append(row(engine, gold, "off", 0, 0));
            double[] cuts = parse(System.getProperty("pv.tune.cuts", "0.6,0.7,0.8,0.9,1.01"));
            double[] weights = parse(System.getProperty("pv.tune.weights", "0.3,0.45,0.6"));
            double[] floors = parse(System.getProperty("pv.tune.floors", "0.5,0.6"));
            for (double floor : floors) {
                for (double weight : weights) {
                    for (double cut : cuts) {
                        engine.attachSemantic(new SemanticSource(t -> seen.computeIfAbsent(t, embedder::embed), index,
                                new SemanticSource.Settings(cut, 10, weight, floor)));
                        out.append(row(engine, gold, String.format(Locale.ROOT, "%.2f | %.2f | %.2f", cut, weight, floor),
                                engine.semanticCalls(), 0));
                        System.out.print(out.substring(out.lastIndexOf("\n", out.length() - 2) + 1));
                    }
                }
            }
        }
        System.out.println(out);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "semantic-tuning.md"), out.toString());
    }

    private static String row(CodingEngine engine, List<GoldItem> gold, String label, long ignored, int unused) {
        long before = engine.semanticCalls();
        List<Scored> scored = new ArrayList<>();
        for (GoldItem item : gold) {
            scored.add(new Scored(item, engine.evaluate(item.verbatim(), Reporter.UNSPECIFIED)));
        }
        long calls = engine.semanticCalls() - before;
        double top1 = scored.stream().filter(Scored::top1Pt).count() / (double) scored.size();
        double top5 = scored.stream().filter(s -> s.topKPt(5)).count() / (double) scored.size();
        long auto = scored.stream().filter(Scored::autoCoded).count();
        long autoRight = scored.stream().filter(s -> s.autoCoded() && s.top1Pt()).count();
        String cells = label.equals("off") ? "off | – | –" : label;
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f |%n", cells, calls / (double) gold.size(),
                top1, top5, auto / (double) gold.size(), auto == 0 ? 0 : autoRight / (double) auto);
    }

    private static double[] parse(String csv) {
        String[] parts = csv.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i].trim());
        }
        return out;
    }
}
