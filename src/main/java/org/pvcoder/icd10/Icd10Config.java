package org.pvcoder.icd10;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** {@code pv.icd10.*}: which release to load at start, and which edition the coding engine works with. */
@ConfigMapping(prefix = "pv.icd10")
public interface Icd10Config {

    /**
     * An official release: a folder holding ICD-10-CM files or a WHO ClaML file, or one such file, or a zip of them.
     * Loaded at start unless that edition and version is already in the database.
     */
    Optional<String> release();

    /** Load the project's starter subset at start when nothing is configured and the database holds no ICD-10 release. */
    @WithDefault("true")
    boolean loadStarter();

    /** The edition whose active release the coding engine uses; another edition's is used only when this one has none. */
    @WithDefault(Edition.CM)
    String codingEdition();
}
