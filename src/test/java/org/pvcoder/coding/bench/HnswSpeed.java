package org.pvcoder.coding.bench;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pvcoder.coding.semantic.Embedder;
import org.pvcoder.coding.semantic.TermVectors;
import org.pvcoder.terminology.Terminology;

import java.nio.file.Path;
import java.util.Locale;

/** Build and query time of a Lucene HNSW index over the dev name vectors (in memory), 1× and 4× (80k). */
final class HnswSpeed {

    public static void main(String[] args) throws Exception {
        Terminology t = AsciiReleaseFiles.read(Path.of("../shared/meddra-dev/dict"));
        TermVectors v = BenchVectors.forRelease(t);
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        java.util.Random random = new java.util.Random(7);
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(1024).setCodec(new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return new Lucene99HnswVectorsFormat(16, 100);
            }
        });
        long t0 = System.nanoTime();
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (int c = 0; c < copies; c++) {
                for (int row = 0; row < v.size(); row++) {
                    float[] x = v.vector(row);
                    if (c > 0) {
                        for (int i = 0; i < x.length; i++) {
                            x[i] += (float) random.nextGaussian() * 0.01f;
                        }
                        double n = 0;
                        for (float f : x) n += f * f;
                        for (int i = 0; i < x.length; i++) x[i] /= (float) Math.sqrt(n);
                    }
                    Document d = new Document();
                    d.add(new KnnFloatVectorField("v", x, VectorSimilarityFunction.DOT_PRODUCT));
                    d.add(new StoredField("row", row));
                    w.addDocument(d);
                }
            }
            w.forceMerge(1);
        }
        System.out.printf(Locale.ROOT, "HNSW build of %d vectors: %.1f s%n", v.size() * copies, (System.nanoTime() - t0) / 1e9);
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            float[] q = Embedder.shared().embed("pain in my left leg");
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int round = 0; round < 3; round++) {
                long c0 = threads.getCurrentThreadCpuTime();
                int n = 0;
                long w0 = System.nanoTime();
                while (System.nanoTime() - w0 < 2e9) {
                    TopDocs top = searcher.search(new KnnFloatVectorQuery("v", q, 10), 10);
                    n++;
                }
                System.out.printf(Locale.ROOT, "query: %.3f ms CPU%n", (threads.getCurrentThreadCpuTime() - c0) / 1e6 / n);
            }
        }
    }
}
