package org.pvcoder.coding.engine;

import org.apache.lucene.search.Query;
import org.pvcoder.coding.Candidate;
import org.pvcoder.coding.CodingResult;
import org.pvcoder.coding.Decision;
import org.pvcoder.coding.MatchStage;
import org.pvcoder.coding.Reporter;
import org.pvcoder.coding.TermRef;
import org.pvcoder.coding.index.OrdinalHit;
import org.pvcoder.coding.index.TermIndex;
import org.pvcoder.coding.index.TermProfile;
import org.pvcoder.coding.index.WordSets;
import org.pvcoder.coding.memory.LearnedMemory;
import org.pvcoder.coding.normalize.NormalizedVerbatim;
import org.pvcoder.coding.normalize.VerbatimNormalizer;
import org.pvcoder.coding.rank.CandidateQuery;
import org.pvcoder.coding.rank.CandidateRanker;
import org.pvcoder.coding.rank.ConfidenceFeatures;
import org.pvcoder.coding.rank.ConfidenceModel;
import org.pvcoder.coding.rank.MatchScore;
import org.pvcoder.coding.rank.QueryText;
import org.pvcoder.coding.semantic.SemanticIndex;
import org.pvcoder.coding.semantic.SemanticSource;
import org.pvcoder.terminology.CodableTerm;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Codes verbatims against one terminology release: normalize → learned memory → exact name →
 * normalized exact name → same word set → ranked search candidates → calibrated confidence → decision.
 * Knows nothing of MedDRA files; works for any {@link org.pvcoder.terminology.Terminology}.
 * Immutable apart from its memory; thread-safe.
 */
public final class CodingEngine implements Closeable {

    public static final int MAX_CANDIDATES = 10;
    private static final int TERM_HITS = 30;
    private static final int MEMORY_HITS = 10;
    private static final double APPROVED_SYNONYM_CONFIDENCE = 0.99;

    private final TermIndex index;
    private final VerbatimNormalizer normalizer;
    private final ConfidenceModel confidence;
    private final CandidateRanker ranker;
    private final LearnedMemory memory;
    private final double autoThreshold;
    /** The auto-coding threshold for a consumer's wording (at least {@link #autoThreshold}). */
    private final double consumerAutoThreshold;
    /** Semantic candidates for weak lexical results; null until the release's name vectors are ready. */
    private volatile SemanticSource semantic;
    private final java.util.concurrent.atomic.LongAdder semanticCalls = new java.util.concurrent.atomic.LongAdder();

    public CodingEngine(TermIndex index, VerbatimNormalizer normalizer, ConfidenceModel confidence, double autoThreshold,
                        double consumerAutoThreshold) {
        this.index = index;
        this.normalizer = normalizer;
        this.confidence = confidence;
        this.autoThreshold = autoThreshold;
        this.consumerAutoThreshold = Math.max(autoThreshold, consumerAutoThreshold);
        this.ranker = new CandidateRanker();
        this.memory = new LearnedMemory(index, normalizer);
    }

    public String system() {
        return index.system();
    }

    public String version() {
        return index.version();
    }

    public LearnedMemory memory() {
        return memory;
    }

    public TermIndex index() {
        return index;
    }

    public VerbatimNormalizer normalizer() {
        return normalizer;
    }

    /** Adds the semantic candidate source (once the release's name vectors are ready); null removes it. */
    public void attachSemantic(SemanticSource source) {
        this.semantic = source;
    }

    public boolean hasSemantic() {
        return semantic != null;
    }

    /** The semantic candidate source, or null. */
    public SemanticSource semantic() {
        return semantic;
    }

    /** How many verbatims went through the semantic stage so far. */
    public long semanticCalls() {
        return semanticCalls.sum();
    }

    public CodingResult code(String verbatim) {
        return evaluate(verbatim, Reporter.UNSPECIFIED).result();
    }

    /** Codes a verbatim worded by this kind of reporter (it changes the confidence, never the candidates). */
    public CodingResult code(String verbatim, Reporter reporter) {
        return evaluate(verbatim, reporter).result();
    }

    public Evaluation evaluate(String verbatim, Reporter reporter) {
        NormalizedVerbatim normalized = normalizer.normalize(verbatim);
        if (!normalized.hasContent()) {
            ConfidenceFeatures none = new ConfidenceFeatures(MatchStage.NONE, 0, 0, 0, 0, false, false, false, 0, false,
                    reporter);
            return new Evaluation(result(verbatim, normalized, MatchStage.NONE, List.of(), none), none);
        }
        Settled settled = settledByName(normalized);
        if (settled == null) {
            List<QueryText> queries = queries(normalized);
            settled = settledByWordSet(queries);
            if (settled == null) {
                return search(verbatim, normalized, queries, reporter);
            }
        }
        return settle(verbatim, normalized, settled.stage(), settled.ordinal(), reporter);
    }

