package org.pvcoder.icd10.load;

import org.pvcoder.icd10.files.TabularContent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chapter and block of each ICD-10-CM category: from the tabular XML, or from the chapter table with block = category. */
final class Hierarchy {

    private final List<ParsedRelease.Chapter> chapters;
    private final List<ParsedRelease.Block> blocks;
    private final Map<String, String> blockOfCategory;
    private final Map<String, String> chapterOfCategory;

    private Hierarchy(List<ParsedRelease.Chapter> chapters, List<ParsedRelease.Block> blocks,
                      Map<String, String> blockOfCategory, Map<String, String> chapterOfCategory) {
        this.chapters = chapters;
        this.blocks = blocks;
        this.blockOfCategory = blockOfCategory;
        this.chapterOfCategory = chapterOfCategory;
    }

    static Hierarchy ofTabular(TabularContent tabular) {
        List<ParsedRelease.Chapter> chapters = tabular.chapters().stream()
                .map(c -> new ParsedRelease.Chapter(c.name(), c.title(), c.first(), c.last())).toList();
        List<ParsedRelease.Block> blocks = tabular.sections().stream()
                .map(s -> new ParsedRelease.Block(s.id(), s.title(), s.chapter(), null)).toList();
        Map<String, String> blockOf = new HashMap<>();
        Map<String, String> chapterOf = new HashMap<>();
        for (TabularContent.Diag diag : tabular.diags()) {
            if (diag.parentKey() == null) {
                blockOf.put(diag.key(), diag.section());
                chapterOf.put(diag.key(), diag.chapter());
            }
        }
        return new Hierarchy(chapters, blocks, blockOf, chapterOf);
    }

    /** Only the chapters that hold a code of the release are kept. */
    static Hierarchy ofChapterTable(Collection<String> keys) {
        Set<String> used = new LinkedHashSet<>();
        Map<String, String> chapterOf = new HashMap<>();
        for (String key : keys) {
            String category = key.substring(0, 3);
            CmChapters.of(category).ifPresent(chapter -> {
                used.add(chapter.code());
                chapterOf.put(category, chapter.code());
            });
        }
        List<ParsedRelease.Chapter> chapters = new ArrayList<>();
        CmChapters.ALL.stream().filter(c -> used.contains(c.code())).forEach(chapters::add);
        return new Hierarchy(chapters, List.of(), Map.of(), chapterOf);
    }

    List<ParsedRelease.Chapter> chapters() {
        return chapters;
    }

    List<ParsedRelease.Block> blocks() {
        return blocks;
    }

    /** The block of the category, or the category itself when no block is known. */
    String blockOf(String category) {
        return blockOfCategory.getOrDefault(category, category);
    }

    String chapterOf(String category) {
        String chapter = chapterOfCategory.get(category);
        return chapter != null ? chapter : CmChapters.of(category).map(ParsedRelease.Chapter::code).orElse(null);
    }
}
