package org.pvcoder.cases;

import java.util.List;

/** A page of results: the items, where the page starts and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
