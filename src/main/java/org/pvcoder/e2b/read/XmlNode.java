package org.pvcoder.e2b.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a message as read: local name, attributes ({@code xsi:type} keeps its prefix), children and
 * trimmed text, with the line it started on. Navigation never returns null: a missing element is {@link #MISSING},
 * whose attributes and text are null and which has no children.
 */
public final class XmlNode {

    public static final XmlNode MISSING = new XmlNode("", 0);

    private final String name;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    public boolean exists() {
        return this != MISSING;
    }

    public String attr(String attribute) {
        return attributes.get(attribute);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    /** The element's own text, trimmed; null when it has none. */
    public String text() {
        String t = text.toString().trim();
        return t.isEmpty() ? null : t;
    }

    public XmlNode child(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return MISSING;
    }

    public List<XmlNode> children(String childName) {
        List<XmlNode> matching = new ArrayList<>();
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                matching.add(child);
            }
        }
        return matching;
    }

    public List<XmlNode> children() {
        return children;
    }

    /** Follows the first child of each name in turn. */
    public XmlNode at(String... path) {
        XmlNode node = this;
        for (String step : path) {
            node = node.child(step);
        }
        return node;
    }

    /** True when this element's {@code code} child has the given code in the given code system. */
    public boolean hasCode(String code, String codeSystem) {
        XmlNode c = child("code");
        return code.equals(c.attr("code")) && codeSystem.equals(c.attr("codeSystem"));
    }

    void attribute(String key, String value) {
        attributes.put(key, value);
    }

    void append(String characters) {
        text.append(characters);
    }

    void add(XmlNode child) {
        children.add(child);
    }
}
