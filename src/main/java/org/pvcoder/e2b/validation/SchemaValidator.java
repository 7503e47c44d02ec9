package org.pvcoder.e2b.validation;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates E2B(R3) XML against the ICH schema set (the HL7 multicache schemas) read from local files only:
 * schema imports may name local files, instance documents may fetch nothing.
 */
public final class SchemaValidator {

    public static final String BATCH_SCHEMA = "MCCI_IN200100UV01.xsd";
    public static final String ACK_SCHEMA = "MCCI_IN200101UV01.xsd";
    private static final int MAX_FINDINGS = 50;

    private final Schema schema;

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    /** Loads a schema entry point such as {@code MCCI_IN200100UV01.xsd} from the directory holding the multicache schemas. */
    public static SchemaValidator load(Path schemaDir, String entryPoint) {
        Path xsd = schemaDir.resolve(entryPoint);
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalStateException("E2B schema not found: " + xsd.toAbsolutePath());
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new SchemaValidator(factory.newSchema(xsd.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("E2B schema cannot be loaded from " + xsd.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Every schema error (up to 50) as a blocking finding naming line and column. */
    public List<Finding> validate(Source source) {
        List<Finding> findings = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setErrorHandler(new Collector(findings));
            validator.validate(source);
        } catch (SAXParseException e) {
            if (findings.size() < MAX_FINDINGS) {
                findings.add(finding(e));
            }
        } catch (SAXException e) {
            findings.add(Finding.blocking("XSD", null, null, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    private static Finding finding(SAXParseException e) {
        return Finding.blocking("XSD", null, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(), e.getMessage());
    }

    private record Collector(List<Finding> findings) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            findings.add(finding(e));
            if (findings.size() >= MAX_FINDINGS) {
                throw e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
