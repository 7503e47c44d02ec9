package org.pvcoder.coding.memory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.pvcoder.coding.index.Analysis;
import org.pvcoder.coding.index.IndexFields;
import org.pvcoder.coding.index.OrdinalHit;
import org.pvcoder.coding.index.OrdinalSearch;
import org.pvcoder.coding.index.TermIndex;
import org.pvcoder.coding.index.TermProfile;
import org.pvcoder.coding.index.WordsAnalyzer;
import org.pvcoder.coding.normalize.NormalizedVerbatim;
import org.pvcoder.coding.normalize.VerbatimNormalizer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Approved verbatim → term pairs for one terminology release, in memory: an exact table keyed by the
 * normalized verbatim, and a near-real-time Lucene index so that a verbatim close to an approved one is
 * found too. Additions are visible to the exact table at once and to searches after a background
 * refresh (at most {@link #MAX_STALE_SECONDS} later), never on the request path.
 */
public final class LearnedMemory implements Closeable {

    public static final double MAX_STALE_SECONDS = 0.5;

    /** One approved pair; {@code profile} is the normalized verbatim as the ranker sees it. */
    public record Entry(String verbatim, int termOrdinal, TermProfile profile) {
    }

    /** A search hit: the entry and its raw Lucene score. */
    public record Hit(Entry entry, float score) {
    }

    private final TermIndex index;
    private final VerbatimNormalizer normalizer;
    private final Analyzer words = new WordsAnalyzer();
    private final Map<Integer, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Integer> exact = new ConcurrentHashMap<>();
    private final AtomicInteger nextOrdinal = new AtomicInteger();
    private final ApprovedGroups approvedGroups = new ApprovedGroups();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile long lastGeneration;

    public LearnedMemory(TermIndex index, VerbatimNormalizer normalizer) {
        this.index = index;
        this.normalizer = normalizer;
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(IndexFields.analyzer()));
            searchers = new SearcherManager(writer, null);
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, 0.02);
            reopener.setName("coding-memory-refresh-" + index.system() + "-" + index.version());
            reopener.setDaemon(true);
            reopener.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Learns a pair; false if the code is not a current term of this release or the verbatim has no content. */
    public boolean add(String verbatim, String code) {
        OptionalInt term = index.ordinalOf(code);
        NormalizedVerbatim normalized = normalizer.normalize(verbatim);
        if (term.isEmpty() || !normalized.hasContent()) {
            return false;
        }
        String text = normalized.expanded().isEmpty() ? normalized.plain() : normalized.expanded();
        String[] stems = Analysis.terms(words, IndexFields.WORDS, text).toArray(String[]::new);
        int ordinal = nextOrdinal.getAndIncrement();
        entries.put(ordinal, new Entry(verbatim, term.getAsInt(), TermProfile.of(text, stems, index.statistics())));
        Integer previous = exact.put(normalized.literal(), term.getAsInt());
        approvedGroups.approved(index.term(term.getAsInt()).groupCode(),
                previous == null ? null : index.term(previous).groupCode());
        if (!normalized.plain().isEmpty()) {
            exact.put("\u0000" + normalized.plain(), term.getAsInt());
        }
        try {
            lastGeneration = writer.addDocument(IndexFields.document(ordinal, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** How often each group was approved: a prior for ranking search candidates. */
    public ApprovedGroups approvedGroups() {
        return approvedGroups;
    }

    /**
     * The term learned for this verbatim: same literal text, or same words once fillers are dropped. Not the
     * lexicon-rewritten text: different lay phrasings that the lexicon folds together may deserve different terms.
     */
    public OptionalInt exact(NormalizedVerbatim verbatim) {
        if (exact.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer hit = exact.get(verbatim.literal());
        if (hit == null && !verbatim.plain().isEmpty()) {
            hit = exact.get("\u0000" + verbatim.plain());
        }
        return hit == null ? OptionalInt.empty() : OptionalInt.of(hit);
    }

    public List<Hit> search(Query query, int k) {
        if (entries.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (OrdinalHit hit : OrdinalSearch.top(searcher, query, k)) {
                Entry entry = entries.get(hit.ordinal());
                if (entry != null) {
                    hits.add(new Hit(entry, hit.score()));
                }
            }
            return hits;
        } finally {
            release(searcher);
        }
    }

    /** Blocks until every pair added so far is searchable (tests, bulk imports). */
    public void awaitSearchable() {
        try {
            reopener.waitForGeneration(lastGeneration, 10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int size() {
        return entries.size();
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        searchers.close();
        writer.close();
    }
}
