package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.files.ClamlContent;
import org.pvcoder.icd10.files.ClamlReader;
import org.pvcoder.icd10.files.CodeRange;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.NoteKind;
import org.pvcoder.icd10.files.XmlNote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a WHO ICD-10 release from its ClaML file: chapters and blocks from the classes of those kinds, codes from
 * the categories, with the modifiers expanded into real codes ({@link ModifierExpansion}). A category with no
 * subclass, explicit or expanded, is billable (a code a coder may pick).
 */
public final class ClamlReleaseAssembler {

    private ClamlReleaseAssembler() {
    }

    /** The release, or null with the reasons in {@code problems}. */
    public static ParsedRelease assemble(DistributionFiles files, DistributionLayout layout, LoadProblems problems)
            throws IOException {
        ClamlContent content = ClamlReader.read(files, layout.clamlFile(), problems);
        if (content == null || !problems.isEmpty()) {
            return null;
        }
        Map<String, ClamlContent.ClamlClass> byCode = new LinkedHashMap<>();
        content.classes().forEach(c -> byCode.put(c.code(), c));
        checkLinks(layout.clamlFile(), content, byCode, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        List<ParsedRelease.Chapter> chapters = new ArrayList<>();
        List<ParsedRelease.Block> blocks = new ArrayList<>();
        for (ClamlContent.ClamlClass c : content.classes()) {
            if (c.kind().equals("chapter")) {
                chapters.add(new ParsedRelease.Chapter(c.code(), c.title(), rangeEnd(c, byCode, true), rangeEnd(c, byCode, false)));
            } else if (c.kind().equals("block")) {
                ClamlContent.ClamlClass parent = byCode.get(c.superCode());
                blocks.add(new ParsedRelease.Block(c.code(), c.title(), chapterOf(c, byCode),
                        parent != null && parent.kind().equals("block") ? parent.code() : null));
            }
        }
        List<ExpandedCode> expanded = ModifierExpansion.expand(content, byCode, layout.clamlFile(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        List<ParsedRelease.Code> codes = new ArrayList<>();
        List<ParsedRelease.Note> notes = new ArrayList<>();
        for (ExpandedCode code : expanded) {
            codes.add(new ParsedRelease.Code(code.code(), code.title(), null, code.billable(), code.parent(),
                    Icd10Codes.category(code.code()), blockOf(code.anchor(), byCode), chapterOf(code.anchor(), byCode)));
            code.notes().forEach(n -> notes.add(new ParsedRelease.Note(code.code(), n.kind(), n.text())));
        }
        SynonymCollector synonyms = new SynonymCollector(codes);
        notes.stream().filter(n -> n.kind().equals(NoteKind.INCLUSION)).forEach(n -> synonyms.add(n.code(), n.text(), "inclusion"));
        return new ParsedRelease(layout.edition(), layout.version(), files.source(), layout.used(), chapters, blocks, codes,
                notes, synonyms.list());
    }

    private static void checkLinks(String file, ClamlContent content, Map<String, ClamlContent.ClamlClass> byCode,
                                   LoadProblems problems) {
        for (ClamlContent.ClamlClass c : content.classes()) {
            if (!List.of("chapter", "block", "category").contains(c.kind())) {
                problems.add(file, c.line(), "Class " + c.code() + " has kind '" + c.kind() + "'; expected chapter, block or category");
            } else if (c.kind().equals("category") && !Icd10Codes.isValidKey(Icd10Codes.key(c.code()))) {
                problems.add(file, c.line(), "category code '" + c.code() + "' is not an ICD-10 code");
            } else if (!c.kind().equals("chapter") && c.superCode() == null) {
                problems.add(file, c.line(), "Class " + c.code() + " has no SuperClass");
            } else if (c.superCode() != null && !byCode.containsKey(c.superCode())) {
                problems.add(file, c.line(), "SuperClass " + c.superCode() + " of " + c.code() + " is not a Class of the file");
            }
            for (ClamlContent.ModifiedBy by : c.modifiedBy()) {
                if (!content.modifiers().containsKey(by.modifier())) {
                    problems.add(file, c.line(), "ModifiedBy " + by.modifier() + " of " + c.code() + " names no Modifier of the file");
                }
            }
        }
    }

    /** The first (or last) code a chapter covers, from the range of its first (or last) block. */
    private static String rangeEnd(ClamlContent.ClamlClass chapter, Map<String, ClamlContent.ClamlClass> byCode, boolean first) {
        if (chapter.subCodes().isEmpty()) {
            return null;
        }
        String sub = chapter.subCodes().get(first ? 0 : chapter.subCodes().size() - 1);
        CodeRange range = CodeRange.parse(sub);
        if (range == null) {
            return byCode.containsKey(sub) ? sub : null;
        }
        return first ? range.first() : range.last();
    }

    static String chapterOf(ClamlContent.ClamlClass c, Map<String, ClamlContent.ClamlClass> byCode) {
        for (ClamlContent.ClamlClass at = c; at != null; at = byCode.get(at.superCode())) {
            if (at.kind().equals("chapter")) {
                return at.code();
            }
        }
        return null;
    }

    static String blockOf(ClamlContent.ClamlClass c, Map<String, ClamlContent.ClamlClass> byCode) {
        for (ClamlContent.ClamlClass at = c; at != null; at = byCode.get(at.superCode())) {
            if (at.kind().equals("block")) {
                return at.code();
            }
        }
        return Icd10Codes.category(c.code());
    }

    /** A code of the release: an explicit category, or one made by a modifier ({@code anchor}: its explicit ancestor). */
    record ExpandedCode(String code, String title, boolean billable, String parent, ClamlContent.ClamlClass anchor,
                        List<XmlNote> notes) {
    }
}
