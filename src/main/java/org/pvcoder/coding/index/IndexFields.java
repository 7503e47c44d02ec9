package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;

import java.util.Map;

/** The fields of a term or memory document and the analyzer of each. */
public final class IndexFields {

    /** Position of the term (or memory entry) in its in-memory table. */
    public static final String ORDINAL = "ord";
    /** Stemmed words of the name. */
    public static final String WORDS = "words";
    /** Character trigrams of the name. */
    public static final String NGRAMS = "ngrams";

    private IndexFields() {
    }

    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new WordsAnalyzer(), Map.of(NGRAMS, new CharNgramAnalyzer()));
    }

    public static Document document(int ordinal, String literalName) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ordinal));
        doc.add(new TextField(WORDS, literalName, Field.Store.NO));
        doc.add(new TextField(NGRAMS, literalName, Field.Store.NO));
        return doc;
    }
}