    /** A stage that settles a verbatim without searching, and the term it gives. */
    private record Settled(MatchStage stage, int ordinal) {
    }

    /** Memory, exact name, non-current name, normalized exact name: the first that answers, or null. */
    private Settled settledByName(NormalizedVerbatim normalized) {
        OptionalInt found = memory.exact(normalized);
        if (found.isPresent()) {
            return new Settled(MatchStage.MEMORY, found.getAsInt());
        }
        found = index.byLiteral(normalized.literal());
        if (found.isPresent()) {
            return new Settled(MatchStage.EXACT, found.getAsInt());
        }
        found = index.replacementForNonCurrent(normalized.literal());
        if (found.isPresent()) {
            return new Settled(MatchStage.EXACT_NON_CURRENT, found.getAsInt());
        }
        for (String text : normalized.searchTexts()) {
            found = index.byLiteral(text);
            if (found.isPresent()) {
                return new Settled(MatchStage.NORMALIZED_EXACT, found.getAsInt());
            }
        }
        return null;
    }

    /** A name with the same set of word stems as a search text, or null. */
    private Settled settledByWordSet(List<QueryText> queries) {
        for (QueryText query : queries) {
            OptionalInt found = index.byWordSet(WordSets.key(query.stems()));
            if (found.isPresent()) {
                return new Settled(MatchStage.WORD_SET, found.getAsInt());
            }
        }
        return null;
    }

    /**
     * The term a text settles to without searching (memory, exact or normalized name, same word set), as an
     * ordinal of the term index; empty when only a search would find one.
     */
    public OptionalInt settledTerm(String text) {
        NormalizedVerbatim normalized = normalizer.normalize(text);
        if (!normalized.hasContent()) {
            return OptionalInt.empty();
        }
        Settled settled = settledByName(normalized);
        if (settled == null) {
            settled = settledByWordSet(queries(normalized));
        }
        return settled == null ? OptionalInt.empty() : OptionalInt.of(settled.ordinal());
    }

    private List<QueryText> queries(NormalizedVerbatim normalized) {
        List<QueryText> queries = new ArrayList<>(2);
        for (String text : normalized.searchTexts()) {
            QueryText query = QueryText.of(text, index.statistics());
            if (!query.isEmpty()) {
                queries.add(query);
            }
        }
        return queries;
    }

    private Evaluation search(String verbatim, NormalizedVerbatim normalized, List<QueryText> queries,
                              Reporter reporter) {
        Ranked found = rank(normalized, queries);
        List<ScoredCandidate> ranked = found.candidates();
        int words = queries.isEmpty() ? 0 : queries.get(0).stems().length;
        ConfidenceFeatures features;
        if (ranked.isEmpty()) {
            features = new ConfidenceFeatures(MatchStage.SEARCH, 0, 0, 0, 0, false, normalized.lexiconUsed(),
                    normalized.multiEvent(), words, found.semantic(), reporter);
        } else {
            ScoredCandidate top = ranked.get(0);
            double runnerUp = 0;
            for (ScoredCandidate c : ranked) {
                if (!c.term().groupCode().equals(top.term().groupCode())) {
                    runnerUp = c.score();
                    break;
                }
            }
            features = new ConfidenceFeatures(MatchStage.SEARCH, top.score(), top.score() - runnerUp,
                    top.match().queryCoverage(), top.match().termCoverage(), top.fromMemory(),
                    normalized.lexiconUsed(), normalized.multiEvent(), words, found.semantic(), reporter);
        }
        return new Evaluation(result(verbatim, normalized, MatchStage.SEARCH, shown(ranked), features), features);
    }

    /** The ranked candidates of a search, and whether the semantic stage added to them. */
    private record Ranked(List<ScoredCandidate> candidates, boolean semantic) {
    }

