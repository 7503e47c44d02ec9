package org.pvcoder.e2b;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** E2B(R3) settings: who we are and to whom we send (N.1.3/N.1.4, N.2.r.2/N.2.r.3), and where the ICH schema is. */
@ConfigMapping(prefix = "pv.e2b")
public interface E2bConfig {

    /** Batch and message sender identifier (N.1.3, N.2.r.2). */
    String senderId();

    /** Batch and message receiver identifier (N.1.4, N.2.r.3). */
    String receiverId();

    /**
     * The directory holding the ICH multicache schemas ({@code MCCI_IN200100UV01.xsd} and its includes). When set,
     * every export and every uploaded file is validated against it; it is read from disk only.
     */
    Optional<String> schemaDir();

    /** Largest E2B file accepted for import or validation, in bytes. */
    @WithDefault("10485760")
    long maxFileBytes();
}
