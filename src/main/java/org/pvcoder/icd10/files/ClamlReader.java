package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a WHO ICD-10 ClaML file (ISO 13120): {@code Title} (with the version), {@code Modifier} and
 * {@code ModifierClass} definitions, and every {@code Class} with its {@code SuperClass}, {@code SubClass}es,
 * {@code ModifiedBy}/{@code ExcludeModifier} and {@code Rubric}s (preferred → title; inclusion, exclusion,
 * note… → notes). The DOCTYPE that ClaML files carry is skipped, never loaded.
 */
public final class ClamlReader {

    public static final String ROOT = "ClaML";

    private final String file;
    private final LoadProblems problems;
    private final List<ContentBuilder.Class> classes = new ArrayList<>();
    private final Map<String, List<String>> modifierOrder = new HashMap<>();
    private final Map<String, Map<String, ClamlContent.ModifierClass>> modifierClasses = new LinkedHashMap<>();
    private final Map<String, Integer> lineOfClass = new HashMap<>();
    private String title;
    private String version;

    private ClamlReader(String file, LoadProblems problems) {
        this.file = file;
        this.problems = problems;
    }

    public static ClamlContent read(DistributionFiles files, String name, LoadProblems problems) throws IOException {
        ClamlReader reader = new ClamlReader(name, problems);
        if (!SafeXml.readDocument(files, name, ROOT, problems, reader::readRoot)) {
            return null;
        }
        return reader.content();
    }

    /** The version its {@code Title} gives, read without reading the rest of the file; null when absent. */
    public static String readVersion(DistributionFiles files, String name) throws IOException {
        try (InputStream in = files.open(name)) {
            XMLStreamReader xml = SafeXml.open(in);
            while (SafeXml.nextChild(xml)) {
                if (xml.getLocalName().equals("Title")) {
                    return xml.getAttributeValue(null, "version");
                }
                if (xml.getLocalName().equals("Class")) {
                    return null;
                }
                SafeXml.skip(xml);
            }
            return null;
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private void readRoot(XMLStreamReader xml) throws XMLStreamException {
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "Title" -> {
                    version = xml.getAttributeValue(null, "version");
                    title = SafeXml.text(xml);
                }
                case "Modifier" -> readModifier(xml);
                case "ModifierClass" -> readModifierClass(xml);
                case "Class" -> readClass(xml);
                default -> SafeXml.skip(xml);
            }
        }
    }

    private void readModifier(XMLStreamReader xml) throws XMLStreamException {
        String code = xml.getAttributeValue(null, "code");
        List<String> order = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("SubClass")) {
                order.add(xml.getAttributeValue(null, "code"));
            }
            SafeXml.skip(xml);
        }
        if (code == null) {
            problems.add(file, SafeXml.line(xml), "Modifier has no code");
            return;
        }
        modifierOrder.put(code, order);
    }

    private void readModifierClass(XMLStreamReader xml) throws XMLStreamException {
        int line = SafeXml.line(xml);
        String modifier = xml.getAttributeValue(null, "modifier");
        String code = xml.getAttributeValue(null, "code");
        Rubrics rubrics = new Rubrics();
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("Rubric")) {
                rubrics.read(xml);
            } else {
                SafeXml.skip(xml);
            }
        }
        if (modifier == null || code == null || rubrics.preferred == null) {
            problems.add(file, line, "ModifierClass needs a modifier, a code and a preferred rubric");
            return;
        }
        modifierClasses.computeIfAbsent(modifier, m -> new LinkedHashMap<>())
                .put(code, new ClamlContent.ModifierClass(modifier, code, rubrics.preferred, rubrics.notes));
    }

    private void readClass(XMLStreamReader xml) throws XMLStreamException {
        ContentBuilder.Class found = new ContentBuilder.Class(SafeXml.line(xml), xml.getAttributeValue(null, "code"),
                xml.getAttributeValue(null, "kind"));
        Rubrics rubrics = new Rubrics();
        while (SafeXml.nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "SuperClass" -> {
                    if (found.superCode == null) {
                        found.superCode = xml.getAttributeValue(null, "code");
                    }
                    SafeXml.skip(xml);
                }
                case "SubClass" -> {
                    found.subCodes.add(xml.getAttributeValue(null, "code"));
                    SafeXml.skip(xml);
                }
                case "ModifiedBy" -> found.modifiedBy.add(readModifiedBy(xml));
                case "ExcludeModifier" -> {
                    found.excludedModifiers.add(xml.getAttributeValue(null, "code"));
                    SafeXml.skip(xml);
                }
                case "Rubric" -> rubrics.read(xml);
                default -> SafeXml.skip(xml);
            }
        }
        if (found.code == null || found.code.isBlank() || found.kind == null) {
            problems.add(file, found.line, "Class needs a code and a kind");
            return;
        }
        if (rubrics.preferred == null) {
            problems.add(file, found.line, "Class " + found.code + " has no preferred rubric (its title)");
            return;
        }
        Integer first = lineOfClass.putIfAbsent(found.code, found.line);
        if (first != null) {
            problems.add(file, found.line, "duplicate Class " + found.code + " (first on line " + first + ")");
            return;
        }
        found.title = rubrics.preferred;
        found.notes = rubrics.notes;
        classes.add(found);
    }

    private static ClamlContent.ModifiedBy readModifiedBy(XMLStreamReader xml) throws XMLStreamException {
        String modifier = xml.getAttributeValue(null, "code");
        boolean all = !"false".equals(xml.getAttributeValue(null, "all"));
        List<String> valid = new ArrayList<>();
        while (SafeXml.nextChild(xml)) {
            if (xml.getLocalName().equals("ValidModifierClass")) {
                valid.add(xml.getAttributeValue(null, "code"));
            }
            SafeXml.skip(xml);
        }
        return new ClamlContent.ModifiedBy(modifier, all, valid);
    }

    private ClamlContent content() {
        Map<String, List<ClamlContent.ModifierClass>> modifiers = new LinkedHashMap<>();
        modifierClasses.forEach((modifier, byCode) -> {
            List<ClamlContent.ModifierClass> ordered = new ArrayList<>();
            for (String code : modifierOrder.getOrDefault(modifier, List.of())) {
                if (byCode.containsKey(code)) {
                    ordered.add(byCode.get(code));
                }
            }
            byCode.values().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
            modifiers.put(modifier, ordered);
        });
        modifierOrder.keySet().forEach(modifier -> modifiers.putIfAbsent(modifier, List.of()));
        return new ClamlContent(title, version, classes.stream().map(ContentBuilder.Class::build).toList(), modifiers);
    }

    /** The rubrics of one class: the preferred label becomes the title, other kinds become notes. */
    private static final class Rubrics {

        String preferred;
        final List<XmlNote> notes = new ArrayList<>();

        void read(XMLStreamReader xml) throws XMLStreamException {
            String kind = xml.getAttributeValue(null, "kind");
            List<String> labels = new ArrayList<>();
            while (SafeXml.nextChild(xml)) {
                if (xml.getLocalName().equals("Label")) {
                    String text = SafeXml.text(xml);
                    if (!text.isEmpty()) {
                        labels.add(text);
                    }
                } else {
                    SafeXml.skip(xml);
                }
            }
            if ("preferred".equals(kind)) {
                if (preferred == null && !labels.isEmpty()) {
                    preferred = labels.get(0);
                }
                return;
            }
            NoteKind.ofClamlRubric(kind).ifPresent(noteKind -> labels.forEach(text -> notes.add(new XmlNote(null, noteKind, text))));
        }
    }
}
