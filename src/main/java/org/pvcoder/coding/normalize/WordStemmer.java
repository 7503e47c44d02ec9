package org.pvcoder.coding.normalize;

import org.tartarus.snowball.ext.EnglishStemmer;

/** Porter2 stems of single tokens, for matching lexicon phrases whatever the inflection ("throwing up" = "throw up"). */
public final class WordStemmer {

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private WordStemmer() {
    }

    public static String stem(String token) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
