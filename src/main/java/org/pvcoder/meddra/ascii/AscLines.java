package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a file into lines and decodes each one strictly, so a byte sequence that is not valid in the
 * release's encoding is reported with its exact line number instead of being turned into '?'.
 */
final class AscLines {

    interface LineHandler {
        void line(int number, String text);
    }

    private AscLines() {
    }

    /** Feeds every non-blank line to the handler; false when a line could not be decoded (reported, reading stops). */
    static boolean read(InputStream in, Charset charset, String file, LoadProblems problems, LineHandler handler)
            throws IOException {
        byte[] bytes = in.readAllBytes();
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean latin1 = charset.equals(StandardCharsets.ISO_8859_1);
        int start = skipUtf8Bom(bytes, charset);
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
            String text;
            if (latin1) {
                text = new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    text = decoder.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString();
                } catch (CharacterCodingException e) {
                    problems.add(file, number, "not valid " + charset.name()
                            + " (files of a non-English release must be UTF-8)");
                    return false;
                }
            }
            if (!text.isBlank()) {
                handler.line(number, text);
            }
            start = end + 1;
        }
        return true;
    }

    private static int skipUtf8Bom(byte[] bytes, Charset charset) {
        boolean bom = charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        return bom ? 3 : 0;
    }
}
