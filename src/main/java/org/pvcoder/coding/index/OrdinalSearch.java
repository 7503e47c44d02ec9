package org.pvcoder.coding.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Runs a query and answers the ordinals of the best documents, best first (equal scores: lower document first). */
public final class OrdinalSearch {

    private OrdinalSearch() {
    }

    /** For an index that changes (the learned memory): each hit's ordinal is read from its doc values. */
    public static List<OrdinalHit> top(IndexSearcher searcher, Query query, int k) {
        try {
            // Doc values are read forward only: look the hits up in document order, then restore score order.
            ScoreDoc[] byDoc = topDocs(searcher, query, k).scoreDocs.clone();
            Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<OrdinalHit> hits = new ArrayList<>(byDoc.length);
            LeafReaderContext leaf = null;
            NumericDocValues ords = null;
            for (ScoreDoc sd : byDoc) {
                if (leaf == null || sd.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                    ords = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
                }
                if (ords != null && ords.advanceExact(sd.doc - leaf.docBase)) {
                    hits.add(new OrdinalHit((int) ords.longValue(), sd.score));
                }
            }
            hits.sort(Comparator.comparingDouble(h -> -h.score()));
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For an index that never changes: ordinals from {@link #ordinalsByDoc}, read once. */
    static List<OrdinalHit> top(IndexSearcher searcher, Query query, int k, int[] ordinalByDoc) {
        try {
            ScoreDoc[] best = topDocs(searcher, query, k).scoreDocs;
            List<OrdinalHit> hits = new ArrayList<>(best.length);
            for (ScoreDoc sd : best) {
                if (ordinalByDoc[sd.doc] >= 0) {
                    hits.add(new OrdinalHit(ordinalByDoc[sd.doc], sd.score));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ordinal of every document of the reader, -1 for a document without one. */
    static int[] ordinalsByDoc(IndexReader reader) {
        int[] ordinals = new int[reader.maxDoc()];
        Arrays.fill(ordinals, -1);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues ords = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
                if (ords == null) {
                    continue;
                }
                for (int doc = ords.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ords.nextDoc()) {
                    ordinals[leaf.docBase + doc] = (int) ords.longValue();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ordinals;
    }

    /**
     * The best k documents, as {@link IndexSearcher#search(Query, int)} finds them, but counting only k hits
     * exactly (instead of 1,000): past that, Lucene skips documents that cannot enter the top k. The top k
     * and their order stay the same; only the total hit count, which no caller reads, becomes a lower bound.
     */
    private static TopDocs topDocs(IndexSearcher searcher, Query query, int k) throws IOException {
        int hits = Math.min(k, Math.max(1, searcher.getIndexReader().maxDoc()));
        return searcher.search(query, new TopScoreDocCollectorManager(hits, hits));
    }
}
