package org.pvcoder.coding.rank;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.pvcoder.coding.index.CharNgramAnalyzer;
import org.pvcoder.coding.index.IndexFields;
import org.pvcoder.coding.index.TermIndex;
import org.pvcoder.coding.index.WordStatistics;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The Lucene query that gathers candidates for a search text: any of its stems or their {@link WordEquivalents}
 * in the words field, and for words no name contains (likely misspellings) their character trigrams in the ngrams field.
 */
public final class CandidateQuery {

    private static final float NGRAM_BOOST = 0.5f;

    private CandidateQuery() {
    }

    /** One query for all search texts of a verbatim: each distinct stem once. */
    public static Query of(List<QueryText> texts, TermIndex index) {
        WordStatistics statistics = index.statistics();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (QueryText text : texts) {
            for (int i = 0; i < text.stems().length; i++) {
                String stem = text.stems()[i];
                if (!seen.add(stem)) {
                    continue;
                }
                query.add(index.termQuery(IndexFields.WORDS, stem), BooleanClause.Occur.SHOULD);
                for (String equivalent : WordEquivalents.of(stem)) {
                    if (seen.add(equivalent)) {
                        query.add(index.termQuery(IndexFields.WORDS, equivalent), BooleanClause.Occur.SHOULD);
                    }
                }
                String word = text.words()[i];
                if (statistics.documentFrequency(stem) == 0 && word.length() > CharNgramAnalyzer.GRAM) {
                    query.add(new BoostQuery(ngrams(word, index), NGRAM_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    private static Query ngrams(String word, TermIndex index) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i + CharNgramAnalyzer.GRAM <= word.length(); i++) {
            grams.add(word.substring(i, i + CharNgramAnalyzer.GRAM));
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String gram : grams) {
            q.add(index.termQuery(IndexFields.NGRAMS, gram), BooleanClause.Occur.SHOULD);
        }
        q.setMinimumNumberShouldMatch(Math.max(1, (grams.size() + 1) / 2));
        return q.build();
    }
}
