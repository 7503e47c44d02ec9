package org.pvcoder.coding.normalize;

import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Map;

/**
 * Stems of single tokens: irregular verb forms first mapped to their base ("slept" → "sleep", "threw" →
 * "throw"), then Porter2. The words field and every phrase table use this one function, so a verbatim
 * and a name always meet on the same stems.
 */
public final class WordStemmer {

    /** Stems of words seen so far; bounded so that arbitrary input cannot grow it without end. */
    private static final int CACHE_LIMIT = 500_000;
    private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("slept", "sleep"), Map.entry("woke", "wake"), Map.entry("woken", "wake"),
            Map.entry("threw", "throw"), Map.entry("thrown", "throw"), Map.entry("felt", "feel"),
            Map.entry("ate", "eat"), Map.entry("eaten", "eat"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("lost", "lose"), Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("got", "get"),
            Map.entry("gotten", "get"), Map.entry("made", "make"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("came", "come"), Map.entry("kept", "keep"),
            Map.entry("bled", "bleed"), Map.entry("drank", "drink"), Map.entry("drunk", "drunk"),
            Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("shook", "shake"),
            Map.entry("shaken", "shake"), Map.entry("spat", "spit"), Map.entry("swam", "swim"), Map.entry("ran", "run"),
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("hurt", "hurt"), Map.entry("thought", "think"),
            Map.entry("brought", "bring"), Map.entry("caught", "catch"), Map.entry("left", "left"), Map.entry("froze", "freez"),
            Map.entry("frozen", "freez"), Map.entry("stung", "sting"), Map.entry("bit", "bite"), Map.entry("bitten", "bite"),
            Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("became", "becom"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("wore", "wear"), Map.entry("worn", "wear"));

    private WordStemmer() {
    }

    public static String stem(String token) {
        String cached = CACHE.get(token);
        if (cached != null) {
            return cached;
        }
        String base = IRREGULAR.get(token);
        if (base == null) {
            EnglishStemmer stemmer = STEMMER.get();
            stemmer.setCurrent(token);
            stemmer.stem();
            base = stemmer.getCurrent();
        }
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(token, base);
        }
        return base;
    }
}
