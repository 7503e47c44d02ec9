package org.pvcoder.coding.bench;

import org.pvcoder.coding.engine.CodingEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Preloads a memory file ({@code verbatim,llt_code} as CSV or TSV with a header) into an engine. */
final class MemoryFile {

    private MemoryFile() {
    }

    static int preload(CodingEngine engine, Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String separator = lines.get(0).contains("\t") ? "\t" : ",";
        List<String> header = List.of(lines.get(0).split(separator, -1));
        int v = header.indexOf("verbatim");
        int llt = header.indexOf("llt_code");
        int added = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(separator, -1);
            if (f.length > Math.max(v, llt) && engine.memory().add(f[v], f[llt])) {
                added++;
            }
        }
        engine.memory().awaitSearchable();
        return added;
    }
}
