package org.pvcoder.coding;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.pvcoder.coding.engine.CodingEngine;
import org.pvcoder.coding.engine.EngineFactory;
import org.pvcoder.coding.memory.CodingMemoryEntry;
import org.pvcoder.coding.memory.MemoryStore;
import org.pvcoder.common.error.ProblemException;
import org.pvcoder.common.error.ProblemType;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologyActivated;
import org.pvcoder.terminology.TerminologySource;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One coding engine per terminology system (its active release), built lazily on first use and rebuilt
 * aside when another release is activated; the finished engine replaces the old one in one atomic swap,
 * so a search never sees a half-built index. Engines for an explicitly requested non-active release are
 * built on demand and kept while it is the last one asked for.
 */
@ApplicationScoped
public class EngineRegistry {

    private static final Logger LOG = Logger.getLogger(EngineRegistry.class);
    /** Requests that took the old engine just before a swap finish with it; it is closed after this delay. */
    private static final long RETIRE_AFTER_SECONDS = 60;

    private final Map<String, AtomicReference<CodingEngine>> active = new ConcurrentHashMap<>();
    private final Map<String, CodingEngine> requestedVersions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "coding-index-builder");
        t.setDaemon(true);
        return t;
    });
    private volatile EngineFactory factory;

    /** Keeps every TerminologySource bean from being removed as unused; lookups go through {@link #beans}. */
    @Inject
    Instance<TerminologySource> sources;

    @Inject
    BeanManager beans;

    @Inject
    CodingConfig config;

    @Inject
    MemoryStore memoryStore;

    @Inject
    jakarta.enterprise.event.Event<org.pvcoder.coding.semantic.EngineBuilt> built;

    /** The engine of the system's active release, or of the given release. */
    public CodingEngine engine(String system, String version) {
        CodingEngine current = activeEngine(system);
        if (version == null || version.isBlank() || version.equals(current.version())) {
            return current;
        }
        String key = system + "@" + version;
        CodingEngine cached = requestedVersions.get(key);
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            cached = requestedVersions.get(key);
            if (cached == null) {
                Terminology terminology = source(system).version(version).orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "Release " + version + " of " + system + " is not loaded"));
                cached = build(terminology);
                requestedVersions.entrySet().removeIf(e -> {
                    if (e.getKey().startsWith(system + "@")) {
                        retire(e.getValue());
                        return true;
                    }
                    return false;
                });
                requestedVersions.put(key, cached);
                announce(cached);
            }
            return cached;
        }
    }

    public CodingEngine activeEngine(String system) {
        AtomicReference<CodingEngine> ref = active.computeIfAbsent(system, s -> new AtomicReference<>());
        CodingEngine engine = ref.get();
        if (engine != null) {
            return engine;
        }
        synchronized (ref) {
            engine = ref.get();
            if (engine == null) {
                engine = build(activeTerminology(system));
                ref.set(engine);
                announce(engine);
            }
            return engine;
        }
    }

    /** Rebuilds the system's engine from its now active release, aside, and swaps it in when done. */
    public CompletableFuture<CodingEngine> rebuild(String system) {
        return CompletableFuture.supplyAsync(() -> swapIn(system), background);
    }

    void onActivated(@Observes TerminologyActivated event) {
        rebuild(event.system()).exceptionally(e -> {
            LOG.errorf(e, "Could not rebuild the coding index of %s %s", event.system(), event.version());
            return null;
        });
    }

    void onShutdown(@Observes ShutdownEvent event) {
        background.shutdownNow();
    }

    private CodingEngine swapIn(String system) {
        CodingEngine fresh = build(activeTerminology(system));
        AtomicReference<CodingEngine> ref = active.computeIfAbsent(system, s -> new AtomicReference<>());
        CodingEngine old;
        synchronized (ref) {
            old = ref.getAndSet(fresh);
        }
        announce(fresh);
        if (old != null) {
            retire(old);
        }
        LOG.infof("Coding index of %s now serves release %s", system, fresh.version());
        return fresh;
    }

    private CodingEngine build(Terminology terminology) {
        long t0 = System.nanoTime();
        CodingEngine engine = factory().build(terminology);
        int learned = 0;
        for (CodingMemoryEntry entry : memoryStore.approved(terminology.system())) {
            if (engine.memory().add(entry.verbatim, entry.termCode)) {
                learned++;
            }
        }
        LOG.infof("Built coding index of %s %s: %d terms, %d learned verbatims, %d ms", terminology.system(),
                terminology.version(), engine.index().size(), learned, (System.nanoTime() - t0) / 1_000_000);
        return engine;
    }

    /**
     * Tells observers (the semantic stage) of an engine once it is registered, so that one whose vectors complete
     * meanwhile is reached either by this event or by {@link #forEachEngine}.
     */
    private void announce(CodingEngine engine) {
        built.fire(new org.pvcoder.coding.semantic.EngineBuilt(engine));
    }

    /** The system's active release (what its engine is built from). */
    public Terminology activeRelease(String system) {
        return activeTerminology(system);
    }

    /** Applies an action to every engine built so far (active and requested releases). */
    public void forEachEngine(java.util.function.Consumer<CodingEngine> action) {
        for (AtomicReference<CodingEngine> ref : active.values()) {
            CodingEngine engine = ref.get();
            if (engine != null) {
                action.accept(engine);
            }
        }
        requestedVersions.values().forEach(action);
    }

    private void retire(CodingEngine engine) {
        background.schedule(() -> {
            try {
                engine.close();
            } catch (IOException e) {
                LOG.warn("Could not close a retired coding index", e);
            }
        }, RETIRE_AFTER_SECONDS, TimeUnit.SECONDS);
    }

    private Terminology activeTerminology(String system) {
        return source(system).active().orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "No release of " + system + " is active; an admin must load and activate one first"));
    }

    /**
     * The source serving the system. Every installed source counts (unlike plain {@code Instance}
     * iteration, where one {@code @Alternative} bean hides all others); for the same system an
     * {@code @Alternative} bean (e.g. a test fixture) wins over a regular one.
     */
    private TerminologySource source(String system) {
        TerminologySource found = null;
        boolean foundIsAlternative = false;
        for (Bean<?> bean : beans.getBeans(TerminologySource.class)) {
            TerminologySource source = (TerminologySource) beans.getReference(bean, TerminologySource.class,
                    beans.createCreationalContext(bean));
            if (source.system().equals(system) && (found == null || (bean.isAlternative() && !foundIsAlternative))) {
                found = source;
                foundIsAlternative = bean.isAlternative();
            }
        }
        if (found != null) {
            return found;
        }
        throw new ProblemException(ProblemType.NOT_FOUND, "No terminology " + system + " is installed");
    }

    private EngineFactory factory() {
        if (factory == null) {
            factory = EngineFactory.standard(config.autoThreshold()).withSystemThresholds(config.systemAutoThreshold())
                    .withConsumerThreshold(config.consumerAutoThreshold().orElse(0.0));
        }
        return factory;
    }
}
