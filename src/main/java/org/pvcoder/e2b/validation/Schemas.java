package org.pvcoder.e2b.validation;

import jakarta.enterprise.context.ApplicationScoped;
import org.pvcoder.e2b.E2bConfig;

import java.nio.file.Path;
import java.util.Optional;

/** The ICH schemas configured by {@code pv.e2b.schema-dir}, loaded once on first use. */
@ApplicationScoped
public class Schemas {

    private final E2bConfig config;
    private volatile SchemaValidator batch;
    private volatile SchemaValidator ack;

    public Schemas(E2bConfig config) {
        this.config = config;
    }

    public Optional<SchemaValidator> batch() {
        if (config.schemaDir().isEmpty()) {
            return Optional.empty();
        }
        if (batch == null) {
            batch = SchemaValidator.load(Path.of(config.schemaDir().get()), SchemaValidator.BATCH_SCHEMA);
        }
        return Optional.of(batch);
    }

    public Optional<SchemaValidator> ack() {
        if (config.schemaDir().isEmpty()) {
            return Optional.empty();
        }
        if (ack == null) {
            ack = SchemaValidator.load(Path.of(config.schemaDir().get()), SchemaValidator.ACK_SCHEMA);
        }
        return Optional.of(ack);
    }
}
