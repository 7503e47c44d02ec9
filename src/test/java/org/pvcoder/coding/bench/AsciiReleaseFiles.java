package org.pvcoder.coding.bench;

import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal reader of a MedDRA ASCII release folder for the benchmark only (the meddra feature's loader
 * replaces it): llt.asc ({@code llt_code$llt_name$pt_code$...$llt_currency} at index 9), pt.asc
 * ({@code pt_code$pt_name$...}) and meddra_release.asc ({@code version$language$...}).
 */
public final class AsciiReleaseFiles {

    private AsciiReleaseFiles() {
    }

    public static Terminology read(Path folder) throws IOException {
        Map<String, String> ptNames = new HashMap<>();
        for (String line : lines(folder.resolve("pt.asc"))) {
            String[] f = line.split("\\$", -1);
            ptNames.put(f[0], f[1]);
        }
        List<CodableTerm> terms = new ArrayList<>();
        for (String line : lines(folder.resolve("llt.asc"))) {
            String[] f = line.split("\\$", -1);
            boolean current = f.length <= 9 || !"N".equals(f[9]);
            terms.add(new CodableTerm(f[0], f[1], current, f[2], ptNames.getOrDefault(f[2], f[1])));
        }
        Path release = folder.resolve("meddra_release.asc");
        String version = Files.exists(release) ? lines(release).get(0).split("\\$", -1)[0] : folder.getFileName().toString();
        List<CodableTerm> all = List.copyOf(terms);
        return new Terminology() {
            @Override
            public String system() {
                return "meddra";
            }

            @Override
            public String version() {
                return version;
            }

            @Override
            public List<CodableTerm> terms() {
                return all;
            }
        };
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }
}
