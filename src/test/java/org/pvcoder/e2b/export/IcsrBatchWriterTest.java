package org.pvcoder.e2b.export;

import org.junit.jupiter.api.Test;
import org.pvcoder.e2b.FullCase;
import org.pvcoder.e2b.SchemaFixture;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsrBatchWriterTest {

    static final BatchHeader HEADER = new BatchHeader("B-1", "PVCODER", "EVHUMAN",
            OffsetDateTime.of(2024, 3, 21, 9, 30, 0, 0, ZoneOffset.UTC));

    static byte[] export(org.pvcoder.cases.model.CaseReport... reports) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IcsrBatchWriter writer = new IcsrBatchWriter(bytes, HEADER)) {
            for (var report : reports) {
                writer.write(report);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void fullCaseValidatesAgainstTheIchSchema() {
        byte[] xml = export(FullCase.build());
        List<Finding> findings = SchemaFixture.batchSchema().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertEquals(List.of(), findings, () -> new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    void batchHoldsOneMessagePerCaseAndTheHeader() {
        String xml = new String(export(FullCase.build("A-1"), FullCase.build("A-2")), StandardCharsets.UTF_8);
        assertEquals(2, xml.split("<PORR_IN049016UV>", -1).length - 1);
        assertTrue(xml.contains("<id extension=\"B-1\" root=\"2.16.840.1.113883.3.989.2.1.3.22\"/>"), xml);
        assertTrue(xml.contains("<creationTime value=\"20240321093000+0000\"/>"));
        assertTrue(xml.contains("<name code=\"1\" codeSystem=\"2.16.840.1.113883.3.989.2.1.1.1\"/>"));
        assertTrue(xml.contains("<id extension=\"EVHUMAN\" root=\"2.16.840.1.113883.3.989.2.1.3.14\"/>"));
        assertTrue(xml.contains("<id extension=\"PVCODER\" root=\"2.16.840.1.113883.3.989.2.1.3.13\"/>"));
    }

    @Test
    void reactionsCarryTheLltCodeWithItsMeddraVersion() {
        String xml = new String(export(FullCase.build()), StandardCharsets.UTF_8);
        assertTrue(xml.contains("code=\"10007515\" codeSystem=\"2.16.840.1.113883.6.163\" codeSystemVersion=\"26.1\""), xml);
        assertTrue(xml.contains("<originalText language=\"eng\">heart stopped</originalText>"));
        assertTrue(xml.contains("<effectiveTime value=\"20240320140509+0100\"/>"), "C.1.2 keeps its seconds and offset");
    }
}
