package org.pvcoder.coding.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.pvcoder.coding.normalize.VerbatimNormalizer;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link TermIndex} from a terminology release, off to the side: nothing is visible to
 * searches until the finished index is handed over. Only current terms become candidates, and the headings
 * that stand for themselves ({@link ExtraNames#standalone()}); other non-current names are kept as a lookup to
 * their group's current term.
 */
public final class TermIndexBuilder {

    private TermIndexBuilder() {
    }

    public static TermIndex build(Terminology terminology) {
        Analyzer words = new WordsAnalyzer();
        List<CodableTerm> current = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        List<String[]> stemsByOrdinal = new ArrayList<>();
        Map<String, int[]> byLiteral = new HashMap<>();
        Map<String, int[]> byWordSet = new HashMap<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        Map<String, Integer> ordinalByCode = new HashMap<>();
        for (CodableTerm term : terminology.terms()) {
            if (!term.current() || ordinalByCode.containsKey(term.code())) {
                continue;
            }
            ordinalByCode.put(term.code(), current.size());
            addName(words, term, term.name(), current, literals, stemsByOrdinal, byLiteral, byWordSet, documentFrequency);
        }
        ExtraNames extraNames = ExtraNames.of(terminology, ordinalByCode.keySet());
        for (CodableTerm heading : extraNames.standalone()) {
            ordinalByCode.put(heading.code(), current.size());
            addName(words, heading, heading.name(), current, literals, stemsByOrdinal, byLiteral, byWordSet, documentFrequency);
        }
        for (Map.Entry<CodableTerm, List<String>> extra : extraNames.names().entrySet()) {
            for (String name : extra.getValue()) {
                addName(words, extra.getKey(), name, current, literals, stemsByOrdinal, byLiteral, byWordSet, documentFrequency);
            }
        }
        Map<String, Integer> nonCurrent = nonCurrentReplacements(terminology.terms(), current, ordinalByCode, extraNames);
        java.util.Set<String> nonCurrentCodes = new java.util.HashSet<>();
        for (CodableTerm term : terminology.terms()) {
            if (!term.current() && !ordinalByCode.containsKey(term.code())) {
                nonCurrentCodes.add(term.code());
            }
        }
        WordStatistics statistics = new WordStatistics(documentFrequency, ordinalByCode, current.size());
        List<TermProfile> profiles = new ArrayList<>(literals.size());
        for (int i = 0; i < literals.size(); i++) {
            profiles.add(TermProfile.of(literals.get(i), stemsByOrdinal.get(i), statistics));
        }
        DirectoryReader reader = luceneIndex(profiles);
        return new TermIndex(terminology.system(), terminology.version(), List.copyOf(current), List.copyOf(profiles),
                byLiteral, nonCurrent, nonCurrentCodes, byWordSet, statistics, reader);
    }

    /** Adds one searchable name of a current term at the next ordinal (a term's first name is its own). */
    private static void addName(Analyzer words, CodableTerm term, String name, List<CodableTerm> current,
                                List<String> literals, List<String[]> stemsByOrdinal, Map<String, int[]> byLiteral,
                                Map<String, int[]> byWordSet, Map<String, Integer> documentFrequency) {
        int ordinal = current.size();
        String literal = VerbatimNormalizer.literal(name);
        String[] stems = Analysis.terms(words, IndexFields.WORDS, literal).toArray(String[]::new);
        current.add(term);
        literals.add(literal);
        stemsByOrdinal.add(stems);
        append(byLiteral, literal, ordinal);
        if (stems.length > 0) {
            append(byWordSet, WordSets.key(stems), ordinal);
        }
        for (String stem : new java.util.HashSet<>(List.of(stems))) {
            documentFrequency.merge(stem, 1, Integer::sum);
        }
    }

    private static Map<String, Integer> nonCurrentReplacements(List<CodableTerm> all, List<CodableTerm> current,
                                                               Map<String, Integer> ordinalByCode, ExtraNames extraNames) {
        Map<String, Integer> groupRepresentative = new HashMap<>();
        for (int i = 0; i < current.size(); i++) {
            CodableTerm t = current.get(i);
            boolean isGroupOwnTerm = t.code().equals(t.groupCode());
            if (isGroupOwnTerm || !groupRepresentative.containsKey(t.groupCode())) {
                groupRepresentative.put(t.groupCode(), i);
            }
        }
        Map<String, Integer> replacements = new HashMap<>();
        for (CodableTerm term : all) {
            if (term.current() || ordinalByCode.containsKey(term.code()) || extraNames.isHeading(term.code())) {
                continue;
            }
            Integer representative = groupRepresentative.get(term.groupCode());
            if (representative != null) {
                replacements.putIfAbsent(VerbatimNormalizer.literal(term.name()), representative);
            }
        }
        return replacements;
    }

    private static DirectoryReader luceneIndex(List<TermProfile> profiles) {
        try {
            // Each file in one buffer: searches clone and slice the index inputs for every term they read,
            // which costs less with one buffer than with the default list of small ones.
            ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setRAMBufferSizeMB(64);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < profiles.size(); i++) {
                    writer.addDocument(IndexFields.document(i, profiles.get(i).literal()));
                }
                writer.forceMerge(1);
            }
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Map<String, int[]> map, String key, int ordinal) {
        int[] old = map.get(key);
        if (old == null) {
            map.put(key, new int[]{ordinal});
        } else {
            int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = ordinal;
            map.put(key, grown);
        }
    }
}
