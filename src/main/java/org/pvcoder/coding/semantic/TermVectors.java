package org.pvcoder.coding.semantic;

import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name vectors of one release: one unit vector per current code (of the term's own name), in one flat
 * float matrix. Immutable. Also the byte form of one vector as stored in the database (little-endian float32).
 */
public final class TermVectors {

    private final String[] codes;
    private final float[] matrix;
    private final int dimensions;

    public TermVectors(String[] codes, float[] matrix, int dimensions) {
        if (matrix.length != codes.length * dimensions) {
            throw new IllegalArgumentException("matrix of " + matrix.length + " floats for " + codes.length + " codes");
        }
        this.codes = codes;
        this.matrix = matrix;
        this.dimensions = dimensions;
    }

    public static TermVectors of(Map<String, float[]> byCode) {
        int dims = byCode.isEmpty() ? Embedder.DIMENSIONS : byCode.values().iterator().next().length;
        String[] codes = new String[byCode.size()];
        float[] matrix = new float[byCode.size() * dims];
        int row = 0;
        for (Map.Entry<String, float[]> e : byCode.entrySet()) {
            codes[row] = e.getKey();
            System.arraycopy(e.getValue(), 0, matrix, row * dims, dims);
            row++;
        }
        return new TermVectors(codes, matrix, dims);
    }

    /** The names that get a vector: each current code once, under the term's own name, in release order. */
    public static Map<String, String> namesToEmbed(Terminology terminology) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CodableTerm term : terminology.terms()) {
            if (term.current()) {
                names.putIfAbsent(term.code(), term.name());
            }
        }
        return names;
    }

    public int size() {
        return codes.length;
    }

    public int dimensions() {
        return dimensions;
    }

    public String code(int row) {
        return codes[row];
    }

    /** The backing matrix (row-major, not copied: do not modify). */
    float[] matrix() {
        return matrix;
    }

    public float[] vector(int row) {
        float[] v = new float[dimensions];
        System.arraycopy(matrix, row * dimensions, v, 0, dimensions);
        return v;
    }

    public static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    /** Writes the vectors to a file (codes and float32 rows), atomically. */
    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            out.writeInt(codes.length);
            out.writeInt(dimensions);
            for (int row = 0; row < codes.length; row++) {
                out.writeUTF(codes[row]);
                for (int d = 0; d < dimensions; d++) {
                    out.writeFloat(matrix[row * dimensions + d]);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static TermVectors read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            int n = in.readInt();
            int dims = in.readInt();
            String[] codes = new String[n];
            float[] matrix = new float[n * dims];
            for (int row = 0; row < n; row++) {
                codes[row] = in.readUTF();
                for (int d = 0; d < dims; d++) {
                    matrix[row * dims + d] = in.readFloat();
                }
            }
            return new TermVectors(codes, matrix, dims);
        }
    }

    /** Embeds every name of the release in batches (for tests and benchmarks; the server uses the vector job). */
    public static TermVectors compute(Terminology terminology, Embedder embedder, int batch,
                                      java.util.function.IntConsumer progress) {
        Map<String, String> names = namesToEmbed(terminology);
        List<String> codes = List.copyOf(names.keySet());
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (int from = 0; from < codes.size(); from += batch) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + batch));
            List<float[]> embedded = embedder.embedAll(slice.stream().map(names::get).toList());
            for (int i = 0; i < slice.size(); i++) {
                vectors.put(slice.get(i), embedded.get(i));
            }
            progress.accept(vectors.size());
        }
        return of(vectors);
    }
}
