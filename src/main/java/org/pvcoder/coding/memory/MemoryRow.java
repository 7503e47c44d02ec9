package org.pvcoder.coding.memory;

/** One row of a memory file: where it was ({@code line}, 1 = header), the verbatim and the code. */
public record MemoryRow(long line, String verbatim, String code) {
}
