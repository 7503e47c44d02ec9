package org.pvcoder.e2b.ack;

import org.junit.jupiter.api.Test;
import org.pvcoder.e2b.SchemaFixture;
import org.pvcoder.e2b.read.IcsrBatchReader;
import org.pvcoder.e2b.read.ImportReport;
import org.pvcoder.e2b.read.MessageResult;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AckWriterTest {

    @Test
    void acknowledgesAcceptedAndRejectedMessagesValidly() {
        ImportReport report = ImportReport.of(new IcsrBatchReader.BatchInfo("B-7", "THEM", "US", "20240101120000", 2), List.of(
                new MessageResult(1, "B-7-1", "X-1", "X-1", MessageResult.Status.CREATED, 10L, List.of()),
                new MessageResult(2, null, "X-2", "X-2", MessageResult.Status.REJECTED, null,
                        List.of(Finding.blocking("ICH.E.i.7.REQUIRED", "E.i.7", "/reactions/0/outcome", "the outcome is required")))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AckWriter.write(bytes, report, "PVCODER", OffsetDateTime.parse("2024-03-01T10:00:00Z"));
        byte[] xml = bytes.toByteArray();
        assertEquals(List.of(), SchemaFixture.ackSchema().validate(new StreamSource(new ByteArrayInputStream(xml))));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<acknowledgement typeCode=\"CA\">"));
        assertTrue(text.contains("<acknowledgement typeCode=\"CR\">"));
        assertTrue(text.contains("E.i.7: the outcome is required"));
        assertTrue(text.contains("<acknowledgement typeCode=\"AE\"><targetBatch><id extension=\"B-7\""), text);
    }
}
