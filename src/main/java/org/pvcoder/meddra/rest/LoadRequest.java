package org.pvcoder.meddra.rest;

import jakarta.validation.constraints.NotBlank;

/** Load a release that is already on the server: a folder holding the .asc files, or the release zip. */
public record LoadRequest(@NotBlank String path) {
}
