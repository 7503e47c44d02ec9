package org.pvcoder.e2b.read;

import org.pvcoder.common.code.CodedValue;
import org.pvcoder.e2b.E2bDates;
import org.pvcoder.e2b.Oids;
import org.pvcoder.e2b.validation.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the section readers share while reading one message: conversions from E2B values to model values, each
 * failing softly into a blocking finding that names the element and line, so one bad value rejects its message
 * with a reason instead of the whole file.
 */
public final class ReadContext {

    private final int messageIndex;
    private final List<Finding> issues = new ArrayList<>();

    public ReadContext(int messageIndex) {
        this.messageIndex = messageIndex;
    }

    public List<Finding> issues() {
        return issues;
    }

    public String where(XmlNode node) {
        return "message " + messageIndex + (node.exists() ? ", line " + node.line() : "");
    }

    public void problem(String element, XmlNode node, String message) {
        issues.add(Finding.blocking("E2B-READ", element, where(node), message));
    }

    /** An E2B timestamp as a model date; null (with a finding) when it is not one. */
    public String date(XmlNode node, String attribute, String element) {
        String value = node.attr(attribute);
        if (value == null) {
            return null;
        }
        return E2bDates.fromE2b(value).orElseGet(() -> {
            problem(element, node, "'" + value + "' is not an E2B date (CCYY[MM[DD[hhmm[ss]]]][+/-ZZzz])");
            return null;
        });
    }

    public <E extends Enum<E> & CodedValue> E code(Class<E> type, String code, XmlNode node, String element) {
        if (code == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        problem(element, node, "code '" + code + "' is not in the ICH code list; allowed: "
                + Arrays.stream(type.getEnumConstants()).map(CodedValue::code).collect(Collectors.joining(", ")));
        return null;
    }

    public BigDecimal decimal(XmlNode node, String attribute, String element) {
        String value = node.attr(attribute);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            problem(element, node, "'" + value + "' is not a number");
            return null;
        }
    }

    /** A BL value: true/false, null for a nullFlavor or absence. */
    public Boolean bool(XmlNode value, String element) {
        String v = value.attr("value");
        if (v == null) {
            return null;
        }
        if (!v.equals("true") && !v.equals("false")) {
            problem(element, value, "'" + v + "' is not true or false");
            return null;
        }
        return Boolean.valueOf(v);
    }

    /** The first relationship whose inner act carries ICH observation code {@code code}. */
    public static XmlNode related(List<XmlNode> relationships, String inner, int code) {
        for (XmlNode relationship : relationships) {
            XmlNode act = relationship.child(inner);
            if (act.hasCode(String.valueOf(code), Oids.OBSERVATION)) {
                return act;
            }
        }
        return XmlNode.MISSING;
    }
}
