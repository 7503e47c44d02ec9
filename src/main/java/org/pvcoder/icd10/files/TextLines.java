package org.pvcoder.icd10.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text file of a distribution. CMS files are ASCII; a file that is not valid UTF-8 is read as
 * Windows-1252, the other encoding such files have been seen in. A byte order mark is dropped.
 */
public final class TextLines {

    @FunctionalInterface
    public interface LineHandler {
        void line(int number, String text);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextLines() {
    }

    public static void read(DistributionFiles files, String name, LineHandler handler) throws IOException {
        byte[] bytes;
        try (InputStream in = files.open(name)) {
            bytes = in.readAllBytes();
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int number = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            handler.line(++number, line);
            start = end + 1;
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            CharBuffer chars = WINDOWS_1252.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        }
    }
}
