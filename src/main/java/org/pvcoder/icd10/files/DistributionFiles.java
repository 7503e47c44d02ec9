package org.pvcoder.icd10.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The files of one ICD-10 distribution, wherever they sit: a folder, a single file, the classpath. */
public interface DistributionFiles {

    /** Where the files come from, for the load report and logs. */
    String source();

    /** The plain file names on offer, e.g. {@code icd10cm_order_2025.txt}. */
    List<String> names();

    InputStream open(String name) throws IOException;
}
