package org.pvcoder.e2b;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The (path, value) pairs of every ICSR message in a batch, for element-by-element comparison. A path step is the
 * element name plus, where the element has a {@code code} child from an ICH or HL7 structural code list, that
 * code ({@code observation[29]}), so the path
 * says which E2B element a value belongs to. Representation-only details (HL7 class/mood/type codes, xsi:type,
 * SXPR_TS components, display names, ICH code list versions) are left out; so are the N.1/N.2 wrapper values, which belong to the
 * transmission, not the case, and regional (FDA, MFDS) extensions.
 */
public final class ElementPairs {

    private static final Set<String> STRUCTURAL = Set.of("classCode", "moodCode", "typeCode", "determinerCode",
            "displayName", "operator", "type", "schemaLocation", "ITSVersion");

    private ElementPairs() {
    }

    public static List<String> of(byte[] xml, Predicate<String> held) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            List<String> pairs = new ArrayList<>();
            for (Element message : children(root, "PORR_IN049016UV")) {
                for (Element controlAct : children(message, "controlActProcess")) {
                    walk(controlAct, "", pairs);
                }
            }
            pairs.removeIf(held.negate());
            pairs.sort(null);
            return pairs;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void walk(Element element, String parent, List<String> pairs) {
        if (isRegional(element)) {
            return;
        }
        String name = element.getLocalName();
        String path = name.equals("comp") ? parent : parent + "/" + name + discriminator(element);
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node attribute = attributes.item(i);
            String attrName = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
            boolean codeListVersion = attrName.equals("codeSystemVersion") && isCodeList(element.getAttribute("codeSystem"));
            if (!STRUCTURAL.contains(attrName) && !attribute.getNodeName().startsWith("xmlns") && !codeListVersion) {
                pairs.add(path + "@" + attrName + "=" + attribute.getNodeValue());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                walk((Element) child, path, pairs);
            }
        }
        if (!text.toString().isBlank()) {
            pairs.add(path + "=" + text.toString().trim());
        }
    }

    /**
     * FDA and other regional extensions (NCI thesaurus, 2.16.840.1.113883.3.989.5.* lists, NDC product codes) are
     * outside the ICH model: an act keyed by such a code, or such a code itself, is skipped.
     */
    private static boolean isRegional(Element element) {
        if (element.getLocalName().equals("code") && regional(element.getAttribute("codeSystem"))) {
            return true;
        }
        for (Element code : children(element, "code")) {
            if (regional(code.getAttribute("codeSystem")) && !element.getLocalName().equals("kindOfProduct")) {
                return true;
            }
        }
        return false;
    }

    /** The version of an ICH or HL7 code list is about the list, not the case. */
    private static boolean isCodeList(String codeSystem) {
        return codeSystem.startsWith("2.16.840.1.113883.3.989.2.1.1.") || codeSystem.startsWith("2.16.840.1.113883.5.");
    }

    private static boolean regional(String codeSystem) {
        return codeSystem.startsWith("2.16.840.1.113883.3.26.") || codeSystem.startsWith("2.16.840.1.113883.3.989.5.")
                || codeSystem.equals("2.16.840.1.113883.6.69");
    }

    private static String discriminator(Element element) {
        for (Element code : children(element, "code")) {
            String system = code.getAttribute("codeSystem");
            // Only ICH and HL7 structural lists say what an act is; product, MedDRA or country codes are values.
            if (code.hasAttribute("code") && (system.startsWith("2.16.840.1.113883.3.989.2.1.1.")
                    || system.startsWith("2.16.840.1.113883.1.") || system.equals("2.16.840.1.113883.5.4"))) {
                return "[" + code.getAttribute("code") + "]";
            }
        }
        return "";
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
