package org.pvcoder.coding.bench;

import org.pvcoder.coding.MatchStage;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Accuracy figures of a benchmark run as Markdown tables. */
public final class Report {

    static final double[] BIN_EDGES = {0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001};

    private Report() {
    }

    public static String accuracy(String title, List<Scored> scored, double threshold) {
        StringBuilder sb = new StringBuilder();
        sb.append("#### ").append(title).append("\n\n");
        sb.append("| slice | verbatims | top-1 PT | top-5 PT | top-1 LLT | AUTO_CODED share (≥ ")
                .append(fmt(threshold)).append(") | PT precision of AUTO_CODED |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        sb.append(row("all", scored));
        Map<String, List<Scored>> bySource = scored.stream()
                .collect(Collectors.groupingBy(s -> s.gold().source(), TreeMap::new, Collectors.toList()));
        bySource.forEach((source, items) -> sb.append(row(source, items)));
        sb.append("\n");
        sb.append(reliability("Reliability (all)", scored));
        for (String source : List.of("tac2017", "smm4h2017")) {
            if (bySource.containsKey(source)) {
                sb.append(reliability("Reliability (" + source + ")", bySource.get(source)));
            }
        }
        sb.append(stages(scored));
        return sb.toString();
    }

    static String row(String slice, List<Scored> items) {
        long n = items.size();
        long auto = items.stream().filter(Scored::autoCoded).count();
        long autoRight = items.stream().filter(s -> s.autoCoded() && s.top1Pt()).count();
        return String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.3f | %s |%n", slice, n,
                share(items, Scored::top1Pt), share(items, s -> s.topKPt(5)), share(items, Scored::top1Llt),
                (double) auto / n, auto == 0 ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) autoRight / auto, autoRight, auto));
    }

    public static String reliability(String title, List<Scored> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("*").append(title).append("*\n\n| confidence | verbatims | mean confidence | observed top-1 PT accuracy |\n|---|---:|---:|---:|\n");
        for (int b = 0; b < BIN_EDGES.length - 1; b++) {
            double lo = BIN_EDGES[b];
            double hi = BIN_EDGES[b + 1];
            List<Scored> bin = items.stream()
                    .filter(s -> s.result().confidence() >= lo && s.result().confidence() < hi).toList();
            if (bin.isEmpty()) {
                continue;
            }
            double mean = bin.stream().mapToDouble(s -> s.result().confidence()).average().orElse(0);
            sb.append(String.format(Locale.ROOT, "| [%.2f, %.2f%s | %d | %.3f | %.3f |%n", lo, Math.min(hi, 1.0),
                    hi > 1 ? "]" : ")", bin.size(), mean, share(bin, Scored::top1Pt)));
        }
        return sb.append("\n").toString();
    }

    static String stages(List<Scored> items) {
        Map<MatchStage, List<Scored>> byStage = new EnumMap<>(MatchStage.class);
        for (Scored s : items) {
            byStage.computeIfAbsent(s.result().stage(), k -> new java.util.ArrayList<>()).add(s);
        }
        StringBuilder sb = new StringBuilder("*By stage*\n\n| stage | verbatims | top-1 PT |\n|---|---:|---:|\n");
        byStage.forEach((stage, list) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f |%n", stage,
                list.size(), share(list, Scored::top1Pt))));
        return sb.append("\n").toString();
    }

    static double share(List<Scored> items, Function<Scored, Boolean> test) {
        if (items.isEmpty()) {
            return 0;
        }
        return (double) items.stream().filter(test::apply).count() / items.size();
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** Writes the items whose top candidate has the wrong PT, for reading failure kinds (target/ only, never committed). */
    public static void writeMisses(java.nio.file.Path file, List<Scored> scored) throws java.io.IOException {
        StringBuilder sb = new StringBuilder("source\tverbatim\tnormalized\tstage\tconfidence\tproposed_pt\tgold_pts\tgold_rank\n");
        for (Scored s : scored) {
            if (s.top1Pt()) {
                continue;
            }
            int rank = 0;
            for (int i = 0; i < s.result().candidates().size() && rank == 0; i++) {
                if (s.gold().ptCodes().contains(s.result().candidates().get(i).pt().code())) {
                    rank = i + 1;
                }
            }
            sb.append(String.join("\t", s.gold().source(), s.gold().verbatim(), s.result().normalized(),
                    s.result().stage().name(), String.valueOf(s.result().confidence()),
                    s.result().pt() == null ? "" : s.result().pt().name(), String.join("|", s.gold().ptCodes()),
                    String.valueOf(rank))).append("\n");
        }
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, sb.toString());
    }
}
