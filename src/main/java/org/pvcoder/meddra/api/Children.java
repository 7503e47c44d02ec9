package org.pvcoder.meddra.api;

import java.util.List;

/** The terms one level below a SOC, HLGT or HLT. */
public record Children(String version, TermRef term, List<TermRef> children) {
}
