package org.pvcoder.coding.normalize;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerbatimNormalizerTest {

    private static final VerbatimNormalizer NORMALIZER = VerbatimNormalizer.english();

    private static String expanded(String verbatim) {
        return NORMALIZER.normalize(verbatim).expanded();
    }

    @Test
    void foldsCaseAccentsPunctuationAndWhitespace() {
        NormalizedVerbatim n = NORMALIZER.normalize("  Érythème,   PRURIT!! ");
        assertEquals("erytheme prurit", n.literal());
    }

    @Test
    void foldsBritishSpellingOntoOneForm() {
        assertEquals(VerbatimNormalizer.literal("Hypokalemia"), VerbatimNormalizer.literal("hypokalaemia"));
        assertEquals(VerbatimNormalizer.literal("edema peripheral"), VerbatimNormalizer.literal("Oedema peripheral"));
        assertEquals(VerbatimNormalizer.literal("diarrhea"), VerbatimNormalizer.literal("Diarrhoea"));
    }

    @Test
    void expandsClinicalAbbreviations() {
        assertEquals("blood pressure increased", expanded("BP increased"));
        assertEquals("nausea vomiting", expanded("N/V"));
        assertEquals("urinary tract infection", expanded("UTI"));
        assertEquals("increased liver function test", expanded("elevated LFTs"));
        assertEquals("myocardial infarction", expanded("MI"));
        assertEquals("deep vein thrombosis", expanded("dvt"));
    }

    @Test
    void abbreviationsThatAreAlsoWordsNeedCapitals() {
        assertEquals("dyspnea", expanded("SOB"));
        assertEquals("crying", expanded("sob"));
    }

    @Test
    void abbreviationsWhoseStemIsACommonWordNeedCapitals() {
        assertEquals("mental status changes", expanded("AMS"));
        assertFalse(expanded("I am so tired").contains("mental"), expanded("I am so tired"));
        assertFalse(expanded("ate too much").contains("thrombosis"), expanded("ate too much"));
    }

    @Test
    void wordsMarkedAsWrittenDoNotMatchTheirOtherForms() {
        assertEquals("depressed mood", expanded("depressed"));
        assertEquals("worsening depression", expanded("worsening depression"));
        assertEquals("intermenstrual bleeding", expanded("spotting"));
        assertFalse(expanded("red spots on arms").contains("bleeding"), expanded("red spots on arms"));
        assertEquals("skin irritation", expanded("skin irritation"));
    }

    @Test
    void lowerNamingAPartOfTheBodyIsNoDecrease() {
        assertEquals("lower respiratory infection", expanded("lower respiratory infection"));
        assertEquals("decreased platelet count", expanded("lower platelet count"));
    }

    @Test
    void suddenStaysWhereMeddraNamesIt() {
        assertEquals("sudden cardiac death", expanded("sudden cardiac death"));
        assertEquals("rash", expanded("sudden onset of rash"));
    }

    @Test
    void inAVerbatimAllInCapitalsAbbreviationsThatAreEverydayWordsAreWords() {
        assertEquals("pruritus", expanded("ITCHING ALL DAY"));
        assertFalse(expanded("PATIENT FELL AND HIT HEAD").contains("thrombocytopenia"), expanded("PATIENT FELL AND HIT HEAD"));
        assertTrue(expanded("HIT after heparin").contains("thrombocytopenia"), expanded("HIT after heparin"));
        assertEquals("dyspnea on exertion", expanded("SOB ON EXERTION"));
    }

    @Test
    void consumerLayTermsAreReadToo() {
        // from the consumer lay-term list loaded after the clinical lexicon
        assertEquals("electric shock sensation", expanded("brain shivers"));
        assertEquals("pyrexia", expanded("low grade fever"));
        assertEquals("insomnia", expanded("it doesnt let me sleep at night"));
    }

    @Test
    void apostrophesMangledByTextExportsStillJoinTheWord() {
        assertEquals("insomnia", expanded("couldn\uFFFDt sleep"));
        assertEquals("insomnia", expanded("couldnâ€™t sleep"));
    }

    @Test
    void rewritesLayTermsWhateverTheInflection() {
        assertEquals("abdominal pain", expanded("tummy ache"));
        assertEquals("vomiting", expanded("throwing up"));
        assertEquals("vomiting", expanded("threw up"));
        assertEquals("insomnia", expanded("CANT SLEEP"));
        assertEquals("insomnia", expanded("can't sleep"));
        assertEquals("paresthesia", expanded("pins and needles"));
        assertEquals("alopecia", expanded("my hair is falling out"));
        assertEquals("nausea", expanded("feeling sick"));
    }

    @Test
    void dropsFillerWords() {
        assertEquals("dizziness", expanded("felt dizzy after 2nd dose"));
        assertEquals("headache", expanded("Patient experienced severe headache"));
        assertEquals("rash", expanded("c/o mild rash"));
    }

    @Test
    void keepsTheWordsBeforeTheLexiconAsPlainText() {
        NormalizedVerbatim n = NORMALIZER.normalize("Patient experienced tummy ache");
        assertEquals("tummy ache", n.plain());
        assertEquals("abdominal pain", n.expanded());
        assertTrue(n.lexiconUsed());
    }

    @Test
    void detectsALeadingNegation() {
        NormalizedVerbatim n = NORMALIZER.normalize("denies chest pain");
        assertTrue(n.negated());
        assertEquals("chest pain", n.expanded());
        assertFalse(NORMALIZER.normalize("chest pain").negated());
    }

    @Test
    void layPhrasesStartingWithNoAreNotNegations() {
        NormalizedVerbatim n = NORMALIZER.normalize("no appetite");
        assertFalse(n.negated());
        assertEquals("decreased appetite", n.expanded());
    }

    @Test
    void blankFillerOnlyAndSymbolOnlyInputHaveNoContent() {
        assertFalse(NORMALIZER.normalize("   ").hasContent());
        assertFalse(NORMALIZER.normalize(null).hasContent());
        assertFalse(NORMALIZER.normalize("😀 !!! ...").hasContent());
        assertFalse(NORMALIZER.normalize("patient experienced").hasContent());
    }

    @Test
    void otherScriptsAreKeptAsWords() {
        assertEquals("头痛", NORMALIZER.normalize("头痛").literal());
    }

    @Test
    void flagsSeveralEvents() {
        assertTrue(NORMALIZER.normalize("rash on arms and itching").multiEvent());
        assertTrue(NORMALIZER.normalize("nausea, vomiting").multiEvent());
        assertFalse(NORMALIZER.normalize("rash").multiEvent());
    }

    @Test
    void anUnspecifiedChangeIsAbnormalAsMeddraNamesIt() {
        assertEquals("abnormal hemoglobin", expanded("changes in haemoglobin"));
        assertEquals("abnormal serum lipids", expanded("alterations in serum lipids"));
    }

    @Test
    void reportWordingIsDroppedWhenOtherWordsNameTheEvent() {
        NormalizedVerbatim n = NORMALIZER.normalize("hepatic adverse events");
        assertEquals("hepatic", n.expanded());
        assertEquals("hepatic adverse events", n.plain());
        assertEquals("thrombotic", expanded("thrombotic complications"));
        assertEquals("adverse events", expanded("adverse events"));
    }

    @Test
    void bodyPartAdjectivesBecomeTheNounsMeddraNamesUse() {
        assertEquals("face edema", expanded("facial oedema"));
        assertEquals("eye pruritus", expanded("ocular itching"));
        assertEquals("skin reaction", expanded("cutaneous reaction"));
    }

    @Test
    void wordsWhoseStemIsAnEverydayWordDoNotMisfire() {
        // "drugged", "sickly", "redness", "wasted", "burn", "dependency" matched "drug", "sickness", "red",
        // "wasting", "burning", "depends" by stem
        assertEquals("drug induced liver injury", expanded("drug-induced liver injury"));
        assertEquals("motion sickness", expanded("motion sickness"));
        assertEquals("red blood cell count decreased", expanded("red blood cell count decreased"));
        assertEquals("muscle wasting", expanded("muscle wasting"));
        assertEquals("burning sensation", expanded("burning"));
        assertEquals("flat affect", expanded("flat affect"));
        assertFalse(expanded("depends on the day").contains("dependence"), expanded("depends on the day"));
        assertEquals("laughter", expanded("fits of laughter"));
        assertEquals("irritable bowel syndrome", expanded("irritable bowel"));
    }

    @Test
    void namesThatReadLikeFillersOrLevelsAreKeptWhole() {
        assertEquals("post herpetic neuralgia", expanded("post herpetic neuralgia"));
        assertEquals("second primary malignancy", expanded("second primary malignancy"));
        assertEquals("intermittent claudication", expanded("developed intermittent claudication"));
        assertEquals("lupus like syndrome", expanded("lupus-like syndrome"));
        assertEquals("febrile neutropenia", expanded("febrile neutropenia"));
        assertEquals("high density lipoprotein decreased", expanded("high density lipoprotein decreased"));
        assertEquals("low back pain", expanded("lower back killing me"));
        assertEquals("rash", expanded("high dose caused rash"));
        assertFalse(expanded("went to the ED with chest pain").contains("erectile"), expanded("went to the ED"));
        assertEquals("erectile dysfunction", expanded("ED"));
        assertEquals("prothrombin time prolonged", expanded("prolonged PT"));
    }
}
