package org.pvcoder.icd10.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Named files packaged as classpath resources under one folder, such as the starter subset. */
public final class ClasspathFiles implements DistributionFiles {

    private final String folder;
    private final List<String> names;

    public ClasspathFiles(String folder, List<String> names) {
        this.folder = folder;
        this.names = List.copyOf(names);
    }

    @Override
    public String source() {
        return "classpath:" + folder;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public InputStream open(String name) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(folder + "/" + name);
        if (in == null) {
            throw new IOException("classpath resource " + folder + "/" + name + " is missing");
        }
        return in;
    }
}
