package org.pvcoder.coding.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.pvcoder.terminology.CodableTerm;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An immutable, searchable snapshot of one terminology release: its current terms by ordinal, lookup
 * tables for the exact stages, word statistics for ranking, and a Lucene index for candidates.
 * Built by {@link TermIndexBuilder}; safe for any number of concurrent readers.
 */
public final class TermIndex implements Closeable {

    private final String system;
    private final String version;
    private final List<CodableTerm> terms;
    private final List<TermProfile> profiles;
    private final Map<String, int[]> byLiteral;
    private final Map<String, Integer> nonCurrentByLiteral;
    private final java.util.Set<String> nonCurrentCodes;
    private final Map<String, int[]> byWordSet;
    private final WordStatistics statistics;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int[] ordinalByDoc;
    private final IndexedTerms indexedTerms;
    private final int[] codeOrdinal;

    TermIndex(String system, String version, List<CodableTerm> terms, List<TermProfile> profiles,
              Map<String, int[]> byLiteral, Map<String, Integer> nonCurrentByLiteral, java.util.Set<String> nonCurrentCodes,
              Map<String, int[]> byWordSet, WordStatistics statistics, DirectoryReader reader) {
        this.system = system;
        this.version = version;
        this.terms = terms;
        this.profiles = profiles;
        this.byLiteral = byLiteral;
        this.nonCurrentByLiteral = nonCurrentByLiteral;
        this.nonCurrentCodes = nonCurrentCodes;
        this.byWordSet = byWordSet;
        this.statistics = statistics;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.ordinalByDoc = OrdinalSearch.ordinalsByDoc(reader);
        this.indexedTerms = new IndexedTerms(reader, IndexFields.WORDS, IndexFields.NGRAMS);
        this.codeOrdinal = new int[terms.size()];
        for (int i = 0; i < codeOrdinal.length; i++) {
            codeOrdinal[i] = statistics.ordinalOf(terms.get(i).code()).orElseThrow();
        }
    }

    public String system() {
        return system;
    }

    public String version() {
        return version;
    }

    public int size() {
        return terms.size();
    }

    public CodableTerm term(int ordinal) {
        return terms.get(ordinal);
    }

    /**
     * The ordinal of the term's own name, the same for all names of one code: a key for the code that needs
     * no look at the term itself.
     */
    public int codeOrdinal(int ordinal) {
        return codeOrdinal[ordinal];
    }

    public TermProfile profile(int ordinal) {
        return profiles.get(ordinal);
    }

    public WordStatistics statistics() {
        return statistics;
    }

    /** The current term whose literal name equals the text, if exactly one group (PT) has such a name. */
    public OptionalInt byLiteral(String literal) {
        return unambiguous(byLiteral.get(literal));
    }

    /** For a non-current name: the current term a coder would take instead (the same group's own term). */
    public OptionalInt replacementForNonCurrent(String literal) {
        Integer ordinal = nonCurrentByLiteral.get(literal);
        return ordinal == null ? OptionalInt.empty() : OptionalInt.of(ordinal);
    }

    /** The current term with exactly this set of word stems, if exactly one group (PT) has it. */
    public OptionalInt byWordSet(String wordSetKey) {
        return unambiguous(byWordSet.get(wordSetKey));
    }

    /** The ordinal of the current term with this code, if any. */
    public OptionalInt ordinalOf(String code) {
        return statistics.ordinalOf(code);
    }

    /** Whether the code names a term of this release that is not current (so never proposed). */
    public boolean isNonCurrent(String code) {
        return nonCurrentCodes.contains(code);
    }

    /** A query for one term of a field, cheaper to run on this index than a plain {@link TermQuery}. */
    public TermQuery termQuery(String field, String text) {
        return indexedTerms.query(field, text);
    }

    public List<OrdinalHit> search(Query query, int k) {
        return OrdinalSearch.top(searcher, query, k, ordinalByDoc);
    }

    private OptionalInt unambiguous(int[] ordinals) {
        if (ordinals == null) {
            return OptionalInt.empty();
        }
        String group = terms.get(ordinals[0]).groupCode();
        int best = ordinals[0];
        for (int ordinal : ordinals) {
            CodableTerm t = terms.get(ordinal);
            if (!t.groupCode().equals(group)) {
                return OptionalInt.empty();
            }
            if (t.code().equals(t.groupCode())) {
                best = ordinal;
            }
        }
        return OptionalInt.of(best);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
