package org.pvcoder.icd10.load;

import java.util.List;

/**
 * A release read and checked, ready to store: codes in their tabular order, each with its place in the
 * chapter → block → category tree, its notes and its search synonyms. Codes carry their dot ("E11.9").
 */
public record ParsedRelease(String edition, String version, String source, List<String> files, List<Chapter> chapters,
                            List<Block> blocks, List<Code> codes, List<Note> notes, List<Synonym> synonyms) {

    public record Chapter(String code, String title, String first, String last) {
    }

    /** {@code parentBlock}: the wider block a WHO block sits in, else null. */
    public record Block(String code, String title, String chapter, String parentBlock) {
    }

    /** {@code parent}: the code one level up, null for a category; {@code block}: the category itself when no block is known. */
    public record Code(String code, String title, String shortTitle, boolean billable, String parent, String category,
                       String block, String chapter) {
    }

    public record Note(String code, String kind, String text) {
    }

    /** {@code source}: "inclusion" (an inclusion term) or "index" (an alphabetic index entry). */
    public record Synonym(String code, String name, String source) {
    }

    public long billableCount() {
        return codes.stream().filter(Code::billable).count();
    }
}
