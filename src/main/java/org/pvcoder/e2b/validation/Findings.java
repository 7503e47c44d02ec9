package org.pvcoder.e2b.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while rules run over one case. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public void block(String ruleId, String element, String path, String message) {
        list.add(Finding.blocking(ruleId, element, path, message));
    }

    public void warn(String ruleId, String element, String path, String message) {
        list.add(Finding.warning(ruleId, element, path, message));
    }

    public List<Finding> list() {
        return list;
    }

    public static boolean anyBlocking(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }
}
