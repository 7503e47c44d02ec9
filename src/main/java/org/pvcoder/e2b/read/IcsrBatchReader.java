package org.pvcoder.e2b.read;

import org.pvcoder.e2b.Oids;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * Reads an MCCI_IN200100UV01 batch safely and message by message: no DTDs, no external entities, bounded size,
 * depth and message size. Each PORR_IN049016UV is built into a small {@link XmlNode} tree and handed on before
 * the next is read, so a batch of any length needs the memory of one message.
 */
public final class IcsrBatchReader {

    public static final String BATCH = "MCCI_IN200100UV01";
    public static final String MESSAGE = "PORR_IN049016UV";

    private final ReadLimits limits;

    public IcsrBatchReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** The batch header as read (sender and receiver come after the messages). */
    public record BatchInfo(String batchNumber, String senderId, String receiverId, String creationTime, int messages) {
    }

    /** One message: its position in the batch (from 1), the line it starts on, and its tree. */
    public record RawMessage(int index, int line, XmlNode node) {
    }

    public static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static void trySet(XMLInputFactory factory, String property, Object value) {
        try {
            factory.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows the JAXP properties; DTDs are off either way.
        }
    }

    public BatchInfo read(InputStream input, Consumer<RawMessage> messages) {
        XMLStreamReader xml = null;
        try {
            xml = secureFactory().createXMLStreamReader(new BoundedInputStream(input, limits.maxBytes()));
            return readBatch(xml, messages);
        } catch (XMLStreamException e) {
            throw unreadable(e);
        } finally {
            close(xml);
        }
    }

    private BatchInfo readBatch(XMLStreamReader xml, Consumer<RawMessage> messages) throws XMLStreamException {
        moveToRoot(xml);
        if (!BATCH.equals(xml.getLocalName()) || !Oids.HL7_NAMESPACE.equals(xml.getNamespaceURI())) {
            throw new E2bFileException(E2bFileException.Kind.NOT_E2B, xml.getLocation().getLineNumber(),
                    xml.getLocation().getColumnNumber(), "the root element is {" + xml.getNamespaceURI() + "}"
                    + xml.getLocalName() + ", not an E2B(R3) ICSR batch {" + Oids.HL7_NAMESPACE + "}" + BATCH);
        }
        String batchNumber = null;
        String creationTime = null;
        String sender = null;
        String receiver = null;
        int count = 0;
        while (nextTag(xml, 1) == XMLStreamConstants.START_ELEMENT) {
            int line = xml.getLocation().getLineNumber();
            XmlNode node = readElement(xml, 2);
            switch (node.name()) {
                case MESSAGE -> messages.accept(new RawMessage(++count, line, node));
                case "id" -> batchNumber = node.attr("extension");
                case "creationTime" -> creationTime = node.attr("value");
                case "sender" -> sender = node.at("device", "id").attr("extension");
                case "receiver" -> receiver = node.at("device", "id").attr("extension");
                default -> {
                }
            }
        }
        while (xml.hasNext()) {
            next(xml, 0);
        }
        if (count == 0) {
            throw new E2bFileException(E2bFileException.Kind.NOT_E2B, 0, 0, "the batch holds no PORR_IN049016UV message");
        }
        return new BatchInfo(batchNumber, sender, receiver, creationTime, count);
    }

    private void moveToRoot(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = next(xml, 0);
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new E2bFileException(E2bFileException.Kind.UNREADABLE, 0, 0, "the file holds no XML element");
    }

    /** Advances to the next start tag at this level, or returns END_ELEMENT when the parent closes. */
    private int nextTag(XMLStreamReader xml, int depth) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = next(xml, depth);
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Builds the element the reader is on (a start tag) and everything inside it. */
    private XmlNode readElement(XMLStreamReader xml, int depth) throws XMLStreamException {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = startNode(xml);
        open.push(root);
        int elements = 1;
        while (!open.isEmpty()) {
            int event = next(xml, depth + open.size());
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth + open.size() > limits.maxDepth()) {
                        throw located(xml, "elements are nested deeper than " + limits.maxDepth() + " levels");
                    }
                    if (++elements > limits.maxElementsPerMessage()) {
                        throw located(xml, "a message holds more than " + limits.maxElementsPerMessage() + " elements");
                    }
                    XmlNode child = startNode(xml);
                    open.peek().add(child);
                    open.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (xml.getTextLength() > limits.maxTextLength()) {
                        throw located(xml, "a text is longer than " + limits.maxTextLength() + " characters");
                    }
                    open.peek().append(xml.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                default -> {
                }
            }
        }
        return root;
    }

    private static XmlNode startNode(XMLStreamReader xml) {
        XmlNode node = new XmlNode(xml.getLocalName(), xml.getLocation().getLineNumber());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String local = xml.getAttributeLocalName(i);
            String key = Oids.XSI_NAMESPACE.equals(xml.getAttributeNamespace(i)) ? "xsi:" + local : local;
            node.attribute(key, xml.getAttributeValue(i));
        }
        return node;
    }

    private int next(XMLStreamReader xml, int depth) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw located(xml, "DOCTYPE declarations are not allowed in E2B files");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw located(xml, "entity references (&" + xml.getLocalName() + ";) are not allowed in E2B files");
        }
        return event;
    }

    private static E2bFileException located(XMLStreamReader xml, String message) {
        Location at = xml.getLocation();
        return new E2bFileException(E2bFileException.Kind.UNREADABLE, at.getLineNumber(), at.getColumnNumber(),
                message + " (line " + at.getLineNumber() + ")");
    }

    private static E2bFileException unreadable(XMLStreamException e) {
        Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
        if (cause instanceof BoundedInputStream.TooLargeException tooLarge) {
            return new E2bFileException(E2bFileException.Kind.UNREADABLE, 0, 0, tooLarge.getMessage());
        }
        Location at = e.getLocation();
        int line = at == null ? 0 : at.getLineNumber();
        int column = at == null ? 0 : at.getColumnNumber();
        String detail = e.getMessage() == null ? "not well-formed" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        return new E2bFileException(E2bFileException.Kind.UNREADABLE, line, column,
                "the file is not well-formed XML at line " + line + ", column " + column + ": " + detail);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // closing a failed reader; nothing more to report
            }
        }
    }
}
