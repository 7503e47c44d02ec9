package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The "words" field: standard tokens, lower case, accents folded, British spelling folded, stop words
 * removed, Porter2 stems ("Haemorrhages" → "hemorrhag"). Used for term names, memory verbatims and queries.
 */
public final class WordsAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new CanonicalSpellingFilter(stream);
        stream = new StopFilter(stream, MedicalStopWords.SET);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new CanonicalSpellingFilter(new ASCIIFoldingFilter(new LowerCaseFilter(in)));
    }
}
