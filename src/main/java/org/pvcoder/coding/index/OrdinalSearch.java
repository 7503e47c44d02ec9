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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Runs a query and answers the ordinals of the best documents, best first. */
public final class OrdinalSearch {

    private OrdinalSearch() {
    }

    public static List<OrdinalHit> top(IndexSearcher searcher, Query query, int k) {
        try {
            TopDocs top = searcher.search(query, k);
            ScoreDoc[] byDoc = top.scoreDocs.clone();
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
}
