package org.pvcoder.coding.bench;

import org.pvcoder.coding.Reporter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * One benchmark verbatim with every gold answer its rows give (any of them counts as right).
 * Read from a TSV with columns {@code verbatim, llt_code, llt_name, pt_code, pt_name, source}.
 */
public record GoldItem(String verbatim, String source, Set<String> lltCodes, Set<String> ptCodes) {

    /** Groups rows by verbatim and source, in first-seen order. */
    public static List<GoldItem> read(Path tsv) throws IOException {
        Map<String, GoldItem> items = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int v = header.indexOf("verbatim");
        int llt = header.indexOf("llt_code");
        int pt = header.indexOf("pt_code");
        int src = header.indexOf("source");
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String source = src >= 0 && src < f.length ? f[src] : "all";
            GoldItem item = items.computeIfAbsent(f[v] + "\t" + source,
                    k -> new GoldItem(f[v], source, new LinkedHashSet<>(), new LinkedHashSet<>()));
            item.lltCodes().add(f[llt]);
            item.ptCodes().add(f[pt]);
        }
        return new ArrayList<>(items.values());
    }

    /**
     * Who worded the verbatim: the social-media sets (SMM4H) are consumers; the others are drug-label wording, a
     * health professional's; a gold file without a source column does not say.
     */
    public Reporter reporter() {
        if (source.equals("all")) {
            return Reporter.UNSPECIFIED;
        }
        return source.startsWith("smm4h") ? Reporter.CONSUMER : Reporter.HEALTH_PROFESSIONAL;
    }

    /** Which half (0 or 1) the verbatim falls in: a stable hash of its folded text, so case variants stay together. */
    public int half() {
        CRC32 crc = new CRC32();
        crc.update(verbatim.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 2);
    }

    /** One of k folds, by the same stable hash. */
    public int fold(int k) {
        CRC32 crc = new CRC32();
        crc.update(("fold:" + verbatim.strip().toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % k);
    }
}
