package org.pvcoder.coding.semantic;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.coding.CodingConfig;
import org.pvcoder.coding.EngineRegistry;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologyActivated;
import org.pvcoder.terminology.TerminologySource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Name vectors of the active releases: computed once per release in the background (one worker thread; at start
 * for releases missing some, and when a release is activated), stored in {@code term_vector}, and when complete
 * given to the engines of that release as their semantic candidate source. Until then coding is lexical only.
 */
@ApplicationScoped
public class TermVectorService {

    private static final Logger LOG = Logger.getLogger(TermVectorService.class);


    @Inject
    CodingConfig config;

    @Inject
    TermVectorStore store;

    @Inject
    EngineRegistry registry;

    /** Keeps every TerminologySource bean from being removed as unused; lookups go through {@link #beans}. */
    @Inject
    Instance<TerminologySource> sources;

    @Inject
    BeanManager beans;

    private final Map<String, VectorProgress> progress = new ConcurrentHashMap<>();
    /** The release version of each system whose vectors are complete. */
    private final Map<String, String> complete = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "term-vectors");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    void onStart(@Observes StartupEvent event) {
        if (!config.semantic().enabled()) {
            return;
        }
        Set<String> systems = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(TerminologySource.class)) {
            TerminologySource source = (TerminologySource) beans.getReference(bean, TerminologySource.class,
                    beans.createCreationalContext(bean));
            systems.add(source.system());
        }
        for (String system : systems) {
            if (wanted(system)) {
                schedule(system);
            }
        }
    }

    void onActivated(@Observes TerminologyActivated event) {
        if (wanted(event.system())) {
            schedule(event.system());
        }
    }

    private boolean wanted(String system) {
        return config.semantic().enabled() && config.semantic().systems().map(s -> s.contains(system)).orElse(true);
    }

    /** Gives a freshly built engine its semantic source when its release's vectors are complete. */
    void onBuilt(@Observes EngineBuilt event) {
        attach(event.engine());
    }

    void onShutdown(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Where the vectors of the system's active release stand. */
    public VectorProgress progress(String system) {
        if (!wanted(system)) {
            return new VectorProgress(system, null, Embedder.MODEL, 0, 0, "DISABLED", null);
        }
        return progress.getOrDefault(system, new VectorProgress(system, null, Embedder.MODEL, 0, 0, "PENDING", null));
    }

    /** Computes what is missing for the system's active release (in the background) and attaches when complete. */
    public CompletableFuture<VectorProgress> schedule(String system) {
        return CompletableFuture.supplyAsync(() -> compute(system), worker).exceptionally(e -> {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            LOG.errorf(cause, "Could not compute the name vectors of %s", system);
            VectorProgress failed = progress.getOrDefault(system, VectorProgress.of(system, null, 0, 0, "FAILED"));
            VectorProgress now = new VectorProgress(system, failed.version(), Embedder.MODEL, failed.done(), failed.total(),
                    "FAILED", cause.getMessage());
            progress.put(system, now);
            return now;
        });
    }

    private VectorProgress compute(String system) {
        Terminology release;
        try {
            release = registry.activeRelease(system);
        } catch (RuntimeException noRelease) {
            VectorProgress none = VectorProgress.of(system, null, 0, 0, "NO_RELEASE");
            progress.put(system, none);
            return none;
        }
        if (release.version().equals(complete.get(system))) {
            return progress.get(system);
        }
        Embedder embedder = Embedder.shared();
        VectorJob job = new VectorJob(new VectorJob.Rows() {
            public Set<String> storedCodes(String s, String v, String m) {
                return store.storedCodes(s, v, m);
            }

            public void insert(String s, String v, String m, Map<String, float[]> vectors) {
                store.insert(s, v, m, vectors);
            }
        }, embedder::embedAll, embedder.model(), config.semantic().batchSize());
        VectorProgress last = job.run(release, p -> progress.put(system, p));
        if ("COMPLETE".equals(last.state())) {
            complete.put(system, release.version());
            registry.forEachEngine(this::attach);
        }
        return last;
    }

    /**
     * On the worker thread, when the engine's release has complete vectors: loads them from the store, attaches
     * an exact-scan index of the names, then adds the lexicon's phrases as anchors ({@link LexiconAnchors}; their
     * vectors are embedded once per JVM), builds the HNSW graph of the names and swaps that in. Nothing is kept
     * here: the name vectors live in the engine's index only.
     */
    private void attach(CodingEngine engine) {
        if (!engine.version().equals(complete.get(engine.system())) || engine.hasSemantic()) {
            return;
        }
        worker.execute(() -> {
            if (engine.hasSemantic()) {
                return;
            }
            long t0 = System.nanoTime();
            TermVectors vectors = store.load(engine.system(), engine.version(), Embedder.MODEL);
            SemanticSource exact = new SemanticSource(Embedder.shared(), SemanticIndex.of(vectors, engine.index()),
                    SemanticSource.Settings.DEFAULT);
            engine.attachSemantic(exact);
            LOG.infof("Semantic candidates on for %s %s: %d name vectors loaded in %d ms", engine.system(),
                    engine.version(), exact.index().size(), (System.nanoTime() - t0) / 1_000_000);
            long t1 = System.nanoTime();
            SemanticIndex graph = LexiconAnchors.add(exact.index(), engine, Embedder.shared()).withGraph();
            if (engine.semantic() == exact) {
                engine.attachSemantic(new SemanticSource(Embedder.shared(), graph, exact.settings()));
                LOG.infof("Lexicon anchors and HNSW graph of %d vectors of %s %s built in %d ms", graph.size(),
                        engine.system(), engine.version(), (System.nanoTime() - t1) / 1_000_000);
            }
        });
    }
}
