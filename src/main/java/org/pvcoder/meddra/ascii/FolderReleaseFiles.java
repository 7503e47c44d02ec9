package org.pvcoder.meddra.ascii;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A release unpacked in a folder: the files sit in the folder itself or in its {@code MedAscii/} sub-folder,
 * as in MSSO's zip. File names are matched without regard to case.
 */
public final class FolderReleaseFiles implements ReleaseFiles {

    private final Path folder;

    public FolderReleaseFiles(Path folder) {
        Path medAscii = folder.resolve("MedAscii");
        this.folder = Files.isDirectory(medAscii) ? medAscii : folder;
    }

    @Override
    public String source() {
        return folder.toString();
    }

    @Override
    public Optional<InputStream> open(String fileName) throws IOException {
        Path exact = folder.resolve(fileName);
        if (Files.isRegularFile(exact)) {
            return Optional.of(Files.newInputStream(exact));
        }
        try (var entries = Files.list(folder)) {
            Optional<Path> match = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().equalsIgnoreCase(fileName))
                    .findFirst();
            if (match.isPresent()) {
                return Optional.of(Files.newInputStream(match.get()));
            }
        }
        return Optional.empty();
    }
}
