package org.pvcoder.meddra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** {@code pv.meddra.*}: which release to load at start. */
@ConfigMapping(prefix = "pv.meddra")
public interface MeddraConfig {

    /** A licensed release, as a folder or the zip as shipped; loaded at start unless already in the database. */
    Optional<String> release();

    /** Load the demonstration dictionary at start when nothing is configured and the database holds no release. */
    @WithDefault("true")
    boolean loadDemo();

    /** Where the demonstration dictionary is looked for first, relative to the working directory. */
    @WithDefault("meddra")
    String demoFolder();
}
