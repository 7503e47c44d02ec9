package org.pvcoder.common.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as reporters give them: to the year, month, day or minute. The API writes them in ISO 8601 forms
 * ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}, {@code 2024-03-15T08:30}); E2B writes the same
 * precision as {@code 2024}, {@code 202403}, {@code 20240315}, {@code 202403150830}.
 */
public final class PartialDates {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2}))?)?)?");

    public enum Precision { YEAR, MONTH, DAY, MINUTE }

    /** A parsed partial date: its earliest instant and its precision. */
    public record Parsed(LocalDateTime earliest, Precision precision) {
        public boolean isInFuture() {
            // Compared with the end of today in the earliest time zone, so a report from Asia is not "future" in UTC.
            return earliest.isAfter(LocalDate.now(ZoneOffset.ofHours(14)).atTime(23, 59));
        }
    }

    private PartialDates() {
    }

    public static Optional<Parsed> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new Parsed(LocalDate.of(year, 1, 1).atStartOfDay(), Precision.YEAR));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new Parsed(month.atDay(1).atStartOfDay(), Precision.MONTH));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(new Parsed(day.atStartOfDay(), Precision.DAY));
            }
            return Optional.of(new Parsed(day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), Precision.MINUTE));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The E2B(R3) form of a valid partial date: its digits only. */
    public static String toE2b(String isoPartial) {
        return isoPartial.replaceAll("[-T:]", "");
    }
}
