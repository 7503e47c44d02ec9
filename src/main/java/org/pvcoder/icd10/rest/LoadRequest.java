package org.pvcoder.icd10.rest;

import jakarta.validation.constraints.NotBlank;

/**
 * Load a release that is already on the server: a folder holding the files, one file, or a zip.
 * {@code version}: optional, for files whose names carry no version.
 */
public record LoadRequest(@NotBlank String path, String version) {
}
