package org.pvcoder.coding.index;

import java.util.Arrays;
import java.util.Collection;
import java.util.TreeSet;

/** The order-free key of a name: its distinct stems, sorted ("blood pressure increased" = "increased blood pressure"). */
public final class WordSets {

    private WordSets() {
    }

    public static String key(Collection<String> stems) {
        return String.join(" ", new TreeSet<>(stems));
    }

    public static String key(String[] stems) {
        return key(Arrays.asList(stems));
    }
}
