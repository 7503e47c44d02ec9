package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.icd10.Icd10Fixtures;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XML is read without DTD processing: a plain DOCTYPE is skipped, entity declarations and references are refused. */
class SafeXmlTest {

    @TempDir
    Path dir;

    @Test
    void clamlWithItsDoctypeIsReadWithoutFetchingTheDtd() throws Exception {
        Path file = Icd10Fixtures.write(dir.resolve("icd10who2019.xml"), Icd10Fixtures.claml("2019"));
        LoadProblems problems = new LoadProblems();
        ClamlContent content = ClamlReader.read(FolderFiles.at(file).orElseThrow(), "icd10who2019.xml", problems);
        assertTrue(problems.isEmpty(), problems.summary());
        assertNotNull(content);
        assertEquals("2019", content.version());
    }

    @Test
    void externalEntityIsRefused() throws Exception {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE ICD10CM.tabular [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <ICD10CM.tabular><version>2025</version><chapter><name>1</name><desc>&secret;</desc></chapter></ICD10CM.tabular>
                """;
        LoadProblems problems = readTabular(xxe);
        assertEquals(1, problems.count());
        assertEquals("icd10cm_tabular_2025.xml:2", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().contains("declares entities"), problems.summary());
    }

    @Test
    void undeclaredEntityReferenceIsRefused() throws Exception {
        LoadProblems problems = readTabular("<ICD10CM.tabular><version>&boom;</version></ICD10CM.tabular>");
        assertEquals(1, problems.count());
        assertTrue(problems.listed().get(0).message().startsWith("malformed XML"), problems.summary());
    }

    @Test
    void malformedXmlNamesItsLine() throws Exception {
        LoadProblems problems = readTabular("<ICD10CM.tabular>\n<chapter>\n<name>1</nam>\n</chapter></ICD10CM.tabular>");
        assertEquals("icd10cm_tabular_2025.xml:3", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().startsWith("malformed XML"), problems.summary());
    }

    private LoadProblems readTabular(String xml) throws Exception {
        Path file = Icd10Fixtures.write(dir.resolve("icd10cm_tabular_2025.xml"), xml);
        LoadProblems problems = new LoadProblems();
        TabularXmlReader.read(FolderFiles.at(file).orElseThrow(), "icd10cm_tabular_2025.xml", problems);
        return problems;
    }
}
