package org.pvcoder.common;

import org.junit.jupiter.api.Test;
import org.pvcoder.common.validation.PartialDates;
import org.pvcoder.common.validation.PartialDates.Precision;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialDatesTest {

    @Test
    void keepsThePrecisionGiven() {
        assertEquals(Precision.YEAR, PartialDates.parse("2024").orElseThrow().precision());
        assertEquals(Precision.MONTH, PartialDates.parse("2024-02").orElseThrow().precision());
        assertEquals(Precision.DAY, PartialDates.parse("2024-02-29").orElseThrow().precision());
        assertEquals(Precision.MINUTE, PartialDates.parse("2024-02-29T23:59").orElseThrow().precision());
    }

    @Test
    void refusesImpossibleAndOddForms() {
        assertTrue(PartialDates.parse("2023-02-29").isEmpty());
        assertTrue(PartialDates.parse("2024-13").isEmpty());
        assertTrue(PartialDates.parse("2024-01-01T24:00").isEmpty());
        assertTrue(PartialDates.parse("20240101").isEmpty());
        assertTrue(PartialDates.parse("2024-1-1").isEmpty());
    }

    @Test
    void futureIsJudgedAtItsEarliestInstant() {
        assertFalse(PartialDates.parse(String.valueOf(LocalDate.now().getYear())).orElseThrow().isInFuture());
        assertTrue(PartialDates.parse(String.valueOf(LocalDate.now().getYear() + 1)).orElseThrow().isInFuture());
        assertTrue(PartialDates.parse(LocalDate.now().plusDays(2).toString()).orElseThrow().isInFuture());
    }

    @Test
    void writesE2bDigits() {
        assertEquals("202403150830", PartialDates.toE2b("2024-03-15T08:30"));
        assertEquals("202403", PartialDates.toE2b("2024-03"));
    }
}
