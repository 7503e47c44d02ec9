package org.pvcoder.coding.index;

import org.apache.lucene.analysis.CharArraySet;

import java.util.List;

/**
 * Function words that carry no meaning in a term name. Unlike Lucene's English list it keeps
 * "no" and "not" ("no adverse event", "drug not effective") and adds "nos" (not otherwise specified).
 */
public final class MedicalStopWords {

    public static final CharArraySet SET = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
            "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to",
            "was", "will", "with", "nos", "i", "me", "my", "he", "she", "his", "her", "we", "our", "you", "your"),
            false));

    private MedicalStopWords() {
    }
}
