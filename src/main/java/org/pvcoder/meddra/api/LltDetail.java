package org.pvcoder.meddra.api;

import java.util.List;

/**
 * An LLT with its PT and the PT's primary path, most specific first (LLT, PT, HLT, HLGT, SOC).
 * Without hierarchy files the path stops at the PT; {@code primarySoc} then still comes from pt_soc_code when known.
 */
public record LltDetail(String version, String code, String name, boolean current, TermRef pt, TermRef primarySoc,
                        List<TermRef> primaryPath) {
}
