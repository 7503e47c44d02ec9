package org.pvcoder.coding.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Runs a query and answers the ordinals of the best documents. */
public final class OrdinalSearch {

    private OrdinalSearch() {
    }

    public static List<OrdinalHit> top(IndexSearcher searcher, Query query, int k) {
        try {
            TopDocs top = searcher.search(query, k);
            List<OrdinalHit> hits = new ArrayList<>(top.scoreDocs.length);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                NumericDocValues ords = leaf.reader().getNumericDocValues(IndexFields.ORDINAL);
                if (ords != null && ords.advanceExact(sd.doc - leaf.docBase)) {
                    hits.add(new OrdinalHit((int) ords.longValue(), sd.score));
                }
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
