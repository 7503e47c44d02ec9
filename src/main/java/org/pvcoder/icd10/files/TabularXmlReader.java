package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code icd10cm_tabular_YYYY.xml}: {@code chapter} (name, desc) → {@code section} (id, desc) →
 * {@code diag} (name, desc, nested diags) with the notes of each level ({@code inclusionTerm}, {@code excludes1},
 * {@code excludes2}, {@code codeFirst}, … as {@code note} children; {@code sevenChrDef} as {@code extension}s).
 */
public final class TabularXmlReader {

    public static final String ROOT = "ICD10CM.tabular";

    private final String file;
    private final LoadProblems problems;
    private final List<TabularContent.Chapter> chapters = new ArrayList<>();
    private final List<TabularContent.Section> sections = new ArrayList<>();
    private final List<TabularContent.Diag> diags = new ArrayList<>();
    private final List<XmlNote> notes = new ArrayList<>();
    private final Map<String, Integer> lineOfCode = new HashMap<>();
    private String version;

    private TabularXmlReader(String file, LoadProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    public static TabularContent read(DistributionFiles files, String name, LoadProblems problems) throws IOException {
        TabularXmlReader reader = new TabularXmlReader(name, problems);
        if (!SafeXml.readDocument(files, name, ROOT, problems, reader::readRoot)) {
            return null;
        }
        return new TabularContent(reader.version, reader.chapters, reader.sections, reader.diags, reader.notes);
    }

    private void readRoot(XMLStreamReader xml) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "version" -> version = SafeXml.text(xml);
                case "chapter" -> readChapter(xml);
                default -> SafeXml.skip(xml);
            }
        }
    }

    private void readChapter(XMLStreamReader xml) throws XMLStreamException {
        String name = null;
        CodeRange desc = null;
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "name" -> name = SafeXml.text(xml);
                case "desc" -> desc = CodeRange.split(SafeXml.text(xml));
                case "section" -> {
                    if (name == null || desc == null) {
                        problems.add(file, SafeXml.line(xml), "chapter has no <name> and <desc> before its sections");
                        return;
                    }
                    readSection(xml, name);
                }
                default -> SafeXml.skip(xml);
            }
            if (name != null && desc != null && (chapters.isEmpty() || !chapters.get(chapters.size() - 1).name().equals(name))) {
                chapters.add(new TabularContent.Chapter(name, desc.title(), desc.first(), desc.last()));
            }
        }
    }

    private void readSection(XMLStreamReader xml, String chapter) throws XMLStreamException {
        String id = xml.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            problems.add(file, SafeXml.line(xml), "section has no id");
            SafeXml.skip(xml);
            return;
        }
        boolean added = false;
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "desc" -> {
                    sections.add(new TabularContent.Section(id, CodeRange.split(SafeXml.text(xml)).title(), chapter));
                    added = true;
                }
                case "diag" -> readDiag(xml, null, id, chapter);
                default -> SafeXml.skip(xml);
            }
        }
        if (!added) {
            sections.add(new TabularContent.Section(id, id, chapter));
        }
    }

    private void readDiag(XMLStreamReader xml, String parentKey, String section, String chapter) throws XMLStreamException {
        int line = SafeXml.line(xml);
        String key = null;
        String title = null;
        boolean recorded = false;
        List<XmlNote> pending = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            String element = xml.getLocalName();
            if (element.equals("name")) {
                key = Icd10Codes.key(SafeXml.text(xml));
            } else if (element.equals("desc")) {
                title = SafeXml.text(xml);
            } else if (element.equals("diag")) {
                recorded = record(line, key, title, parentKey, section, chapter, recorded);
                if (!recorded) {
                    SafeXml.skip(xml);
                    continue;
                }
                readDiag(xml, key, section, chapter);
            } else if (element.equals("sevenChrDef")) {
                pending.addAll(readSeventhCharacters(xml));
            } else if (NoteKind.ofTabularElement(element).isPresent()) {
                String kind = NoteKind.ofTabularElement(element).get();
                for (String text : readNotes(xml)) {
                    pending.add(new XmlNote(null, kind, text));
                }
            } else {
                SafeXml.skip(xml);
            }
        }
        recorded = record(line, key, title, parentKey, section, chapter, recorded);
        if (recorded) {
            String code = Icd10Codes.withDot(key);
            pending.forEach(note -> notes.add(new XmlNote(code, note.kind(), note.text())));
        }
    }

    /** Records a diag once, when its name and description are known; false when it cannot be recorded. */
    private boolean record(int line, String key, String title, String parentKey, String section, String chapter,
                           boolean recorded) {
        if (recorded) {
            return true;
        }
        if (key == null || !Icd10Codes.isValidKey(key)) {
            problems.add(file, line, key == null ? "diag has no <name>" : "diag name '" + key + "' is not an ICD-10-CM code");
            return false;
        }
        if (title == null || title.isBlank()) {
            problems.add(file, line, "diag " + Icd10Codes.withDot(key) + " has no <desc>");
            return false;
        }
        Integer first = lineOfCode.putIfAbsent(key, line);
        if (first != null) {
            problems.add(file, line, "duplicate code " + Icd10Codes.withDot(key) + " (first on line " + first + ")");
            return false;
        }
        diags.add(new TabularContent.Diag(line, key, title, parentKey, section, chapter));
        return true;
    }

    private static List<String> readNotes(XMLStreamReader xml) throws XMLStreamException {
        List<String> texts = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("note")) {
                String text = SafeXml.text(xml);
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            } else {
                SafeXml.skip(xml);
            }
        }
        return texts;
    }

    private static List<XmlNote> readSeventhCharacters(XMLStreamReader xml) throws XMLStreamException {
        List<XmlNote> found = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("extension")) {
                String character = xml.getAttributeValue(null, "char");
                found.add(new XmlNote(null, NoteKind.SEVENTH_CHARACTER, character + ": " + SafeXml.text(xml)));
            } else {
                SafeXml.skip(xml);
            }
        }
        return found;
    }
}
