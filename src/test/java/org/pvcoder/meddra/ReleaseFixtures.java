package org.pvcoder.meddra;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Copies of the demonstration release under another version, to break or change in a test's temp folder. */
public final class ReleaseFixtures {

    public static final Path DEMO = Path.of("meddra");

    private ReleaseFixtures() {
    }

    public static Path demoCopy(Path dir, String version) throws IOException {
        return demoCopy(dir, version, "English");
    }

    public static Path demoCopy(Path dir, String version, String language) throws IOException {
        Path release = Files.createDirectories(dir.resolve("release-" + version));
        try (var files = Files.list(DEMO)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".asc")).toList()) {
                Files.copy(file, release.resolve(file.getFileName()));
            }
        }
        Files.writeString(release.resolve("meddra_release.asc"), version + "$" + language + "$$\n");
        return release;
    }

    /** Replaces line {@code number} (1-based) of a Latin-1 file. */
    public static void setLine(Path file, int number, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        lines.set(number - 1, text);
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
    }

    /** Appends a line; returns its number. */
    public static int appendLine(Path file, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        lines.add(text);
        Files.write(file, lines, StandardCharsets.ISO_8859_1);
        return lines.size();
    }

    /** Rewrites a file in another encoding. */
    public static void recode(Path file, Charset from, Charset to) throws IOException {
        Files.writeString(file, Files.readString(file, from), to);
    }

    /** The release folder zipped as MSSO ships it: files under {@code MedDRA_x/MedAscii/}. */
    public static Path zip(Path folder, Path zipFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out);
             var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                zip.putNextEntry(new ZipEntry("MedDRA_demo/MedAscii/" + file.getFileName()));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("MedDRA_demo/readme.txt"));
            zip.write("not a release file".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return zipFile;
    }
}
