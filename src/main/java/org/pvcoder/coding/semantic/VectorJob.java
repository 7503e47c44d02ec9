package org.pvcoder.coding.semantic;

import org.jboss.logging.Logger;
import org.pvcoder.terminology.Terminology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Computes the missing name vectors of one release in batches and stores each batch as it is done, so that a
 * restart resumes where the last run stopped and nothing stored is embedded again. Plain class (no CDI) so that
 * tests can drive it with a counting embedder and an in-memory store.
 */
public final class VectorJob {

    private static final Logger LOG = Logger.getLogger(VectorJob.class);
    private static final long LOG_EVERY_NANOS = 30_000_000_000L;

    /** Where vectors are kept: the database in the server ({@link TermVectorStore}). */
    public interface Rows {
        Set<String> storedCodes(String system, String version, String model);

        void insert(String system, String version, String model, Map<String, float[]> vectors);
    }

    private final Rows rows;
    private final Function<List<String>, List<float[]>> embed;
    private final String model;
    private final int batchSize;

    public VectorJob(Rows rows, Function<List<String>, List<float[]>> embed, String model, int batchSize) {
        this.rows = rows;
        this.embed = embed;
        this.model = model;
        this.batchSize = Math.max(1, batchSize);
    }

    /**
     * Embeds and stores what is missing; reports progress after each batch. Returns the final progress
     * (COMPLETE, or RUNNING when interrupted between batches).
     */
    public VectorProgress run(Terminology release, Consumer<VectorProgress> progress) {
        String system = release.system();
        String version = release.version();
        Map<String, String> names = TermVectors.namesToEmbed(release);
        Set<String> stored = rows.storedCodes(system, version, model);
        List<String> missing = new ArrayList<>();
        for (String code : names.keySet()) {
            if (!stored.contains(code)) {
                missing.add(code);
            }
        }
        int total = names.size();
        int done = total - missing.size();
        VectorProgress now = VectorProgress.of(system, version, done, total, missing.isEmpty() ? "COMPLETE" : "RUNNING");
        progress.accept(now);
        if (missing.isEmpty()) {
            return now;
        }
        LOG.infof("Computing name vectors of %s %s (%s): %d of %d to do", system, version, model, missing.size(), total);
        long t0 = System.nanoTime();
        long lastLog = t0;
        int computed = 0;
        for (int from = 0; from < missing.size(); from += batchSize) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof("Name vectors of %s %s stopped at %d/%d; the next start resumes there", system, version, done, total);
                return now;
            }
            List<String> codes = missing.subList(from, Math.min(missing.size(), from + batchSize));
            List<float[]> vectors = embed.apply(codes.stream().map(names::get).toList());
            Map<String, float[]> batch = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                batch.put(codes.get(i), vectors.get(i));
            }
            rows.insert(system, version, model, batch);
            done += codes.size();
            computed += codes.size();
            now = VectorProgress.of(system, version, done, total, done == total ? "COMPLETE" : "RUNNING");
            progress.accept(now);
            long t = System.nanoTime();
            if (t - lastLog > LOG_EVERY_NANOS) {
                lastLog = t;
                LOG.info(String.format(Locale.ROOT, "Name vectors of %s %s: %d/%d (%.0f names/s)", system, version,
                        done, total, computed / ((t - t0) / 1e9)));
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info(String.format(Locale.ROOT, "Name vectors of %s %s complete: %d computed in %.1f s (%.0f names/s)",
                system, version, computed, seconds, computed / Math.max(seconds, 1e-9)));
        return now;
    }
}