    /**
     * Every candidate of the lexical, memory and (for weak results) semantic sources, raised by how often its group
     * was approved ({@link ApprovedGroupPrior}), best first, each group's best name supported by its others
     * ({@link GroupSupport}).
     */
    private Ranked rank(NormalizedVerbatim normalized, List<QueryText> queries) {
        // Sized so that the Lucene hits never make it grow (default load factor 0.75).
        Map<Integer, ScoredCandidate> best = new HashMap<>(2 * (TERM_HITS + MEMORY_HITS));
        if (!queries.isEmpty()) {
            Query lucene = CandidateQuery.of(queries, index);
            for (OrdinalHit hit : index.search(lucene, TERM_HITS)) {
                keepBest(best, hit.ordinal(), bestMatch(queries, index.profile(hit.ordinal())), false);
            }
            for (LearnedMemory.Hit hit : memory.search(lucene, MEMORY_HITS)) {
                keepBest(best, hit.entry().termOrdinal(), bestMatch(queries, hit.entry().profile()), true);
            }
        }
        SemanticSource source = semantic;
        boolean semanticAdded = false;
        if (source != null) {
            double lexicalBest = 0;
            for (ScoredCandidate c : best.values()) {
                lexicalBest = Math.max(lexicalBest, c.score());
            }
            if (source.wanted(lexicalBest)) {
                addSemantic(source, normalized, queries, best);
                semanticAdded = true;
            }
        }
        List<ScoredCandidate> ranked = new ArrayList<>(best.values());
        ApprovedGroupPrior.apply(ranked, memory.approvedGroups());
        ranked.sort(ScoredCandidate.RANKING);
        GroupSupport.apply(ranked);
        return new Ranked(ranked, semanticAdded);
    }

    /**
     * The candidates a reviewer sees: the best name of each group (PT) first, so that the first places offer
     * different answers rather than several names of one; then the other names, in ranking order.
     */
    private static List<ScoredCandidate> shown(List<ScoredCandidate> ranked) {
        List<ScoredCandidate> shown = new ArrayList<>(MAX_CANDIDATES);
        List<ScoredCandidate> sameGroup = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (ScoredCandidate c : ranked) {
            if (groups.add(c.term().groupCode())) {
                shown.add(c);
                if (shown.size() == MAX_CANDIDATES) {
                    return shown;
                }
            } else {
                sameGroup.add(c);
            }
        }
        for (int i = 0; i < sameGroup.size() && shown.size() < MAX_CANDIDATES; i++) {
            shown.add(sameGroup.get(i));
        }
        return shown;
    }

    /** The name's best match over the search texts (the first text on a tie). */
    private MatchScore bestMatch(List<QueryText> queries, TermProfile name) {
        MatchScore best = null;
        for (QueryText query : queries) {
            MatchScore match = ranker.score(query, name);
            if (best == null || match.score() > best.score()) {
                best = match;
            }
        }
        return best;
    }

    /**
     * The semantic stage: re-scores the lexical candidates with the cosine of their name to the verbatim and adds
     * the nearest terms by embedding, scored by the ranker and the cosine alike (one fused score for all). The
     * lexicon's reading of the verbatim is embedded and, when it differs, the reporter's words as written (no filler
     * dropped): a reading meets label-style names, the words as written meet the lay phrases of the anchors ("world
     * keeps spinning" is nearer to a lay phrase than "world keeps vertigo" is) and keep what the fillers took ("could
     * not feel my throat" is read "could not throat"). Each term counts at its best cosine to either.
     */
    private void addSemantic(SemanticSource source, NormalizedVerbatim normalized, List<QueryText> queries,
                             Map<Integer, ScoredCandidate> best) {
        semanticCalls.increment();
        List<float[]> vectors = new ArrayList<>(2);
        String reading = normalized.expanded().isEmpty() ? normalized.plain() : normalized.expanded();
        vectors.add(source.embed(reading));
        if (!normalized.literal().equals(reading)) {
            vectors.add(source.embed(normalized.literal()));
        }
        SemanticIndex semanticIndex = source.index();
        for (Map.Entry<Integer, ScoredCandidate> e : best.entrySet()) {
            ScoredCandidate c = e.getValue();
            // The vector is of the term's own name (its first ordinal), also when an extra name matched lexically.
            int named = index.ordinalOf(c.term().code()).orElse(c.ordinal());
            float cosine = Float.NaN;
            for (float[] vector : vectors) {
                float cos = semanticIndex.cosine(vector, named);
                cosine = Float.isNaN(cosine) || cos > cosine ? cos : cosine;
            }
            MatchScore fused = fused(source, c.match(), cosine);
            // An approved verbatim near this one is the organisation's own wording: its match is not discounted.
            if (!c.fromMemory() || fused.score() > c.score()) {
                e.setValue(new ScoredCandidate(c.ordinal(), c.term(), fused, c.fromMemory()));
            }
        }
        // A term near both texts is ranked once, at its best cosine.
        Map<Integer, Float> nearest = new HashMap<>();
        for (float[] vector : vectors) {
            for (SemanticIndex.Neighbour n : source.nearest(vector)) {
                nearest.merge(n.ordinal(), n.cosine(), Math::max);
            }
        }
        for (Map.Entry<Integer, Float> n : nearest.entrySet()) {
            MatchScore lexical = MatchScore.NONE;
            for (QueryText query : queries) {
                MatchScore m = ranker.score(query, index.profile(n.getKey()));
                if (m.score() > lexical.score()) {
                    lexical = m;
                }
            }
            keepBest(best, n.getKey(), fused(source, lexical, n.getValue()), false);
        }
    }

