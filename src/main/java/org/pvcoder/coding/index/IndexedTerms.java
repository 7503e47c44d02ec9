package org.pvcoder.coding.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each term of an index that never changes sits in its term dictionary, looked up once. A
 * {@link TermQuery} given these states skips the dictionary lookup a search would otherwise make for every
 * term of every query; on another index (the learned memory) Lucene sees they were not built for it and looks
 * the term up as usual. Scores are the same either way.
 */
final class IndexedTerms {

    /** A term of the index, ready for queries: the Lucene term and its dictionary entry. */
    private record Known(Term term, TermStates states) {
    }

    private final Map<String, Map<String, Known>> byField = new HashMap<>();
    /** The states of any term the index lacks: none, so the query matches nothing without a lookup. */
    private final TermStates absent;

    IndexedTerms(IndexReader reader, String... fields) {
        IndexReaderContext top = reader.getContext();
        absent = new TermStates(top);
        try {
            for (String field : fields) {
                Map<String, Known> known = byField.computeIfAbsent(field, f -> new HashMap<>());
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum each = terms.iterator();
                    for (BytesRef text = each.next(); text != null; text = each.next()) {
                        known.computeIfAbsent(text.utf8ToString(), t -> new Known(new Term(field, t), new TermStates(top)))
                                .states().register(each.termState(), leaf.ord, each.docFreq(), each.totalTermFreq());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query for a term of one of the fields, with its dictionary entry (or its absence) already known. */
    TermQuery query(String field, String text) {
        Map<String, Known> known = byField.get(field);
        if (known == null) {
            throw new IllegalArgumentException("field not looked up: " + field);
        }
        Known term = known.get(text);
        return term == null ? new TermQuery(new Term(field, text), absent) : new TermQuery(term.term(), term.states());
    }
}
