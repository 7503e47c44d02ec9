package org.pvcoder.meddra.ascii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A release zip as MSSO ships it: the {@code .asc} files in a {@code MedAscii/} folder, possibly below a
 * top folder. Other files (the {@code SeqAscii/} change files, PDFs) are ignored.
 */
public final class ZipReleaseFiles implements ReleaseFiles {

    private final Path zipPath;
    private final ZipFile zip;

    public ZipReleaseFiles(Path zipPath) throws IOException {
        this.zipPath = zipPath;
        this.zip = new ZipFile(zipPath.toFile());
    }

    @Override
    public String source() {
        return zipPath.toString();
    }

    @Override
    public Optional<InputStream> open(String fileName) throws IOException {
        Optional<? extends ZipEntry> entry = zip.stream()
                .filter(e -> !e.isDirectory())
                .filter(e -> baseName(e.getName()).equalsIgnoreCase(fileName))
                // prefer the copy in MedAscii/, then the shallowest
                .min(Comparator.comparing((ZipEntry e) -> !e.getName().toLowerCase().contains("medascii/"))
                        .thenComparing(e -> e.getName().length()));
        return entry.isPresent() ? Optional.of(zip.getInputStream(entry.get())) : Optional.empty();
    }

    private static String baseName(String entryName) {
        int slash = Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\'));
        return entryName.substring(slash + 1);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
