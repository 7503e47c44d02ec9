package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.FolderFiles;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reading and checking the FY2025 order file in ../shared without the database: the parse half of a load. */
class DevOrderFileParseTest {

    @Test
    void parsesTheFullOrderFile() throws Exception {
        Path file = Path.of("../shared/icd10-dev/icd10cm_order_2025.txt");
        assumeTrue(Files.isRegularFile(file), "../shared/icd10-dev/icd10cm_order_2025.txt is not here");
        DistributionFiles files = FolderFiles.at(file).orElseThrow();
        ParsedRelease release = null;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            LoadProblems problems = new LoadProblems();
            release = CmReleaseAssembler.assemble(files, DistributionDetector.detect(files, problems), problems);
            assertTrue(problems.isEmpty(), problems.summary());
            System.out.printf("parsed the FY2025 order file in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        assertEquals(46_498, release.codes().size());
        assertEquals(36_030, release.billableCount());
        assertEquals(22, release.chapters().size());
    }
}
