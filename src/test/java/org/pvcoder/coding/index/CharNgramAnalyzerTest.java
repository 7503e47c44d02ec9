package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class CharNgramAnalyzerTest extends BaseTokenStreamTestCase {

    public void testTrigramsOfEachWord() throws Exception {
        Analyzer a = new CharNgramAnalyzer();
        assertAnalyzesTo(a, "Rash", new String[]{"ras", "ash"});
        assertAnalyzesTo(a, "Oedema", new String[]{"ede", "dem", "ema"});
        a.close();
    }

    public void testMisspellingSharesMostGrams() throws Exception {
        Analyzer a = new CharNgramAnalyzer();
        assertAnalyzesTo(a, "diarhea", new String[]{"dia", "iar", "arh", "rhe", "hea"});
        a.close();
    }

    public void testRandomStrings() throws Exception {
        Analyzer a = new CharNgramAnalyzer();
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        a.close();
    }
}
