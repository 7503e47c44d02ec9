package org.pvcoder.e2b.export;

import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.e2b.FullCase;

import java.io.OutputStream;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 10,000 cases go through the writer one at a time: generated on demand, written to a stream that keeps nothing. */
class StreamingExportTest {

    @Test
    void tenThousandCasesStreamThrough() {
        CountingSink sink = new CountingSink();
        Iterator<CaseReport> cases = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 10_000;
            }

            @Override
            public CaseReport next() {
                return FullCase.build("GB-STREAM-" + (++n));
            }
        };
        try (IcsrBatchWriter writer = new IcsrBatchWriter(sink, IcsrBatchWriterTest.HEADER)) {
            cases.forEachRemaining(writer::write);
            assertEquals(10_000, writer.messageCount());
        }
        assertTrue(sink.bytes > 10_000L * 10_000, "about 20 kB per message, got " + sink.bytes + " bytes in all");
    }

    private static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
