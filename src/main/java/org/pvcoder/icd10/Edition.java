package org.pvcoder.icd10;

/** The ICD-10 editions this service loads; releases of different editions live side by side. */
public final class Edition {

    /** The US clinical modification (CDC/CMS order, codes, tabular and index files). */
    public static final String CM = "ICD-10-CM";
    /** The WHO classification, distributed as ClaML. */
    public static final String WHO = "WHO";

    private Edition() {
    }
}
