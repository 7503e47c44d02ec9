package org.pvcoder.e2b.read;

import org.junit.jupiter.api.Test;
import org.pvcoder.e2b.SchemaFixture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsrBatchReaderTest {

    private static List<IcsrBatchReader.RawMessage> read(String xml, ReadLimits limits) {
        List<IcsrBatchReader.RawMessage> messages = new ArrayList<>();
        new IcsrBatchReader(limits).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), messages::add);
        return messages;
    }

    @Test
    void readsTheBatchHeaderWhichEndsAfterTheMessages() throws IOException {
        try (InputStream in = Files.newInputStream(SchemaFixture.FAERS_EXAMPLE)) {
            IcsrBatchReader.BatchInfo batch = new IcsrBatchReader(ReadLimits.DEFAULT).read(in, m -> { });
            assertEquals("FAERS2022Scenario1-4069-a2dd-08002b30309d", batch.batchNumber());
            assertEquals("4567AB89012", batch.senderId());
            assertEquals("ZZFDA", batch.receiverId());
            assertEquals(1, batch.messages());
        }
    }

    @Test
    void refusesADoctype() {
        E2bFileException e = assertThrows(E2bFileException.class, () -> read(HostileXml.XXE, ReadLimits.DEFAULT));
        assertEquals(E2bFileException.Kind.UNREADABLE, e.kind());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"><PORR_IN049016UV>" + "<a>".repeat(100) + "</a>".repeat(100)
                + "</PORR_IN049016UV></MCCI_IN200100UV01>";
        E2bFileException e = assertThrows(E2bFileException.class, () -> read(deep, ReadLimits.DEFAULT));
        assertTrue(e.getMessage().contains("deeper than 64"), e.getMessage());
    }

    @Test
    void refusesTooLargeFiles() {
        String big = "<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"><PORR_IN049016UV><id extension=\"" + "x".repeat(5000)
                + "\"/></PORR_IN049016UV></MCCI_IN200100UV01>";
        E2bFileException e = assertThrows(E2bFileException.class, () -> read(big, new ReadLimits(1000, 64, 1000, 1000)));
        assertTrue(e.getMessage().contains("larger than 1000 bytes"), e.getMessage());
    }

    @Test
    void refusesOtherNamespaces() {
        E2bFileException e = assertThrows(E2bFileException.class,
                () -> read("<MCCI_IN200100UV01><PORR_IN049016UV/></MCCI_IN200100UV01>", ReadLimits.DEFAULT));
        assertEquals(E2bFileException.Kind.NOT_E2B, e.kind());
    }

    @Test
    void handsOverEachMessageWithItsLine() throws IOException {
        String example = Files.readString(SchemaFixture.LITERATURE_EXAMPLE);
        List<IcsrBatchReader.RawMessage> messages = read(example, ReadLimits.DEFAULT);
        assertEquals(1, messages.size());
        assertEquals(12, messages.get(0).line());
    }

    /** Hostile inputs shared by reader and REST tests. */
    static final class HostileXml {
        static final String XXE = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"file:///etc/passwd\">]>\n"
                + "<MCCI_IN200100UV01 xmlns=\"urn:hl7-org:v3\"><id extension=\"&s;\"/></MCCI_IN200100UV01>";
    }
}
