package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * StAX reading that no document can turn against the server: no DTD processing, no external entities,
 * nothing fetched. A plain document type declaration (ClaML files name {@code ClaML.dtd}) is skipped;
 * one that declares entities is refused, since such a file is an attack or not a distribution file.
 */
public final class SafeXml {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);

    private SafeXml() {
    }

    public static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> new StringReader(""));
        return factory;
    }

    /** A reader positioned on the root element; a document type declaration with entities is refused here. */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(in);
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD && ENTITY_DECLARATION.matcher(reader.getText()).find()) {
                throw new XMLStreamException("the document type declaration declares entities, which are not allowed",
                        reader.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                return reader;
            }
        }
        throw new XMLStreamException("the file holds no XML element", reader.getLocation());
    }

    public static XMLStreamReader open(Reader in) throws XMLStreamException {
        XMLStreamReader reader = factory().createXMLStreamReader(in);
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                return reader;
            }
        }
        throw new XMLStreamException("the file holds no XML element", reader.getLocation());
    }

    /** The name of the root element, or null when the file is not XML that can be read safely. */
    public static String rootElement(DistributionFiles files, String name) {
        try (InputStream in = files.open(name)) {
            XMLStreamReader reader = open(in);
            String root = reader.getLocalName();
            reader.close();
            return root;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * All text inside the current element, nested elements included, with white space collapsed;
     * leaves the reader on the element's end tag.
     */
    public static String text(XMLStreamReader reader) throws XMLStreamException {
        return text(reader, null);
    }

    /** As {@link #text(XMLStreamReader)}, leaving out the text of nested elements named {@code skipped}. */
    public static String text(XMLStreamReader reader, String skipped) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        int skipDepth = 0;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipDepth == 0 && reader.getLocalName().equals(skipped)) {
                    skipDepth = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == skipDepth) {
                    skipDepth = 0;
                }
                depth--;
            } else if (skipDepth == 0 && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference &" + reader.getLocalName() + "; is not allowed",
                        reader.getLocation());
            }
        }
        return collapse(text);
    }

    /** Moves past the current element and everything in it, leaving the reader on its end tag. */
    public static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference &" + reader.getLocalName() + "; is not allowed",
                        reader.getLocation());
            }
        }
    }

    public static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
    }

    /** Where an XML fault sits, as {@code file:line}. */
    public static String pointer(String file, XMLStreamException e) {
        return file + ":" + (e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0));
    }

    /** The parser's reason without its "ParseError at [row,col]:" prefix. */
    public static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        return "malformed XML: " + (cut >= 0 ? message.substring(cut + "Message: ".length()) : message).trim();
    }

    private static String collapse(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    /** Advances to the next child element of the current one; false (on the end tag) when there is none. */
    public static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XMLStreamException("entity reference &" + xml.getLocalName() + "; is not allowed", xml.getLocation());
            }
        }
        return false;
    }

    /** Reads the body of a document once its root element is open. */
    @FunctionalInterface
    public interface RootReader {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    /**
     * Opens a distribution file safely, checks its root element and hands the reader to {@code body}. A wrong
     * root or broken XML is added to {@code problems} with file and line; the answer says whether it was read.
     */
    public static boolean readDocument(DistributionFiles files, String name, String root, LoadProblems problems, RootReader body)
            throws IOException {
        try (InputStream in = files.open(name)) {
            XMLStreamReader xml = open(in);
            if (!root.equals(xml.getLocalName())) {
                problems.add(name, line(xml), "root element is <" + xml.getLocalName() + ">, expected <" + root + ">");
                return false;
            }
            body.read(xml);
            return true;
        } catch (XMLStreamException e) {
            problems.add(pointer(name, e), reason(e));
            return false;
        }
    }
}
