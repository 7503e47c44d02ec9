package org.pvcoder.coding.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.FolderFiles;
import org.pvcoder.common.load.LoadProblems;
import org.pvcoder.icd10.load.CmReleaseAssembler;
import org.pvcoder.icd10.load.DistributionDetector;
import org.pvcoder.icd10.load.ParsedRelease;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.TermSynonyms;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ICD-10 indication benchmark (docs/benchmarks.md, "ICD-10 indications"): the same engine as the MedDRA
 * autocoder, built in-process from an ICD-10-CM order file read by the icd10 feature's reader and assembler.
 * Skipped unless {@code -Dpv.bench=true}. Properties: {@code pv.bench.icd10.dict} (order file or release
 * folder), {@code pv.bench.icd10.tsv} (gold: verbatim, icd10_codes separated by |, note),
 * {@code pv.bench.threshold} (default 0.95, as {@code pv.coding.auto-threshold}), {@code pv.bench.verbose} (print each miss).
 */
@EnabledIfSystemProperty(named = "pv.bench", matches = "true")
class Icd10Benchmark {

    record Gold(String verbatim, Set<String> codes) {
    }

    @Test
    void run() throws Exception {
        Path dict = Path.of(System.getProperty("pv.bench.icd10.dict", "../shared/icd10-dev/icd10cm_order_2025.txt"));
        Path tsv = Path.of(System.getProperty("pv.bench.icd10.tsv", "../shared/icd10-dev/bench-dev.tsv"));
        double threshold = Double.parseDouble(System.getProperty("pv.bench.threshold", "0.95"));
        boolean verbose = Boolean.getBoolean("pv.bench.verbose");
        Terminology terminology = read(dict);
        List<Gold> gold = readGold(tsv);
        long t0 = System.nanoTime();
        EngineFactory factory = EngineFactory.standard(threshold);
        int exact = 0;
        int category = 0;
        int top5 = 0;
        int auto = 0;
        int autoRight = 0;
        int notCodable = 0;
        StringBuilder misses = new StringBuilder();
        try (CodingEngine engine = factory.build(terminology)) {
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            for (Gold g : gold) {
                CodingResult r = engine.code(g.verbatim());
                String top = r.llt() == null ? null : key(r.llt().code());
                boolean isExact = top != null && g.codes().contains(top);
                boolean isCategory = top != null && g.codes().stream().anyMatch(c -> c.substring(0, 3).equals(top.substring(0, 3)));
                boolean inTop5 = false;
                for (int i = 0; i < Math.min(5, r.candidates().size()); i++) {
                    Candidate c = r.candidates().get(i);
                    inTop5 |= g.codes().contains(key(c.llt().code()));
                }
                exact += isExact ? 1 : 0;
                category += isCategory ? 1 : 0;
                top5 += inTop5 ? 1 : 0;
                notCodable += r.decision() == Decision.NOT_CODABLE ? 1 : 0;
                if (r.decision() == Decision.AUTO_CODED) {
                    auto++;
                    autoRight += isExact ? 1 : 0;
                }
                if (verbose && !isExact) {
                    misses.append(String.format(Locale.ROOT, "MISS %-45s gold=%s got=%s %s (%s %.2f) top5=%s%n", g.verbatim(),
                            g.codes(), r.llt() == null ? "-" : r.llt().code(), r.llt() == null ? "" : r.llt().name(),
                            r.stage(), r.confidence(), r.candidates().stream().limit(5).map(c -> c.llt().code()).toList()));
                }
            }
            int n = gold.size();
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "### ICD-10 indication run %s — %s, %d cores, Java %s%n%n", LocalDate.now(),
                    System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
            out.append(String.format(Locale.ROOT, "Dictionary `%s` (ICD-10-CM %s, %d codes, index built in %.1f s), gold `%s` (%d verbatims), auto-threshold %.2f.%n%n",
                    dict, terminology.version(), terminology.terms().size(), buildSeconds, tsv, n, threshold));
            out.append("| verbatims | exact top-1 | category top-1 | exact top-5 | AUTO_CODED share | exact precision of AUTO_CODED | NOT_CODABLE |\n");
            out.append("|---:|---:|---:|---:|---:|---:|---:|\n");
            out.append(String.format(Locale.ROOT, "| %d | %.3f | %.3f | %.3f | %.3f | %s | %d |%n%n", n, exact / (double) n,
                    category / (double) n, top5 / (double) n, auto / (double) n,
                    auto == 0 ? "–" : String.format(Locale.ROOT, "%.3f", autoRight / (double) auto), notCodable));
            System.out.println(misses);
            System.out.println(out);
            Path target = Path.of("target", "benchmarks");
            Files.createDirectories(target);
            Files.writeString(target.resolve("icd10-indications.md"), out.toString());
        }
    }

    /** Codes as compared: upper case, no dot. */
    static String key(String code) {
        return code.replace(".", "").strip().toUpperCase(Locale.ROOT);
    }

    static List<Gold> readGold(Path tsv) throws Exception {
        List<Gold> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        for (int i = 1; i < lines.size(); i++) {
            String[] cols = lines.get(i).split("\t", -1);
            if (cols.length < 2 || cols[0].isBlank()) {
                continue;
            }
            Set<String> codes = new LinkedHashSet<>();
            for (String c : cols[1].split("\\|")) {
                if (!c.isBlank()) {
                    codes.add(key(c));
                }
            }
            out.add(new Gold(cols[0].strip(), codes));
        }
        return out;
    }

    /** The release as the coding engine sees it, read with the icd10 feature's reader and assembler. */
    static Terminology read(Path location) throws Exception {
        DistributionFiles files = FolderFiles.at(location).orElseThrow();
        LoadProblems problems = new LoadProblems();
        ParsedRelease release = CmReleaseAssembler.assemble(files, DistributionDetector.detect(files, problems), problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.summary());
        }
        Map<String, String> titles = new HashMap<>();
        for (ParsedRelease.Code c : release.codes()) {
            titles.put(c.code(), c.title());
        }
        List<CodableTerm> terms = release.codes().stream()
                .map(c -> new CodableTerm(c.code(), c.title(), c.billable(), c.category(), titles.get(c.category())))
                .toList();
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        for (ParsedRelease.Synonym s : release.synonyms()) {
            synonyms.computeIfAbsent(s.code(), k -> new ArrayList<>()).add(s.name());
        }
        return new BenchTerminology(release.version(), terms, synonyms);
    }

    record BenchTerminology(String version, List<CodableTerm> terms, Map<String, List<String>> synonyms)
            implements Terminology, TermSynonyms {
        @Override
        public String system() {
            return "icd10";
        }
    }
}
