package org.pvcoder.icd10.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of a folder on the server (not its subfolders), or one file on its own. */
public final class FolderFiles implements DistributionFiles {

    private final Path folder;
    private final List<String> names;
    private final String source;

    private FolderFiles(Path folder, List<String> names, String source) {
        this.folder = folder;
        this.names = names;
        this.source = source;
    }

    /** A folder's regular files, or a single file; empty when the path is neither. */
    public static java.util.Optional<DistributionFiles> at(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            try (Stream<Path> entries = Files.list(location)) {
                List<String> names = entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
                return java.util.Optional.of(new FolderFiles(location, names, location.toString()));
            }
        }
        if (Files.isRegularFile(location)) {
            return java.util.Optional.of(new FolderFiles(location.toAbsolutePath().getParent(),
                    List.of(location.getFileName().toString()), location.toString()));
        }
        return java.util.Optional.empty();
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        if (!names.contains(name)) {
            throw new IOException(name + " is not among the files of " + source());
        }
        return Files.newInputStream(folder.resolve(name));
    }
}
