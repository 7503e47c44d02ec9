package org.pvcoder.coding;

/** A code and its name, as answered to clients: an LLT or a PT for MedDRA. */
public record TermRef(String code, String name) {
}
