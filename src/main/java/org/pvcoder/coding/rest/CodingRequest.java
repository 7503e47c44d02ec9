package org.pvcoder.coding.rest;

import org.pvcoder.coding.Reporter;

import java.util.List;

/**
 * Body of POST /api/coding/{system}: the verbatims to code, optionally the release to use, whether the
 * unsure ones become review tasks, and who worded the verbatims (HEALTH_PROFESSIONAL or CONSUMER), when known.
 */
public record CodingRequest(List<String> verbatims, String version, Boolean createTasks, Reporter reporter) {
}
