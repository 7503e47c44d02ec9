package org.pvcoder.meddra.api;

import java.util.List;

/** The SOCs in the international order (alphabetically when the release has no intl_ord.asc). */
public record SocList(String version, List<Soc> socs) {

    public record Soc(String code, String name, String abbrev, Integer internationalOrder) {
    }
}
