package org.pvcoder.icd10.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Which file of a distribution plays which part. ICD-10-CM: the order file or the codes file (the codes), the tabular
 * XML (hierarchy and notes), the index XML (synonyms). WHO: one ClaML file. Absent parts are null.
 */
public record DistributionLayout(String edition, String version, String orderFile, String codesFile, String tabularFile,
                                 String indexFile, String clamlFile) {

    /** The files the load reads, in the order it reads them. */
    public List<String> used() {
        List<String> used = new ArrayList<>();
        for (String file : new String[] {orderFile, orderFile == null ? codesFile : null, tabularFile, indexFile, clamlFile}) {
            if (file != null) {
                used.add(file);
            }
        }
        return used;
    }

    public DistributionLayout withVersion(String override) {
        return new DistributionLayout(edition, override, orderFile, codesFile, tabularFile, indexFile, clamlFile);
    }
}
