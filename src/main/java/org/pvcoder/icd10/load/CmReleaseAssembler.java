package org.pvcoder.icd10.load;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;
import org.pvcoder.icd10.files.CodesFileReader;
import org.pvcoder.icd10.files.CodesRow;
import org.pvcoder.icd10.files.DistributionFiles;
import org.pvcoder.icd10.files.IndexEntry;
import org.pvcoder.icd10.files.IndexXmlReader;
import org.pvcoder.icd10.files.NoteKind;
import org.pvcoder.icd10.files.OrderFileReader;
import org.pvcoder.icd10.files.OrderRow;
import org.pvcoder.icd10.files.TabularContent;
import org.pvcoder.icd10.files.TabularXmlReader;
import org.pvcoder.icd10.files.XmlNote;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an ICD-10-CM release from its files. The codes and billable flags come from the order file, else the codes
 * file (billable codes only), else the tabular XML (its leaf codes billable). Chapters, sections and notes come from
 * the tabular XML when present; otherwise the chapter follows from the category ({@link CmChapters}) and the block
 * is the category. Inclusion terms and index entries become synonyms.
 */
public final class CmReleaseAssembler {

    private final DistributionFiles files;
    private final DistributionLayout layout;
    private final LoadProblems problems;

    private CmReleaseAssembler(DistributionFiles files, DistributionLayout layout, LoadProblems problems) {
        this.files = files;
        this.layout = layout;
        this.problems = problems;
    }

    /** The release, or null with the reasons in {@code problems}. */
    public static ParsedRelease assemble(DistributionFiles files, DistributionLayout layout, LoadProblems problems)
            throws IOException {
        return new CmReleaseAssembler(files, layout, problems).assemble();
    }

    private ParsedRelease assemble() throws IOException {
        TabularContent tabular = layout.tabularFile() == null ? null
                : TabularXmlReader.read(files, layout.tabularFile(), problems);
        Map<String, CodeRow> rows = codeRows(tabular);
        List<IndexEntry> index = layout.indexFile() == null ? List.of()
                : IndexXmlReader.read(files, layout.indexFile(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Hierarchy hierarchy = tabular != null ? Hierarchy.ofTabular(tabular) : Hierarchy.ofChapterTable(rows.keySet());
        List<ParsedRelease.Code> codes = new ArrayList<>(rows.size());
        for (CodeRow row : rows.values()) {
            String category = row.key.substring(0, 3);
            codes.add(new ParsedRelease.Code(Icd10Codes.withDot(row.key), row.title, row.shortTitle, row.billable,
                    parentOf(row.key, rows), category, hierarchy.blockOf(category), hierarchy.chapterOf(category)));
        }
        List<ParsedRelease.Note> notes = new ArrayList<>();
        SynonymCollector synonyms = new SynonymCollector(codes);
        if (tabular != null) {
            for (XmlNote note : tabular.notes()) {
                if (rows.containsKey(Icd10Codes.key(note.code()))) {
                    notes.add(new ParsedRelease.Note(note.code(), note.kind(), note.text()));
                    if (note.kind().equals(NoteKind.INCLUSION)) {
                        synonyms.add(note.code(), note.text(), "inclusion");
                    }
                }
            }
        }
        for (IndexEntry entry : index) {
            if (rows.containsKey(entry.key())) {
                synonyms.add(Icd10Codes.withDot(entry.key()), entry.name(), "index");
            }
        }
        return new ParsedRelease(layout.edition(), layout.version(), files.source(), layout.used(), chapters(hierarchy, codes),
                hierarchy.blocks(), codes, notes, synonyms.list());
    }

    /** The chapters of the hierarchy, plus those of the chapter table that codes missing from the tabular XML fall in. */
    private static List<ParsedRelease.Chapter> chapters(Hierarchy hierarchy, List<ParsedRelease.Code> codes) {
        List<ParsedRelease.Chapter> chapters = new ArrayList<>(hierarchy.chapters());
        for (ParsedRelease.Code code : codes) {
            if (code.chapter() != null && chapters.stream().noneMatch(c -> c.code().equals(code.chapter()))) {
                CmChapters.ALL.stream().filter(c -> c.code().equals(code.chapter())).findFirst().ifPresent(chapters::add);
            }
        }
        return chapters;
    }

    private Map<String, CodeRow> codeRows(TabularContent tabular) throws IOException {
        Map<String, CodeRow> rows = new LinkedHashMap<>();
        if (layout.orderFile() != null) {
            List<OrderRow> order = OrderFileReader.read(files, layout.orderFile(), problems);
            order.forEach(r -> rows.put(r.key(), new CodeRow(r.key(), r.longTitle(), r.shortTitle(), r.billable())));
            requireCategories(order);
        } else if (layout.codesFile() != null) {
            List<CodesRow> codes = CodesFileReader.read(files, layout.codesFile(), problems);
            if (tabular != null) {
                addTabularAncestors(tabular, codes, rows);
            }
            codes.forEach(r -> rows.put(r.key(), new CodeRow(r.key(), r.title(), null, true)));
            // billable codes and headings interleave in tabular order, which is the order of the codes as text
            Map<String, CodeRow> sorted = new java.util.TreeMap<>(rows);
            rows.clear();
            rows.putAll(sorted);
        } else if (tabular != null) {
            Map<String, Boolean> hasChildren = new HashMap<>();
            tabular.diags().forEach(d -> {
                if (d.parentKey() != null) {
                    hasChildren.put(d.parentKey(), true);
                }
            });
            tabular.diags().forEach(d -> rows.put(d.key(), new CodeRow(d.key(), d.title(), null,
                    !hasChildren.containsKey(d.key()))));
        }
        return rows;
    }

    /** Every code of the order file needs its category row, which gives its group name. */
    private void requireCategories(List<OrderRow> order) {
        Map<String, Boolean> present = new HashMap<>();
        order.forEach(r -> present.put(r.key(), true));
        for (OrderRow row : order) {
            String category = row.key().substring(0, 3);
            if (!present.containsKey(category)) {
                problems.add(layout.orderFile(), row.line(), "the category " + category + " of " + Icd10Codes.withDot(row.key())
                        + " is not in the file");
            }
        }
    }

    /** With the codes file, the non-billable headings come from the tabular XML, in its order. */
    private static void addTabularAncestors(TabularContent tabular, List<CodesRow> codes, Map<String, CodeRow> rows) {
        Map<String, Boolean> billable = new HashMap<>();
        codes.forEach(c -> billable.put(c.key(), true));
        for (TabularContent.Diag diag : tabular.diags()) {
            if (!billable.containsKey(diag.key())) {
                rows.put(diag.key(), new CodeRow(diag.key(), diag.title(), null, false));
            }
        }
    }

    /** The longest shorter code of the release that starts this one: E11.65 → E11.6 → E11. */
    private static String parentOf(String key, Map<String, CodeRow> rows) {
        for (int length = key.length() - 1; length >= 3; length--) {
            String prefix = key.substring(0, length);
            if (rows.containsKey(prefix)) {
                return Icd10Codes.withDot(prefix);
            }
        }
        return null;
    }

    private record CodeRow(String key, String title, String shortTitle, boolean billable) {
    }
}
