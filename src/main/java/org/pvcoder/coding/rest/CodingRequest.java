package org.pvcoder.coding.rest;

import java.util.List;

/**
 * Body of POST /api/coding/{system}: the verbatims to code, optionally the release to use, and whether the
 * unsure ones become review tasks.
 */
public record CodingRequest(List<String> verbatims, String version, Boolean createTasks) {
}
