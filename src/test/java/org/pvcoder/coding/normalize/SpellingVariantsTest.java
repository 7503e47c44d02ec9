package org.pvcoder.coding.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpellingVariantsTest {

    @Test
    void mapsBritishFormsToAmerican() {
        assertEquals("hemorrhage", SpellingVariants.canonical("haemorrhage"));
        assertEquals("anemia", SpellingVariants.canonical("anaemia"));
        assertEquals("edema", SpellingVariants.canonical("oedema"));
        assertEquals("esophagitis", SpellingVariants.canonical("oesophagitis"));
        assertEquals("dyspnea", SpellingVariants.canonical("dyspnoea"));
        assertEquals("pediatric", SpellingVariants.canonical("paediatric"));
        assertEquals("tumor", SpellingVariants.canonical("tumour"));
        assertEquals("leukopenia", SpellingVariants.canonical("leucopenia"));
        assertEquals("hospitalized", SpellingVariants.canonical("hospitalised"));
        assertEquals("paralyzed", SpellingVariants.canonical("paralysed"));
    }

    @Test
    void leavesAmericanFormsAndShortWordsAlone() {
        assertEquals("hemorrhage", SpellingVariants.canonical("hemorrhage"));
        assertEquals("rash", SpellingVariants.canonical("rash"));
        assertEquals("ae", SpellingVariants.canonical("ae"));
    }
}
