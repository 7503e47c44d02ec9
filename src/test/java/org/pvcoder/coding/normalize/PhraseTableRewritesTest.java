package org.pvcoder.coding.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhraseTableRewritesTest {

    @Test
    void onlyPhrasesThatRewriteToWordsAreListedAsWrittenWithoutMarkers() {
        PhraseTable table = PhraseTable.fromResources();
        table.addLine("# a comment");
        table.addLine("tummy ache|belly ache = abdominal pain");
        table.addLine("=spotting = intermenstrual bleeding");
        table.addLine("SOB = dyspnea");
        table.addLine("hard to * asleep = insomnia");
        table.addLine("flat affect = =");
        table.addLine("patient reported");

        assertEquals(List.of(
                new PhraseTable.Rewrite("tummy ache", "abdominal pain"),
                new PhraseTable.Rewrite("belly ache", "abdominal pain"),
                new PhraseTable.Rewrite("spotting", "intermenstrual bleeding")), table.rewrites());
    }

    @Test
    void theEnglishLexiconListsThousandsOfThem() {
        List<PhraseTable.Rewrite> rewrites = VerbatimNormalizer.english().lexiconRewrites();
        assertTrue(rewrites.size() > 3000, rewrites.size() + " rewrites");
        assertTrue(rewrites.contains(new PhraseTable.Rewrite("tummy ache", "abdominal pain")), "tummy ache");
    }
}
