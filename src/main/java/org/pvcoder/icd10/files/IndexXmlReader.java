package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads {@code icd10cm_index_YYYY.xml}, the alphabetic index: {@code letter} → {@code mainTerm} → nested
 * {@code term level="n"}, each with a {@code title} (its nonessential modifiers in {@code nemod}) and
 * a {@code code}, or a {@code see}/{@code seeAlso} cross reference. Every term that gives a code becomes an entry
 * named by its path without the nonessential modifiers: "Diabetes, diabetic type 2 with hyperglycemia".
 * Cross references lead to no code and are left out; so is the main term's trailing dash ("E11.-" means "E11").
 */
public final class IndexXmlReader {

    public static final String ROOT = "ICD10CM.index";

    private final List<IndexEntry> entries = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();

    private IndexXmlReader() {
    }

    public static List<IndexEntry> read(DistributionFiles files, String name, LoadProblems problems) throws IOException {
        IndexXmlReader reader = new IndexXmlReader();
        boolean read = SafeXml.readDocument(files, name, ROOT, problems, xml -> {
            while (SafeXml.nextChild(xml)) {
                if (xml.getLocalName().equals("letter")) {
                    reader.readLetter(xml);
                } else {
                    SafeXml.skip(xml);
                }
            }
        });
        return read ? reader.entries : List.of();
    }

    private void readLetter(XMLStreamReader xml) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("mainTerm")) {
                readTerm(xml);
            } else {
                SafeXml.skip(xml);
            }
        }
    }

    private void readTerm(XMLStreamReader xml) throws XMLStreamException {
        int line = SafeXml.line(xml);
        boolean titled = false;
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "title" -> {
                    path.addLast(SafeXml.text(xml, "nemod"));
                    titled = true;
                }
                case "code" -> addEntry(line, SafeXml.text(xml));
                case "term" -> readTerm(xml);
                default -> SafeXml.skip(xml);
            }
        }
        if (titled) {
            path.removeLast();
        }
    }

    private void addEntry(int line, String code) {
        String key = Icd10Codes.key(code.replaceAll("[-.]+$", ""));
        String name = String.join(" ", path).replaceAll("\\s+", " ").trim();
        if (Icd10Codes.isValidKey(key) && !name.isEmpty()) {
            entries.add(new IndexEntry(line, name, key));
        }
    }
}
