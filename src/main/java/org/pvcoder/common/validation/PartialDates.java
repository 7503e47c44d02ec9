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
 * Dates as reporters give them: to the year, month, day, minute or second. The API writes them in ISO 8601 forms
 * ({@code 2024}, {@code 2024-03}, {@code 2024-03-15}, {@code 2024-03-15T08:30}, {@code 2024-03-15T08:30:05});
 * E2B writes the same precision as {@code 2024}, {@code 202403}, {@code 20240315}, {@code 202403150830},
 * {@code 20240315083005}. A time may carry the UTC offset it was sent with ({@code 2024-03-15T08:30:05-05:00},
 * {@code +09}), as E2B(R3) creation dates do ({@code 20240315083005-0500}).
 */
public final class PartialDates {

    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?([+-]\\d{2}(?::\\d{2})?|Z)?)?)?)?");

    public enum Precision { YEAR, MONTH, DAY, MINUTE, SECOND }

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
            if (m.group(6) == null) {
                return Optional.of(new Parsed(day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), Precision.MINUTE));
            }
            return Optional.of(new Parsed(day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    Integer.parseInt(m.group(6))), Precision.SECOND));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The E2B(R3) form of a valid partial date: its digits, then the UTC offset if any ({@code -0500}, {@code +09}). */
    public static String toE2b(String isoPartial) {
        int t = isoPartial.indexOf('T');
        if (t < 0) {
            return isoPartial.replace("-", "");
        }
        String date = isoPartial.substring(0, t).replace("-", "");
        String time = isoPartial.substring(t + 1);
        int offset = Math.max(Math.max(time.indexOf('+'), time.indexOf('-')), time.indexOf('Z'));
        String zone = offset < 0 ? "" : time.substring(offset).replace(":", "").replace("Z", "+0000");
        String clock = (offset < 0 ? time : time.substring(0, offset)).replace(":", "");
        return date + clock + zone;
    }
}
