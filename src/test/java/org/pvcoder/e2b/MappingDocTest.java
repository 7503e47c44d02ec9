package org.pvcoder.e2b;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/e2b.md lists every E2B element the model holds, exactly as the @E2B annotations say. */
class MappingDocTest {

    @Test
    void docsListEveryAnnotatedField() throws IOException {
        String doc = Files.readString(Path.of("docs/e2b.md"));
        List<String> missing = MappingTable.rows().stream().map(MappingTable.Row::markdown).filter(row -> !doc.contains(row)).toList();
        assertEquals(List.of(), missing, "add these rows to docs/e2b.md (or regenerate the table)");
    }

    @Test
    void mappingCoversEverySection() {
        List<String> elements = MappingTable.rows().stream().map(MappingTable.Row::element).toList();
        for (String section : List.of("C.1.1", "C.2.r.4", "C.3.1", "C.4.r.1", "C.5.4", "D.1", "D.7.1.r.1b", "D.8.r.1", "D.9.1",
                "E.i.2.1b", "E.i.3.2a", "F.r.2.2b", "G.k.1", "G.k.4.r.1a", "G.k.7.r.2b", "G.k.9.i.2.r.3", "H.1", "H.5.r.1a")) {
            assertTrue(elements.contains(section), section);
        }
    }
}
