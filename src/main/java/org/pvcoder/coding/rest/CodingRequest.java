package org.pvcoder.coding.rest;

import java.util.List;

/** Body of POST /api/coding/{system}: the verbatims to code and, optionally, the release to use. */
public record CodingRequest(List<String> verbatims, String version) {
}
