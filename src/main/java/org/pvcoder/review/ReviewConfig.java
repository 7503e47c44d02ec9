package org.pvcoder.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pv.review")
public interface ReviewConfig {

    /** Two-step approval: a coder's new synonym is PROPOSED until a reviewer approves it. */
    @WithDefault("false")
    boolean synonymApproval();

    /** A decision also settles the other open tasks with the same normalized verbatim and version. */
    @WithDefault("true")
    boolean propagateDecisions();
}
