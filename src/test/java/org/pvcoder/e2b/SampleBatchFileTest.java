package org.pvcoder.e2b;

import org.junit.jupiter.api.Test;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.transform.stream.StreamSource;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sample batch shipped in e2b/ stays valid against the ICH schema. */
class SampleBatchFileTest {

    @Test
    void sampleBatchValidatesAgainstTheIchSchema() {
        List<Finding> findings = SchemaFixture.batchSchema().validate(new StreamSource(Path.of("e2b/sample-icsr-batch.xml").toFile()));
        assertEquals(List.of(), findings);
    }
}
