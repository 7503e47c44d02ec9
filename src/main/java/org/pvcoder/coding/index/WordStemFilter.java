package org.pvcoder.coding.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.pvcoder.coding.normalize.WordStemmer;

import java.io.IOException;

/** Replaces each term by its {@link WordStemmer} stem, the same function the normalizer and ranker use. */
public final class WordStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public WordStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String stem = WordStemmer.stem(term.toString());
        term.setEmpty().append(stem);
        return true;
    }
}
