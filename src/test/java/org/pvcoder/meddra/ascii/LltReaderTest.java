package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LltReaderTest {

    private final LoadProblems problems = new LoadProblems();

    private List<Rows.Llt> read(String content) throws IOException {
        return new LltReader().read(new BytesReleaseFiles().with("llt.asc", content, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1, problems).orElseThrow();
    }

    @Test
    void readsRowsWithTrailingDollarAndCurrency() throws IOException {
        List<Rows.Llt> llts = read("10028813$Nausea$10028813$$$$$$$Y$$\r\n90400416$Feeling sick$10028813$$$$$$$N$$\n");
        assertTrue(problems.isEmpty(), problems.summary());
        assertEquals(List.of(new Rows.Llt(1, 10028813, "Nausea", 10028813, true),
                new Rows.Llt(2, 90400416, "Feeling sick", 10028813, false)), llts);
    }

    @Test
    void acceptsRowsWithoutTheTrailingDollar() throws IOException {
        assertEquals(1, read("10028813$Nausea$10028813$$$$$$$Y$").size());
        assertTrue(problems.isEmpty(), problems.summary());
    }

    @Test
    void skipsBlankLinesButCountsThem() throws IOException {
        read("\n10028813$Nausea$10028813$$$$$$$Y$$\n\n1$x$$$$$$$$$$$\n");
        assertEquals("llt.asc:4", problems.listed().get(0).pointer());
    }

    @Test
    void reportsWrongFieldCountWithLine() throws IOException {
        List<Rows.Llt> llts = read("10028813$Nausea$10028813$$$$$$$Y$$\n90400416$Feeling sick$10028813$Y$\n");
        assertEquals(1, llts.size());
        assertEquals("llt.asc:2", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().contains("has 4 fields, expected 11"), problems.summary());
    }

    @Test
    void reportsNonNumericCodes() throws IOException {
        read("1002881X$Nausea$10028813$$$$$$$Y$$\n10028814$Nausea 2$pt$$$$$$$Y$$\n");
        assertEquals(2, problems.count());
        assertEquals("llt.asc:1", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().contains("llt_code '1002881X' is not a numeric code"));
        assertTrue(problems.listed().get(1).message().contains("pt_code 'pt' is not a numeric code"));
    }

    @Test
    void reportsDuplicateCodesWithTheFirstLine() throws IOException {
        List<Rows.Llt> llts = read("10028813$Nausea$10028813$$$$$$$Y$$\n10028813$Nausea again$10028813$$$$$$$Y$$\n");
        assertEquals(1, llts.size());
        assertEquals("llt.asc:2", problems.listed().get(0).pointer());
        assertEquals("duplicate code 10028813 (first on line 1)", problems.listed().get(0).message());
    }

    @Test
    void reportsCurrencyOtherThanYOrN() throws IOException {
        read("10028813$Nausea$10028813$$$$$$$X$$\n");
        assertFalse(problems.isEmpty());
        assertTrue(problems.listed().get(0).message().contains("llt_currency 'X' is neither Y nor N"));
    }

    @Test
    void reportsEmptyNames() throws IOException {
        read("10028813$$10028813$$$$$$$Y$$\n");
        assertTrue(problems.listed().get(0).message().contains("llt_name is empty"));
    }
}
