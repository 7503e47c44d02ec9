package org.pvcoder.meddra.api;

import java.util.List;

/** A PT with every path to a SOC (the primary one marked and listed first) and its LLTs. */
public record PtDetail(String version, String code, String name, TermRef primarySoc, List<HierarchyPath> paths,
                       List<LltRef> llts) {

    /** One PT -> HLT -> HLGT -> SOC path. */
    public record HierarchyPath(boolean primary, TermRef hlt, TermRef hlgt, TermRef soc) {
    }

    public record LltRef(String code, String name, boolean current) {
    }
}
