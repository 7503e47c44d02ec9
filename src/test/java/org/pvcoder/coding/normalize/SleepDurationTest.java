package org.pvcoder.coding.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SleepDurationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "slept 3 hours|insomnia",
            "only slept for two hours last night|only insomnia last night",
            "sleeping an hour a night|insomnia a night",
            "got 2 hrs of sleep|got insomnia",
            "had 1 hour of sleep|had insomnia",
            "sleep for a couple of hours|insomnia",
            "slept 14 hours|hypersomnia",
            "slept 11+ hours|hypersomnia",
            "asleep for eleven solid hours|hypersomnia",
            "12 hours of sleep and still tired|hypersomnia and still tired",
    })
    void statedHoursOfSleepBecomeTheEvent(String verbatim, String rewritten) {
        assertEquals(rewritten, SleepDuration.rewrite(verbatim));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "slept 8 hours",
            "headache 3 hours after the dose",
            "wake up every 2 hours",
            "sleepy 3 hours after the dose",
    })
    void anOrdinaryNightOrHoursOfSomethingElseStayAsWritten(String verbatim) {
        assertEquals(verbatim, SleepDuration.rewrite(verbatim));
    }

    @Test
    void theNormalizerReadsTheEvent() {
        assertEquals("insomnia", VerbatimNormalizer.english().normalize("Slept 3 hrs").expanded());
    }
}
