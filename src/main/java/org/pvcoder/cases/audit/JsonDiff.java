package org.pvcoder.cases.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The leaf-level differences between two JSON documents, as JSON pointers with old and new values. */
public final class JsonDiff {

    /** One changed value; {@code oldValue} or {@code newValue} is null when the field was added or removed. */
    public record Change(String path, JsonNode oldValue, JsonNode newValue) {
    }

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        collect("", missingToNull(before), missingToNull(after), changes);
        return changes;
    }

    private static void collect(String path, JsonNode a, JsonNode b, List<Change> out) {
        if (a == null && b == null || a != null && a.equals(b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                collect(path + "/" + name.replace("~", "~0").replace("/", "~1"), missingToNull(a.get(name)), missingToNull(b.get(name)), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                collect(path + "/" + i, missingToNull(a.get(i)), missingToNull(b.get(i)), out);
            }
        } else if (a != null && a.isContainerNode() && b == null) {
            forEachLeaf(path, a, leaf -> out.add(new Change(leaf.path(), leaf.oldValue(), null)));
        } else if (b != null && b.isContainerNode() && a == null) {
            forEachLeaf(path, b, leaf -> out.add(new Change(leaf.path(), null, leaf.oldValue())));
        } else {
            out.add(new Change(path.isEmpty() ? "/" : path, a, b));
        }
    }

    private static void forEachLeaf(String path, JsonNode node, java.util.function.Consumer<Change> sink) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                forEachLeaf(path + "/" + name, node.get(name), sink);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                forEachLeaf(path + "/" + i, node.get(i), sink);
            }
        } else if (!node.isNull()) {
            sink.accept(new Change(path, node, null));
        }
    }

    private static JsonNode missingToNull(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : node;
    }
}
