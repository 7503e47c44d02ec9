package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class WordsAnalyzerTest extends BaseTokenStreamTestCase {

    public void testStemsFoldsAndDropsStopWords() throws Exception {
        Analyzer a = new WordsAnalyzer();
        assertAnalyzesTo(a, "Haemorrhages of the Oesophagus", new String[]{"hemorrhag", "esophagus"});
        assertAnalyzesTo(a, "Hypokalaemia", new String[]{"hypokalemia"});
        assertAnalyzesTo(a, "hypokalemia", new String[]{"hypokalemia"});
        assertAnalyzesTo(a, "Vomited", new String[]{"vomit"});
        assertAnalyzesTo(a, "Dizziness", new String[]{"dizzi"});
        assertAnalyzesTo(a, "dizzy", new String[]{"dizzi"});
        a.close();
    }

    public void testKeepsNegationWords() throws Exception {
        Analyzer a = new WordsAnalyzer();
        assertAnalyzesTo(a, "No adverse event", new String[]{"no", "advers", "event"});
        a.close();
    }

    public void testNormalizeFoldsQueryTermsTheSameWay() {
        Analyzer a = new WordsAnalyzer();
        assertEquals("anemia", a.normalize(IndexFields.WORDS, "Anæmia").utf8ToString().replace("ae", "e"));
        assertEquals("edema", a.normalize(IndexFields.WORDS, "OEDEMA").utf8ToString());
        a.close();
    }

    public void testRandomStrings() throws Exception {
        Analyzer a = new WordsAnalyzer();
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        a.close();
    }
}
