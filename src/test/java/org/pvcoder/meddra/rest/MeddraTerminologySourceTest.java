package org.pvcoder.meddra.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.pvcoder.meddra.read.MeddraLltLookup;
import org.pvcoder.terminology.CodableTerm;
import org.pvcoder.terminology.Terminology;
import org.pvcoder.terminology.TerminologySource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the coding engine sees of MedDRA: every LLT of the active release, current or not, with its PT. */
@QuarkusTest
class MeddraTerminologySourceTest {

    @Inject
    jakarta.enterprise.inject.Instance<TerminologySource> sources;
    @Inject
    MeddraLltLookup lookup;

    @Test
    void activeReleaseListsEveryLltWithItsPt() {
        TerminologySource meddra = sources.stream().filter(s -> s.system().equals("meddra")).findFirst().orElseThrow();
        Terminology active = meddra.active().orElseThrow();
        assertEquals("0.1", active.version());
        List<CodableTerm> terms = active.terms();
        assertEquals(1142, terms.size());
        assertEquals(47, terms.stream().filter(t -> !t.current()).count());
        assertTrue(terms.contains(new CodableTerm("90400434", "Tummy ache", true, "10000081", "Abdominal pain")));
        assertTrue(terms.contains(new CodableTerm("90400423", "Nausea aggravated", false, "10028813", "Nausea")));
        assertTrue(meddra.version("7.7").isEmpty());
    }

    @Test
    void lookupOfOneLlt() {
        var llt = lookup.find("0.1", "90400416").orElseThrow();
        assertEquals("Feeling sick", llt.name());
        assertEquals("10028813", llt.ptCode());
        assertEquals("Nausea", llt.ptName());
        assertTrue(llt.current());
        assertTrue(lookup.find(null, "90400416").isPresent(), "null version = the active one");
        assertTrue(lookup.find("0.1", "99999999").isEmpty());
        assertTrue(lookup.find("0.1", "not-a-code").isEmpty());
    }
}
