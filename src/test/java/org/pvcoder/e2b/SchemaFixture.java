package org.pvcoder.e2b;

import org.pvcoder.e2b.validation.SchemaValidator;

import java.nio.file.Path;

/** The ICH schema set and example messages in ../shared, read where they are and never copied into the project. */
public final class SchemaFixture {

    public static final Path SCHEMA_DIR = Path.of("../shared/e2b-r3/schema/multicacheschemas");
    public static final Path EXAMPLES = Path.of("../shared/e2b-r3/examples");
    public static final Path LITERATURE_EXAMPLE = EXAMPLES.resolve("ICH-example_literature-initial.xml");
    public static final Path FAERS_EXAMPLE = EXAMPLES.resolve("FAERS2022Scenario1.xml");

    private static SchemaValidator batch;
    private static SchemaValidator ack;

    private SchemaFixture() {
    }

    public static synchronized SchemaValidator batchSchema() {
        if (batch == null) {
            batch = SchemaValidator.load(SCHEMA_DIR, SchemaValidator.BATCH_SCHEMA);
        }
        return batch;
    }

    public static synchronized SchemaValidator ackSchema() {
        if (ack == null) {
            ack = SchemaValidator.load(SCHEMA_DIR, SchemaValidator.ACK_SCHEMA);
        }
        return ack;
    }
}
