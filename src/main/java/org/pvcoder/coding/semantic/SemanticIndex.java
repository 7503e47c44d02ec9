package org.pvcoder.coding.semantic;

import org.pvcoder.coding.index.TermIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Nearest names of a release by cosine of their embeddings: an exact (brute-force) scan of a float matrix.
 * For 20k–80k names it costs a few milliseconds a query, less than embedding the query, and builds at once from
 * the stored vectors (a Lucene HNSW graph of 80k vectors takes tens of seconds to build; see docs/meddra.md).
 * Rows are the release's current codes that the term index knows, each with its ordinal there. Immutable.
 */
public final class SemanticIndex {

    /** A neighbour: the term's ordinal in the {@link TermIndex} and the cosine of its name to the query. */
    public record Neighbour(int ordinal, float cosine) {
    }

    private final String version;
    private final float[] matrix;
    private final int[] ordinals;
    private final int dimensions;
    /** Row of each term ordinal, -1 when the term has no vector. */
    private final int[] rowOfOrdinal;

    private SemanticIndex(String version, float[] matrix, int[] ordinals, int dimensions, int termCount) {
        this.version = version;
        this.matrix = matrix;
        this.ordinals = ordinals;
        this.dimensions = dimensions;
        this.rowOfOrdinal = new int[termCount];
        java.util.Arrays.fill(rowOfOrdinal, -1);
        for (int row = 0; row < ordinals.length; row++) {
            rowOfOrdinal[ordinals[row]] = row;
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
        return new SemanticIndex(index.version(), java.util.Arrays.copyOf(matrix, rows * dims),
                java.util.Arrays.copyOf(ordinals, rows), dims, index.size());
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

    /** The k rows nearest to a unit query vector, nearest first. */
    public List<Neighbour> nearest(float[] query, int k) {
        int n = ordinals.length;
        int keep = Math.min(k, n);
        int[] topRow = new int[keep];
        float[] topCos = new float[keep];
        int filled = 0;
        for (int r = 0; r < n; r++) {
            float cos = dot(query, matrix, r * dimensions, dimensions);
            if (filled < keep) {
                int i = filled++;
                while (i > 0 && topCos[i - 1] < cos) {
                    topCos[i] = topCos[i - 1];
                    topRow[i] = topRow[i - 1];
                    i--;
                }
                topCos[i] = cos;
                topRow[i] = r;
            } else if (keep > 0 && cos > topCos[keep - 1]) {
                int i = keep - 1;
                while (i > 0 && topCos[i - 1] < cos) {
                    topCos[i] = topCos[i - 1];
                    topRow[i] = topRow[i - 1];
                    i--;
                }
                topCos[i] = cos;
                topRow[i] = r;
            }
        }
        List<Neighbour> out = new ArrayList<>(filled);
        for (int i = 0; i < filled; i++) {
            out.add(new Neighbour(ordinals[topRow[i]], topCos[i]));
        }
        return out;
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
