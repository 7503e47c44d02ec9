package org.pvcoder.coding.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexedTermsTest {

    @Test
    void queryWithLookedUpTermScoresAsAPlainTermQuery() throws IOException {
        try (DirectoryReader reader = index("nausea", "nausea and vomiting", "headache", "vomiting")) {
            IndexedTerms terms = new IndexedTerms(reader, IndexFields.WORDS, IndexFields.NGRAMS);
            IndexSearcher searcher = new IndexSearcher(reader);
            assertSameHits(searcher, terms.query(IndexFields.WORDS, "vomit"), plain(IndexFields.WORDS, "vomit"));
            assertSameHits(searcher, terms.query(IndexFields.NGRAMS, "aus"), plain(IndexFields.NGRAMS, "aus"));
            assertSameHits(searcher, terms.query(IndexFields.WORDS, "rash"), plain(IndexFields.WORDS, "rash"));
        }
    }

    @Test
    void queryStillWorksOnAnotherIndex() throws IOException {
        try (DirectoryReader reader = index("nausea", "vomiting");
             DirectoryReader other = index("vomiting", "vomiting blood", "headache", "fever")) {
            IndexedTerms terms = new IndexedTerms(reader, IndexFields.WORDS);
            IndexSearcher searcher = new IndexSearcher(other);
            assertSameHits(searcher, terms.query(IndexFields.WORDS, "vomit"), plain(IndexFields.WORDS, "vomit"));
            assertEquals(2, searcher.search(terms.query(IndexFields.WORDS, "vomit"), 10).scoreDocs.length);
            // absent from the first index, present in the other
            assertSameHits(searcher, terms.query(IndexFields.WORDS, "headach"), plain(IndexFields.WORDS, "headach"));
            assertEquals(1, searcher.search(terms.query(IndexFields.WORDS, "headach"), 10).scoreDocs.length);
        }
    }

    private static Query plain(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static void assertSameHits(IndexSearcher searcher, Query query, Query expected) throws IOException {
        TopDocs got = searcher.search(query, 10);
        TopDocs want = searcher.search(expected, 10);
        assertEquals(want.scoreDocs.length, got.scoreDocs.length);
        for (int i = 0; i < want.scoreDocs.length; i++) {
            ScoreDoc w = want.scoreDocs[i];
            ScoreDoc g = got.scoreDocs[i];
            assertEquals(w.doc, g.doc);
            assertEquals(w.score, g.score);
        }
    }

    private static DirectoryReader index(String... names) throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexFields.analyzer()))) {
            for (int i = 0; i < names.length; i++) {
                writer.addDocument(IndexFields.document(i, names[i]));
            }
        }
        return DirectoryReader.open(directory);
    }
}
