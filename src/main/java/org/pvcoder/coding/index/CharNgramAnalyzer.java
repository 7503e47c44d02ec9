package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The "ngrams" field: character trigrams of each folded word, so a misspelling ("diarhea", "dizzyness")
 * still shares most grams with the right word. Queried only for words the dictionary does not know.
 */
public final class CharNgramAnalyzer extends Analyzer {

    public static final int GRAM = 3;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CanonicalSpellingFilter(stream);
        stream = new StopFilter(stream, MedicalStopWords.SET);
        stream = new NGramTokenFilter(stream, GRAM, GRAM, false);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CanonicalSpellingFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }
}
