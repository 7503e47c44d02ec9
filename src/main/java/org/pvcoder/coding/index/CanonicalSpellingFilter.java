package org.pvcoder.coding.index;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.pvcoder.coding.normalize.SpellingVariants;

import java.io.IOException;

/** Rewrites each (lower-case) term to its canonical spelling: "oedema" → "edema", "anaemia" → "anemia". */
public final class CanonicalSpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public CanonicalSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String original = term.toString();
        String canonical = SpellingVariants.canonical(original);
        if (!canonical.equals(original)) {
            term.setEmpty().append(canonical);
        }
        return true;
    }
}
