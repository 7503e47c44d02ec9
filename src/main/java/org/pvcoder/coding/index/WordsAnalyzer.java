package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The "words" field: standard tokens, lower case, accents folded, British spelling folded, stop words
 * removed, stems (irregular verbs to their base, then Porter2) ("Haemorrhages" → "hemorrhag"). Used for term names, memory verbatims and queries.
 */
public final class WordsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CanonicalSpellingFilter(stream);
        stream = new StopFilter(stream, MedicalStopWords.SET);
        stream = new WordStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CanonicalSpellingFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }
}
