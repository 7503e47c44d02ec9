package org.pvcoder.meddra.api;

/** What another feature needs to check an LLT code: its name, currency and PT. */
public record LltSummary(String version, String code, String name, boolean current, String ptCode, String ptName) {
}
