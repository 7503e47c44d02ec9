package org.pvcoder.coding.rank;

import org.pvcoder.coding.MatchStage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Turns {@link ConfidenceFeatures} into a probability that the proposed group (PT) is right: a logistic
 * model whose weights were fitted on benchmark data with cross-validation (see docs/benchmarks.md) and
 * are kept in {@code calibration.properties}.
 */
public final class ConfidenceModel {

    public static final String RESOURCE = "/org/pvcoder/coding/rank/calibration.properties";

    private final double intercept;
    private final Map<String, Double> weights;

    public ConfidenceModel(double intercept, Map<String, Double> weights) {
        this.intercept = intercept;
        this.weights = Map.copyOf(weights);
    }

    public static ConfidenceModel fromResource() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(in);
            Map<String, Double> weights = new HashMap<>();
            for (String name : p.stringPropertyNames()) {
                if (name.startsWith("w.")) {
                    weights.put(name.substring(2), Double.parseDouble(p.getProperty(name)));
                }
            }
            return new ConfidenceModel(Double.parseDouble(p.getProperty("intercept", "0")), weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double confidence(ConfidenceFeatures features) {
        if (features.stage() == MatchStage.NONE) {
            return 0;
        }
        double z = intercept;
        for (Map.Entry<String, Double> f : features.values().entrySet()) {
            z += weights.getOrDefault(f.getKey(), 0.0) * f.getValue();
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
