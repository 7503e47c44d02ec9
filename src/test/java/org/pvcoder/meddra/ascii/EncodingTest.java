package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncodingTest {

    private static final String MENIERE = "90400273$Ménière's disease$10027183$$$$$$$Y$$\n";

    @Test
    void latin1BytesReadAsLatin1() throws IOException {
        LoadProblems problems = new LoadProblems();
        List<Rows.Llt> llts = new LltReader().read(
                new BytesReleaseFiles().with("llt.asc", MENIERE, StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1, problems).orElseThrow();
        assertTrue(problems.isEmpty());
        assertEquals("Ménière's disease", llts.get(0).name());
    }

    @Test
    void utf8FileReadAsUtf8AndItsBomIgnored() throws IOException {
        LoadProblems problems = new LoadProblems();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "90400273$Syndrome de Ménière$10027183$$$$$$$Y$$\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        List<Rows.Llt> llts = new LltReader().read(new BytesReleaseFiles().with("llt.asc", content),
                StandardCharsets.UTF_8, problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.summary());
        assertEquals(90400273, llts.get(0).code());
        assertEquals("Syndrome de Ménière", llts.get(0).name());
    }

    @Test
    void latin1BytesInAUtf8ReleaseAreRefusedWithTheirLine() throws IOException {
        LoadProblems problems = new LoadProblems();
        String content = "10028813$Nausée$10028813$$$$$$$Y$$\n" + MENIERE;
        new LltReader().read(new BytesReleaseFiles().with("llt.asc", content, StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8, problems);
        assertEquals(1, problems.count());
        assertEquals("llt.asc:1", problems.listed().get(0).pointer());
        assertTrue(problems.listed().get(0).message().startsWith("not valid UTF-8"));
    }

    @Test
    void malformedUtf8IsFoundOnItsExactLine() throws IOException {
        LoadProblems problems = new LoadProblems();
        StringBuilder content = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            content.append(10000000 + i).append("$Term ").append(i).append("$10028813$$$$$$$Y$$\n");
        }
        content.append(MENIERE);
        new LltReader().read(new BytesReleaseFiles().with("llt.asc", content.toString(), StandardCharsets.ISO_8859_1),
                StandardCharsets.UTF_8, problems);
        assertEquals("llt.asc:41", problems.listed().get(0).pointer());
    }
}