    private static MatchScore fused(SemanticSource source, MatchScore lexical, float cosine) {
        double score = source.fuse(lexical.score(), Float.isNaN(cosine) ? 0 : cosine);
        return new MatchScore(score, lexical.queryCoverage(), lexical.termCoverage(), lexical.similarity());
    }

    /** Keeps the best-scoring name of each code (a code may be indexed under several names). */
    private void keepBest(Map<Integer, ScoredCandidate> best, int ordinal, MatchScore match, boolean fromMemory) {
        int code = index.codeOrdinal(ordinal);
        ScoredCandidate old = best.get(code);
        if (old == null || match.score() > old.score()) {
            best.put(code, new ScoredCandidate(ordinal, index.term(ordinal), match, fromMemory));
        }
    }

    private Evaluation settle(String verbatim, NormalizedVerbatim normalized, MatchStage stage, int ordinal,
                              Reporter reporter) {
        ConfidenceFeatures features = new ConfidenceFeatures(stage, 1, 1, 1, 1, stage == MatchStage.MEMORY,
                normalized.lexiconUsed(), normalized.multiEvent(), normalized.expanded().split(" ").length, false,
                reporter);
        ScoredCandidate settled = new ScoredCandidate(ordinal, index.term(ordinal), new MatchScore(1, 1, 1, 1),
                stage == MatchStage.MEMORY);
        CodingResult result = result(verbatim, normalized, stage, List.of(settled), features);
        if (result.decision() == Decision.AUTO_CODED) {
            return new Evaluation(result, features);
        }
        // Not sure enough to auto-code: the reviewer gets the searched alternatives after the settled name.
        List<ScoredCandidate> ranked = new ArrayList<>();
        ranked.add(settled);
        for (ScoredCandidate c : rank(normalized, queries(normalized)).candidates()) {
            if (!c.term().code().equals(settled.term().code())) {
                ranked.add(c);
            }
        }
        return new Evaluation(result(verbatim, normalized, stage, shown(ranked), features), features);
    }

    private CodingResult result(String verbatim, NormalizedVerbatim normalized, MatchStage stage,
                                List<ScoredCandidate> ranked, ConfidenceFeatures features) {
        List<String> flags = new ArrayList<>(2);
        if (normalized.negated()) {
            flags.add(CodingResult.NEGATED);
        }
        if (normalized.multiEvent()) {
            flags.add(CodingResult.SEVERAL_EVENTS);
        }
        String shownText = normalized.expanded().isEmpty() ? normalized.plain() : normalized.expanded();
        if (stage == MatchStage.NONE) {
            return new CodingResult(verbatim, shownText, Decision.NOT_CODABLE, 0, stage, null, null, List.of(),
                    index.system(), index.version(), flags);
        }
        List<Candidate> candidates = new ArrayList<>(ranked.size());
        for (ScoredCandidate c : ranked) {
            candidates.add(new Candidate(lowLevel(c.term()), group(c.term()), round(c.score())));
        }
        if (candidates.isEmpty()) {
            return new CodingResult(verbatim, shownText, Decision.NEEDS_REVIEW, 0, stage, null, null, List.of(),
                    index.system(), index.version(), flags);
        }
        // An exact hit in the approved memory is the organisation's own coding decision for that wording, so it
        // autocodes, as synonym lists do in every coding tool; the model's estimate (fitted on benchmark splits
        // with few such hits) still sets the confidence shown when it is higher.
        double p = stage == MatchStage.MEMORY
                ? Math.max(round(confidence.confidence(features)), APPROVED_SYNONYM_CONFIDENCE)
                : round(confidence.confidence(features));
        double threshold = features.reporter() == Reporter.CONSUMER ? consumerAutoThreshold : autoThreshold;
        Decision decision = p >= threshold && !normalized.negated() ? Decision.AUTO_CODED : Decision.NEEDS_REVIEW;
        Candidate top = candidates.get(0);
        return new CodingResult(verbatim, shownText, decision, p, stage, top.llt(), top.pt(), List.copyOf(candidates),
                index.system(), index.version(), flags);
    }

    private static TermRef lowLevel(CodableTerm term) {
        return new TermRef(term.code(), term.name());
    }

    private static TermRef group(CodableTerm term) {
        return new TermRef(term.groupCode(), term.groupName());
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Override
    public void close() throws IOException {
        memory.close();
        index.close();
    }
}
