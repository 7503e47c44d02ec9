package org.pvcoder.meddra.ascii;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A release held in memory, for reader tests. */
final class BytesReleaseFiles implements ReleaseFiles {

    private final Map<String, byte[]> files = new HashMap<>();

    BytesReleaseFiles with(String name, String content, Charset charset) {
        files.put(name, content.getBytes(charset));
        return this;
    }

    BytesReleaseFiles with(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    @Override
    public String source() {
        return "memory";
    }

    @Override
    public Optional<InputStream> open(String fileName) {
        return Optional.ofNullable(files.get(fileName)).map(ByteArrayInputStream::new);
    }
}
