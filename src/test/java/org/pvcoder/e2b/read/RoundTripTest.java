package org.pvcoder.e2b.read;

import org.junit.jupiter.api.Test;
import org.pvcoder.cases.model.CaseReport;
import org.pvcoder.e2b.ElementPairs;
import org.pvcoder.e2b.FullCase;
import org.pvcoder.e2b.SchemaFixture;
import org.pvcoder.e2b.export.BatchHeader;
import org.pvcoder.e2b.export.IcsrBatchWriter;
import org.pvcoder.e2b.validation.Finding;

import javax.xml.transform.stream.StreamSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import → export keeps every element the model holds: proven element by element on the ICH and FDA examples. */
class RoundTripTest {

    /**
     * What the examples send that the case model does not hold, so a re-export cannot carry it. Everything else
     * in the messages must come back with the same value.
     */
    static final Predicate<String> HELD = pair -> !(
            pair.contains("@nullFlavor=")                                      // unknown values: we keep "not given", not why
                    || pair.matches(".*/reference/document\\[2]/text.*")       // C.4.r.2 included document (binary)
                    || pair.contains("/observation[22]/code@")                    // D.6 sent with a nullFlavor only
                    || pair.contains("/referenceRange/observationRange/value@unit=") // F.r.4/5 unit: the model has one unit per test
                    || pair.contains("/relatedInvestigation[2]/") && pair.contains("telecom@value=mailto:") // FDA.C.2.r.2.8
                    || pair.contains("/formCode@codeSystem=")                     // G.k.4.r.9.2 TermID system sent without a code
                    || pair.contains("/substanceAdministration/performer/"));     // G.k.2.4 repeated inside a dosage (FDA scenario)

    @Test
    void ichLiteratureExampleRoundTrips() throws IOException {
        assertRoundTrip(SchemaFixture.LITERATURE_EXAMPLE);
    }

    @Test
    void fdaScenarioExampleRoundTrips() throws IOException {
        assertRoundTrip(SchemaFixture.FAERS_EXAMPLE);
    }

    @Test
    void fullCaseRoundTrips() {
        byte[] first = export(List.of(FullCase.build()));
        List<CaseReport> read = read(first);
        byte[] second = export(read);
        assertValid(second);
        assertEquals(ElementPairs.of(first, p -> true), ElementPairs.of(second, p -> true));
    }

    private void assertRoundTrip(Path example) throws IOException {
        byte[] source = Files.readAllBytes(example);
        List<CaseReport> cases = read(source);
        assertEquals(1, cases.size());
        byte[] exported = export(cases);
        assertValid(exported);
        List<String> expected = ElementPairs.of(source, HELD);
        List<String> actual = ElementPairs.of(exported, HELD);
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                "lost on round trip:\n  " + String.join("\n  ", missing) + "\nadded on round trip:\n  " + String.join("\n  ", extra));
    }

    static List<CaseReport> read(byte[] xml) {
        List<CaseReport> cases = new ArrayList<>();
        new IcsrBatchReader(ReadLimits.DEFAULT).read(new ByteArrayInputStream(xml), raw -> {
            IcsrMessageReader.MessageRead message = IcsrMessageReader.read(raw);
            assertEquals(List.of(), message.issues());
            cases.add(message.report());
        });
        return cases;
    }

    static byte[] export(List<CaseReport> cases) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (IcsrBatchWriter writer = new IcsrBatchWriter(bytes, new BatchHeader("RT-1", "S", "R", OffsetDateTime.now()))) {
            cases.forEach(writer::write);
        }
        return bytes.toByteArray();
    }

    static void assertValid(byte[] xml) {
        List<Finding> findings = SchemaFixture.batchSchema().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertEquals(List.of(), findings, () -> new String(xml, StandardCharsets.UTF_8));
    }
}
