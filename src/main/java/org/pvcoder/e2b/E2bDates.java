package org.pvcoder.e2b;

import org.pvcoder.common.validation.PartialDates;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts between the model's ISO partial dates ({@code 2024-03-15T08:30:05-05:00}) and E2B(R3) timestamps
 * ({@code 20240315083005-0500}), keeping precision and offset exactly as sent.
 */
public final class E2bDates {

    private static final Pattern E2B_TS = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(?:(\\d{2})(\\d{2})(\\d{2})?)?(?:\\.\\d{1,4})?([+-]\\d{2}(?:\\d{2})?)?");
    private static final DateTimeFormatter SECONDS_WITH_OFFSET = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");

    private E2bDates() {
    }

    /** The E2B form of a model date. */
    public static String toE2b(String isoPartial) {
        return PartialDates.toE2b(isoPartial);
    }

    /** The model form of an E2B timestamp, or empty when it is not one (hours without minutes included). */
    public static Optional<String> fromE2b(String ts) {
        if (ts == null) {
            return Optional.empty();
        }
        Matcher m = E2B_TS.matcher(ts.trim());
        if (!m.matches() || (m.group(2) == null && m.group(3) != null)) {
            return Optional.empty();
        }
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            iso.append('-').append(m.group(2));
        }
        if (m.group(3) != null) {
            iso.append('-').append(m.group(3));
        }
        if (m.group(4) != null) {
            if (m.group(3) == null) {
                return Optional.empty();
            }
            iso.append('T').append(m.group(4)).append(':').append(m.group(5));
            if (m.group(6) != null) {
                iso.append(':').append(m.group(6));
            }
            String zone = m.group(7);
            if (zone != null) {
                iso.append(zone, 0, 3);
                if (zone.length() == 5) {
                    iso.append(':').append(zone, 3, 5);
                }
            }
        } else if (m.group(7) != null) {
            return Optional.empty();
        }
        String result = iso.toString();
        return PartialDates.parse(result).isPresent() ? Optional.of(result) : Optional.empty();
    }

    /** A full-precision E2B timestamp for a moment, as N.1.5, N.2.r.4 and C.1.2 need. */
    public static String timestamp(OffsetDateTime moment) {
        return SECONDS_WITH_OFFSET.format(moment);
    }

    /** The model form of a moment, to the second with its offset. */
    public static String iso(OffsetDateTime moment) {
        return fromE2b(timestamp(moment)).orElseThrow();
    }
}
