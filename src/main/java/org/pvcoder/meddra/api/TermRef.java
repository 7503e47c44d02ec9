package org.pvcoder.meddra.api;

/** A term of any level: "SOC", "HLGT", "HLT", "PT" or "LLT", its code and name. */
public record TermRef(String level, String code, String name) {
}
