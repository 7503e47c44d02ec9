package org.pvcoder.e2b.export;

import org.pvcoder.common.code.CodedValue;
import org.pvcoder.e2b.E2bDates;
import org.pvcoder.e2b.Oids;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * A thin, fluent layer over {@link XMLStreamWriter} for the HL7 v3 idioms E2B(R3) repeats: elements with
 * classCode/moodCode, coded values with their code system, typed values with {@code xsi:type}, nullFlavors.
 * Elements must be closed in order with {@link #end()}; everything goes to the HL7 default namespace.
 */
public final class XmlOut {

    private final XMLStreamWriter xml;

    public XmlOut(XMLStreamWriter xml) {
        this.xml = xml;
    }

    public XMLStreamWriter raw() {
        return xml;
    }

    public XmlOut start(String name) {
        return call(() -> xml.writeStartElement(Oids.HL7_NAMESPACE, name));
    }

    /** Starts an element with {@code typeCode}. */
    public XmlOut typed(String name, String typeCode) {
        return start(name).attr("typeCode", typeCode);
    }

    /** Starts an act with {@code classCode} and {@code moodCode}. */
    public XmlOut act(String name, String classCode, String moodCode) {
        return start(name).attr("classCode", classCode).attr("moodCode", moodCode);
    }

    /** Starts an entity with {@code classCode} and {@code determinerCode}. */
    public XmlOut entity(String name, String classCode, String determinerCode) {
        return start(name).attr("classCode", classCode).attr("determinerCode", determinerCode);
    }

    public XmlOut attr(String name, String value) {
        if (value == null) {
            return this;
        }
        return call(() -> xml.writeAttribute(name, value));
    }

    public XmlOut xsiType(String type) {
        return call(() -> xml.writeAttribute("xsi", Oids.XSI_NAMESPACE, "type", type));
    }

    public XmlOut text(String text) {
        return call(() -> xml.writeCharacters(text));
    }

    public XmlOut end() {
        return call(xml::writeEndElement);
    }

    /** {@code <name>text</name>}, nothing when text is null. */
    public XmlOut textElement(String name, String text) {
        if (text == null) {
            return this;
        }
        return start(name).text(text).end();
    }

    /** {@code <name a=v .../>} with attribute pairs; null values are left out. */
    public XmlOut empty(String name, String... attributes) {
        call(() -> xml.writeEmptyElement(Oids.HL7_NAMESPACE, name));
        for (int i = 0; i < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return this;
    }

    /** {@code <id root=.. extension=../>}. */
    public XmlOut id(String root, String extension) {
        return empty("id", "extension", extension, "root", root);
    }

    /** {@code <name code=.. codeSystem=../>}. */
    public XmlOut code(String name, String code, String codeSystem) {
        return empty(name, "code", code, "codeSystem", codeSystem);
    }

    /** {@code <code code=n codeSystem=ICH observation list/>}, the key of most E2B observations. */
    public XmlOut observationCode(int code) {
        return code("code", String.valueOf(code), Oids.OBSERVATION);
    }

    /** {@code <value xsi:type="CE" code=.. codeSystem=../>} for a coded model value. */
    public XmlOut codedValue(CodedValue value, String codeSystem) {
        call(() -> xml.writeEmptyElement(Oids.HL7_NAMESPACE, "value"));
        xsiType("CE");
        return attr("code", value.code()).attr("codeSystem", codeSystem);
    }

    /** {@code <value xsi:type="BL" value=../>}, or nullFlavor when unknown. */
    public XmlOut booleanValue(Boolean value, String nullFlavor) {
        call(() -> xml.writeEmptyElement(Oids.HL7_NAMESPACE, "value"));
        xsiType("BL");
        return value == null ? attr("nullFlavor", nullFlavor) : attr("value", value.toString());
    }

    /** {@code <value xsi:type="ED">text</value>} (or ST). */
    public XmlOut textValue(String xsiType, String text, String language) {
        start("value").xsiType(xsiType).attr("language", language);
        return text(text).end();
    }

    /** {@code <name xsi:type=PQ value=.. unit=../>} (xsi:type only when given). */
    public XmlOut quantity(String name, String xsiType, BigDecimal value, String unit) {
        call(() -> xml.writeEmptyElement(Oids.HL7_NAMESPACE, name));
        if (xsiType != null) {
            xsiType(xsiType);
        }
        return attr("value", value == null ? null : value.toPlainString()).attr("unit", unit);
    }

    /** {@code <name value=e2b-date/>} for a model date. */
    public XmlOut date(String name, String isoPartial) {
        if (isoPartial == null) {
            return this;
        }
        return empty(name, "value", E2bDates.toE2b(isoPartial));
    }

    /** A MedDRA-coded value: {@code <name [xsi:type=CE] code codeSystem codeSystemVersion>[originalText]</name>}. */
    public XmlOut meddra(String name, boolean typed, String lltCode, String version, String originalText, String language) {
        start(name);
        if (typed) {
            xsiType("CE");
        }
        attr("code", lltCode).attr("codeSystem", Oids.MEDDRA).attr("codeSystemVersion", version);
        if (originalText != null) {
            start("originalText").attr("language", language).text(originalText).end();
        }
        return end();
    }

    /** {@code <location|code code=XX codeSystem=ISO 3166/>} wrapper-free country code. */
    public XmlOut country(String name, String iso) {
        return code(name, iso, Oids.ISO_COUNTRY);
    }

    public void comment(String text) {
        call(() -> xml.writeComment(" " + text + " "));
    }

    private XmlOut call(XmlAction action) {
        try {
            action.run();
            return this;
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException("E2B writer produced invalid XML", e);
        }
    }

    @FunctionalInterface
    private interface XmlAction {
        void run() throws XMLStreamException;
    }
}
