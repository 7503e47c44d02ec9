package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pvcoder.icd10.Icd10Fixtures;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderFileReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryColumnOfTheFixedWidthLayout() throws Exception {
        Path file = Icd10Fixtures.orderFile(dir, "2025");
        LoadProblems problems = new LoadProblems();
        List<OrderRow> rows = OrderFileReader.read(FolderFiles.at(file).orElseThrow(), file.getFileName().toString(), problems);
        assertTrue(problems.isEmpty(), problems.summary());
        assertEquals(12, rows.size());
        assertEquals(7, rows.stream().filter(OrderRow::billable).count());
        OrderRow e119 = rows.get(5);
        assertEquals(6, e119.order());
        assertEquals("E119", e119.key());
        assertEquals("Type 2 diabetes mellitus without complications", e119.longTitle());
        assertEquals("Type 2 diabetes mellitus without complications", e119.shortTitle());
        assertFalse(rows.get(0).billable());
    }

    @Test
    void eachFaultIsReportedWithItsLine() {
        assertProblem("00001 E119    1 Too short", "line is 25 characters long; an order-file line needs at least 78");
        assertProblem(Icd10Fixtures.orderLine(1, "E119", true, "Title").replaceFirst("00001", "0000X"),
                "order number '0000X' (columns 1-5) is not a number");
        assertProblem(Icd10Fixtures.orderLine(1, "E119", true, "Title").replaceFirst(" 1 ", " Y "),
                "billable flag 'Y' (column 15) must be 0 or 1");
        assertProblem(Icd10Fixtures.orderLine(1, "119E", true, "Title"), "code '119E' (columns 7-13) is not an ICD-10-CM code");
        assertProblem(Icd10Fixtures.orderLine(1, "E119", true, "Title").substring(1) + " ", "column 6 must be a space");
    }

    private static void assertProblem(String line, String message) {
        LoadProblems problems = new LoadProblems();
        OrderFileReader.parse("icd10cm_order_2025.txt", 17, line, problems);
        assertEquals(1, problems.count(), line);
        assertEquals("icd10cm_order_2025.txt:17", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().startsWith(message), problems.listed().get(0).message());
    }
}
