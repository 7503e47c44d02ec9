package org.pvcoder.icd10.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip (as CMS ships its releases) into a folder, flattening subfolders. Entry names are
 * reduced to their last part, so no entry can be written outside the folder, and the total size is bounded.
 */
public final class ZipExtractor {

    /** The largest unpacked size accepted; a full ICD-10-CM release with its XML files is about 100 MB. */
    public static final long MAX_BYTES = 1L << 30;

    private ZipExtractor() {
    }

    public static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    public static void extract(Path zip, Path folder) throws IOException {
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = Path.of(entry.getName().replace('\\', '/')).getFileName().toString();
                if (name.isBlank() || name.startsWith(".")) {
                    continue;
                }
                Path target = folder.resolve(name);
                Files.copy(new BoundedInputStream(in, MAX_BYTES - total), target, StandardCopyOption.REPLACE_EXISTING);
                total += Files.size(target);
            }
        }
    }

    /** Fails instead of reading past a limit, against zip bombs. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {

        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                remaining -= read;
                if (remaining < 0) {
                    throw new IOException("the zip unpacks to more than " + MAX_BYTES / (1 << 20) + " MB");
                }
            }
            return read;
        }

        @Override
        public void close() {
            // the zip stream stays open for the next entry
        }
    }
}
