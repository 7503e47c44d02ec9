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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClamlReleaseAssemblerTest {

    @TempDir
    Path dir;

    @Test
    void expandsModifiersIntoRealCodesWithExactCounts() throws Exception {
        ParsedRelease release = assemble(Icd10Fixtures.claml("2019"));
        assertEquals(Edition.WHO, release.edition());
        assertEquals("2019", release.version());
        assertEquals(List.of("I", "IV"), release.chapters().stream().map(ParsedRelease.Chapter::code).toList());
        assertEquals(3, release.blocks().size());
        assertEquals(List.of("A00", "A00.0", "A00.1", "A00.9", "E10", "E10.0", "E10.1", "E10.8", "E10.9", "E11", "E11.0",
                "E11.1", "E11.9"), release.codes().stream().map(ParsedRelease.Code::code).toList());
        assertEquals(10, release.billableCount());
        Map<String, ParsedRelease.Code> codes = release.codes().stream()
                .collect(Collectors.toMap(ParsedRelease.Code::code, Function.identity()));
        ParsedRelease.Code coma = codes.get("E10.0");
        assertEquals("Type 1 diabetes mellitus, with coma", coma.title());
        assertTrue(coma.billable());
        assertEquals("E10", coma.parent());
        assertEquals("E10", coma.category());
        assertEquals("E10-E14", coma.block());
        assertEquals("IV", coma.chapter());
        assertFalse(codes.get("E10").billable());
        assertFalse(codes.containsKey("E11.8"), "ValidModifierClass leaves .8 out of E11");
        assertEquals("A00-A09", codes.get("A00.1").block());
        assertNull(codes.get("A00").parent());
    }

    @Test
    void blocksKeepTheirNestingAndChaptersTheirRange() throws Exception {
        ParsedRelease release = assemble(Icd10Fixtures.claml("2019"));
        assertEquals(new ParsedRelease.Block("A00-A09", "Intestinal infectious diseases", "I", "A00-B99"), release.blocks().get(1));
        assertEquals(new ParsedRelease.Chapter("I", "Certain infectious and parasitic diseases", "A00", "B99"), release.chapters().get(0));
    }

    @Test
    void rubricsBecomeNotesAndInclusionsSynonyms() throws Exception {
        ParsedRelease release = assemble(Icd10Fixtures.claml("2019"));
        assertEquals(5, release.notes().size());
        assertTrue(release.notes().contains(new ParsedRelease.Note("E10", "exclusion", "diabetes mellitus in pregnancy (O24.-)")));
        assertEquals(List.of(
                new ParsedRelease.Synonym("A00.0", "Classical cholera", "inclusion"),
                new ParsedRelease.Synonym("E10", "Insulin-dependent diabetes (mellitus)", "inclusion"),
                new ParsedRelease.Synonym("E10.0", "Diabetic coma with or without ketoacidosis", "inclusion"),
                new ParsedRelease.Synonym("E11.0", "Diabetic coma with or without ketoacidosis", "inclusion")), release.synonyms());
    }

    @Test
    void aModifiedByNamingNoModifierIsRefused() throws Exception {
        Path file = Icd10Fixtures.write(dir.resolve("who.xml"),
                Icd10Fixtures.claml("2019").replace("<ModifiedBy code=\"S04E10_4\" all=\"true\"/>", "<ModifiedBy code=\"NOPE\"/>"));
        LoadProblems problems = new LoadProblems();
        DistributionFiles files = FolderFiles.at(file).orElseThrow();
        assertNull(ClamlReleaseAssembler.assemble(files, DistributionDetector.detect(files, problems), problems));
        assertTrue(problems.listed().get(0).message().contains("ModifiedBy NOPE of E10 names no Modifier"), problems.summary());
    }

    private ParsedRelease assemble(String claml) throws Exception {
        Path file = Icd10Fixtures.write(dir.resolve("icd102019en.xml"), claml);
        DistributionFiles files = FolderFiles.at(dir).orElseThrow();
        LoadProblems problems = new LoadProblems();
        DistributionLayout layout = DistributionDetector.detect(files, problems);
        ParsedRelease release = ClamlReleaseAssembler.assemble(files, layout, problems);
        assertTrue(problems.isEmpty(), problems.summary());
        assertEquals(List.of(file.getFileName().toString()), release.files());
        return release;
    }
}
