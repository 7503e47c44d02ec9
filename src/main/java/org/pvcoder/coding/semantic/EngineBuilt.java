package org.pvcoder.coding.semantic;

import org.pvcoder.coding.engine.CodingEngine;

/** Synchronous CDI event fired by the engine registry when it has built an engine, before it serves. */
public record EngineBuilt(CodingEngine engine) {
}
