package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.icd10.Edition;
import org.pvcoder.icd10.Icd10Fixtures;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.FolderFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CmReleaseAssemblerTest {

    @TempDir
    Path dir;

    @Test
    void orderFileAloneTakesChaptersFromTheTableAndTheCategoryAsBlock() throws Exception {
        Icd10Fixtures.orderFile(dir, "2025");
        ParsedRelease release = assemble();
        assertEquals(Edition.CM, release.edition());
        assertEquals("2025", release.version());
        assertEquals(List.of("icd10cm_order_2025.txt"), release.files());
        assertEquals(12, release.codes().size());
        assertEquals(7, release.billableCount());
        assertEquals(List.of("4", "9", "10"), release.chapters().stream().map(ParsedRelease.Chapter::code).toList());
        assertEquals(0, release.blocks().size());
        ParsedRelease.Code code = codes(release).get("J45.909");
        assertEquals(new ParsedRelease.Code("J45.909", "Unspecified asthma, uncomplicated", "Unspecified asthma, uncomplicated",
                true, "J45.90", "J45", "J45", "10"), code);
        assertEquals(0, release.notes().size());
        assertEquals(0, release.synonyms().size());
    }

    @Test
    void tabularAndIndexAddSectionsNotesAndSynonyms() throws Exception {
        Icd10Fixtures.orderFile(dir, "2025");
        Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2025.xml"), Icd10Fixtures.tabularXml("2025"));
        Icd10Fixtures.write(dir.resolve("icd10cm_index_2025.xml"), Icd10Fixtures.indexXml("2025"));
        ParsedRelease release = assemble();
        assertEquals(List.of("icd10cm_order_2025.txt", "icd10cm_tabular_2025.xml", "icd10cm_index_2025.xml"), release.files());
        assertEquals(List.of("4", "9", "19", "10"), release.chapters().stream().map(ParsedRelease.Chapter::code).toList());
        assertEquals(new ParsedRelease.Chapter("4", "Endocrine, nutritional and metabolic diseases", "E00", "E89"),
                release.chapters().get(0));
        assertEquals(List.of("E08-E13", "I10-I1A", "S00-S09"), release.blocks().stream().map(ParsedRelease.Block::code).toList());
        assertEquals("E08-E13", codes(release).get("E11.65").block());
        assertEquals("J45", codes(release).get("J45.909").block(), "a category the tabular lacks is its own block");
        assertEquals(8, release.notes().size());
        assertTrue(release.notes().contains(new ParsedRelease.Note("E11", "excludes1", "type 1 diabetes mellitus (E10.-)")));
        assertEquals(List.of(
                new ParsedRelease.Synonym("E11", "diabetes (mellitus) due to insulin secretory defect", "inclusion"),
                new ParsedRelease.Synonym("E11", "insulin resistant diabetes (mellitus)", "inclusion"),
                new ParsedRelease.Synonym("I10", "high blood pressure", "inclusion"),
                new ParsedRelease.Synonym("I10", "hypertension (arterial) (benign) (essential) (malignant) (primary) (systemic)", "inclusion"),
                new ParsedRelease.Synonym("E11.9", "Diabetes, diabetic", "index"),
                new ParsedRelease.Synonym("E11.9", "Diabetes, diabetic type 2", "index"),
                new ParsedRelease.Synonym("E11.65", "Diabetes, diabetic type 2 with hyperglycemia", "index"),
                new ParsedRelease.Synonym("I10", "Hypertension, hypertensive", "index"),
                new ParsedRelease.Synonym("E11", "T2DM", "index")), release.synonyms());
    }

    @Test
    void codesFileWithTabularTakesHeadingsFromTheTabular() throws Exception {
        Icd10Fixtures.write(dir.resolve("icd10cm_codes_2024.txt"), List.of(
                "E1165   Type 2 diabetes mellitus with hyperglycemia",
                "E1169   Type 2 diabetes mellitus with other specified complication",
                "E118    Type 2 diabetes mellitus with unspecified complications",
                "E119    Type 2 diabetes mellitus without complications",
                "I10     Essential (primary) hypertension"));
        Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2024.xml"), Icd10Fixtures.tabularXml("2024"));
        ParsedRelease release = assemble();
        assertEquals("2024", release.version());
        assertEquals(List.of("E11", "E11.6", "E11.65", "E11.69", "E11.8", "E11.9", "I10", "S00"),
                release.codes().stream().map(ParsedRelease.Code::code).toList());
        assertEquals(5, release.billableCount());
        assertEquals("E11.6", codes(release).get("E11.65").parent());
    }

    @Test
    void filesOfDifferentVersionsAreRefused() throws Exception {
        Icd10Fixtures.orderFile(dir, "2025");
        Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2024.xml"), Icd10Fixtures.tabularXml("2024"));
        LoadProblems problems = new LoadProblems();
        DistributionDetector.detect(FolderFiles.at(dir).orElseThrow(), problems);
        assertEquals("icd10cm_tabular_2024.xml", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().contains("is of version 2024 but the other ICD-10-CM files are of version 2025"));
    }

    private ParsedRelease assemble() throws Exception {
        DistributionFiles files = FolderFiles.at(dir).orElseThrow();
        LoadProblems problems = new LoadProblems();
        DistributionLayout layout = DistributionDetector.detect(files, problems);
        ParsedRelease release = CmReleaseAssembler.assemble(files, layout, problems);
        assertTrue(problems.isEmpty(), problems.summary());
        return release;
    }

    private static Map<String, ParsedRelease.Code> codes(ParsedRelease release) {
        return release.codes().stream().collect(Collectors.toMap(ParsedRelease.Code::code, Function.identity()));
    }
}
