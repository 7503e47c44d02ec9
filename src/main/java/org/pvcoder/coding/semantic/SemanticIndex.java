package org.pvcoder.coding.semantic;

import org.pvcoder.coding.index.TermIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Nearest terms of a release by cosine of the embeddings of their names (and of other wordings: anchors). Built at
 * once from the stored vectors as a float matrix, searched by an exact scan (~3–4 ms a query for 20k names, ~4×
 * that for 80k: more than embedding the query); {@link #withGraph()} adds a Lucene HNSW graph of the names
 * (~0.1 ms a query, but ~16 s to build for 20k names on a busy core), which the vector service builds in the
 * background and swaps in. Rows are the release's current codes that the term index knows, each with its ordinal
 * there, then any anchors ({@link #withAnchors}). Immutable; thread-safe.
 */
public final class SemanticIndex implements java.io.Closeable {

    private static final String FIELD = "v";

    /** A neighbour: the term's ordinal in the {@link TermIndex} and the cosine of its name to the query. */
    public record Neighbour(int ordinal, float cosine) {
    }

    private final String version;
    private final float[] matrix;
    private final int[] ordinals;
    private final int dimensions;
    /** Row of each term ordinal, -1 when the term has no vector. */
    private final int[] rowOfOrdinal;
    /** HNSW graph over the rows (document id = row), or null: exact scan. */
    private final org.apache.lucene.index.DirectoryReader graph;
    private final org.apache.lucene.search.IndexSearcher searcher;
    /** Rows [0, names) are the terms' own names, one each; the rows after them are anchors. */
    private final int names;

    private SemanticIndex(String version, float[] matrix, int[] ordinals, int dimensions, int[] rowOfOrdinal,
                          int names, org.apache.lucene.index.DirectoryReader graph) {
        this.version = version;
        this.matrix = matrix;
        this.ordinals = ordinals;
        this.dimensions = dimensions;
        this.rowOfOrdinal = rowOfOrdinal;
        this.graph = graph;
        this.searcher = graph == null ? null : new org.apache.lucene.search.IndexSearcher(graph);
        this.names = names;
    }

    private static int[] rowOfOrdinal(int[] ordinals, int termCount) {
        int[] rows = new int[termCount];
        java.util.Arrays.fill(rows, -1);
        for (int row = 0; row < ordinals.length; row++) {
            rows[ordinals[row]] = row;
        }
        return rows;
    }

    /** This index plus an HNSW graph of its name rows (slow: call it in the background). */
    public SemanticIndex withGraph() {
        org.apache.lucene.store.ByteBuffersDirectory directory = new org.apache.lucene.store.ByteBuffersDirectory();
        org.apache.lucene.index.IndexWriterConfig config = new org.apache.lucene.index.IndexWriterConfig()
                .setRAMBufferSizeMB(Math.max(64, matrix.length * 8.0 / (1 << 20)))
                .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE);
        try (org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(directory, config)) {
            for (int row = 0; row < names; row++) {
                float[] v = new float[dimensions];
                System.arraycopy(matrix, row * dimensions, v, 0, dimensions);
                org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
                doc.add(new org.apache.lucene.document.KnnFloatVectorField(FIELD, v,
                        org.apache.lucene.index.VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory);
            if (reader.leaves().size() != 1 || reader.maxDoc() != names) {
                reader.close();
                throw new IllegalStateException("HNSW graph of " + names + " rows came out in "
                        + reader.leaves().size() + " segments");
            }
            return new SemanticIndex(version, matrix, ordinals, dimensions, rowOfOrdinal, names, reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public boolean hasGraph() {
        return graph != null;
    }

    @Override
    public void close() throws java.io.IOException {
        if (graph != null) {
            graph.close();
        }
    }

    /** The vectors of the codes the index serves (codes it does not know are left out). */
    public static SemanticIndex of(TermVectors vectors, TermIndex index) {
        int dims = vectors.dimensions();
        float[] all = vectors.matrix();
        float[] matrix = new float[all.length];
        int[] ordinals = new int[vectors.size()];
        int rows = 0;
        for (int row = 0; row < vectors.size(); row++) {
            OptionalInt ordinal = index.ordinalOf(vectors.code(row));
            if (ordinal.isPresent()) {
                System.arraycopy(all, row * dims, matrix, rows * dims, dims);
                ordinals[rows++] = ordinal.getAsInt();
            }
        }
        int[] kept = java.util.Arrays.copyOf(ordinals, rows);
        return new SemanticIndex(index.version(), java.util.Arrays.copyOf(matrix, rows * dims), kept, dims,
                rowOfOrdinal(kept, index.size()), kept.length, null);
    }

    /**
     * This index plus extra rows that point at terms of the release: the vectors of other wordings of those terms
     * (the lexicon's phrases, see {@link LexiconAnchors}). A term's own name stays its row for {@link #cosine}.
     * Anchors are searched by an exact scan (a few thousand rows). Call before {@link #withGraph()}.
     */
    public SemanticIndex withAnchors(List<float[]> vectors, int[] anchorOrdinals) {
        if (vectors.size() != anchorOrdinals.length) {
            throw new IllegalArgumentException(vectors.size() + " anchor vectors for " + anchorOrdinals.length + " terms");
        }
        int rows = ordinals.length + vectors.size();
        float[] m = java.util.Arrays.copyOf(matrix, rows * dimensions);
        int[] o = java.util.Arrays.copyOf(ordinals, rows);
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, m, (ordinals.length + i) * dimensions, dimensions);
            o[ordinals.length + i] = anchorOrdinals[i];
        }
        return new SemanticIndex(version, m, o, dimensions, rowOfOrdinal, names, null);
    }

    public String version() {
        return version;
    }

    public int size() {
        return ordinals.length;
    }

    /** Cosine of a unit query vector to the name of a term (by its ordinal); NaN when the term has no vector. */
    public float cosine(float[] query, int ordinal) {
        int row = ordinal < rowOfOrdinal.length ? rowOfOrdinal[ordinal] : -1;
        return row < 0 ? Float.NaN : dot(query, matrix, row * dimensions, dimensions);
    }

    /**
     * The terms nearest to a unit query vector, nearest first, each once at its best cosine: the k nearest by name
     * (approximate when there is a graph) and the k nearest by anchor. Names and anchors are searched apart so that
     * a term's many lay phrases never push the nearest names out, nor the other way round.
     */
    public List<Neighbour> nearest(float[] query, int k) {
        List<Neighbour> byName = searcher == null ? scan(query, k, 0, names) : searchGraph(query, k);
        if (names == ordinals.length) {
            return byName;
        }
        Map<Integer, Neighbour> best = new LinkedHashMap<>();
        for (Neighbour n : byName) {
            best.put(n.ordinal(), n);
        }
        for (Neighbour n : scan(query, k, names, ordinals.length)) {
            best.merge(n.ordinal(), n, (a, b) -> a.cosine() >= b.cosine() ? a : b);
        }
        List<Neighbour> out = new ArrayList<>(best.values());
        out.sort((a, b) -> Float.compare(b.cosine(), a.cosine()));
        return out;
    }

    private List<Neighbour> searchGraph(float[] query, int k) {
        try {
            org.apache.lucene.search.TopDocs top = searcher.search(
                    new org.apache.lucene.search.KnnFloatVectorQuery(FIELD, query, k), k);
            List<Neighbour> out = new ArrayList<>(top.scoreDocs.length);
            for (org.apache.lucene.search.ScoreDoc hit : top.scoreDocs) {
                out.add(new Neighbour(ordinals[hit.doc], dot(query, matrix, hit.doc * dimensions, dimensions)));
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The k terms nearest to a unit query vector among rows [from, to) by an exact scan, each at its nearest row. */
    private List<Neighbour> scan(float[] query, int k, int from, int to) {
        int keep = Math.min(k, to - from);
        int[] topTerm = new int[keep];
        float[] topCos = new float[keep];
        int filled = 0;
        for (int r = from; r < to; r++) {
            float cos = dot(query, matrix, r * dimensions, dimensions);
            if (keep == 0 || (filled == keep && cos <= topCos[keep - 1])) {
                continue;
            }
            int term = ordinals[r];
            int i = indexOf(topTerm, filled, term);
            if (i >= 0) {
                if (cos <= topCos[i]) {
                    continue;
                }
                // the term moves up from its place: its old slot is reused
            } else {
                // a new term: a new slot while the list fills, else the last one is dropped
                i = filled < keep ? filled++ : keep - 1;
            }
            while (i > 0 && topCos[i - 1] < cos) {
                topCos[i] = topCos[i - 1];
                topTerm[i] = topTerm[i - 1];
                i--;
            }
            topCos[i] = cos;
            topTerm[i] = term;
        }
        List<Neighbour> out = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            out.add(new Neighbour(topTerm[i], topCos[i]));
        }
        return out;
    }

    private static int indexOf(int[] values, int size, int value) {
        for (int i = 0; i < size; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Dot product of the query with one matrix row; four partial sums so the JIT can pipeline them. */
    private static float dot(float[] q, float[] m, int offset, int dims) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < dims; i += 4) {
            s0 += q[i] * m[offset + i];
            s1 += q[i + 1] * m[offset + i + 1];
            s2 += q[i + 2] * m[offset + i + 2];
            s3 += q[i + 3] * m[offset + i + 3];
        }
        for (; i < dims; i++) {
            s0 += q[i] * m[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
