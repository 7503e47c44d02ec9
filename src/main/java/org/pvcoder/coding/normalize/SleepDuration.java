package org.pvcoder.coding.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stated night's sleep as the event it reports: "slept 3 hours", "2 hrs of sleep", "sleeping for an
 * hour" are too little sleep (insomnia); "slept 14 hours", "asleep for twelve hours" too much (hypersomnia).
 * Between the two (6 to 9 hours) the words stay as written. Reporters give the hours; the dictionary names only
 * the direction.
 */
final class SleepDuration {

    /** At most this many hours is too little sleep. */
    private static final int SHORT_AT_MOST = 5;
    /** At least this many hours is too much. */
    private static final int LONG_AT_LEAST = 10;

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("no", 0), Map.entry("an", 1), Map.entry("a", 1), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("eighteen", 18),
            Map.entry("twenty", 20), Map.entry("couple", 2), Map.entry("few", 3));
    private static final String NUMBER = "(\\d{1,2}(?:[.,]5)?|" + String.join("|", NUMBER_WORDS.keySet()) + ")";
    private static final String HOURS = "(?:hours?|hrs?|h)\\b";
    private static final String HEDGE = "(?:(?:for|only|just|about|around|like|maybe|barely|hardly|roughly|a|of|"
            + "straight|solid|full|whole|less than|under|over|more than)\\s+)*";
    /** "slept (for) 3 hours", "sleeping an hour", "asleep for twelve hours". */
    private static final Pattern SLEEP_THEN_HOURS = Pattern.compile(
            "\\b(?:slept|sleep|sleeps|sleeping|asleep)\\s+" + HEDGE + NUMBER + "\\+?\\s*" + HEDGE + HOURS,
            Pattern.CASE_INSENSITIVE);
    /** "3 hours of sleep", "2 hrs sleep", "twelve hours asleep". */
    private static final Pattern HOURS_THEN_SLEEP = Pattern.compile(
            "\\b" + NUMBER + "\\+?\\s*" + HOURS + "\\s+(?:of\\s+)?(?:sleep|asleep)\\b", Pattern.CASE_INSENSITIVE);

    private SleepDuration() {
    }

    static String rewrite(String verbatim) {
        String lower = verbatim.toLowerCase(Locale.ROOT);
        if (!lower.contains("sleep") && !lower.contains("slept")) {
            return verbatim;
        }
        return replace(HOURS_THEN_SLEEP, replace(SLEEP_THEN_HOURS, verbatim));
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double hours = hours(m.group(1));
            String event = hours <= SHORT_AT_MOST ? "insomnia" : hours >= LONG_AT_LEAST ? "hypersomnia" : null;
            m.appendReplacement(out, Matcher.quoteReplacement(event == null ? m.group() : event));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static double hours(String number) {
        Integer word = NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Double.parseDouble(number.replace(',', '.'));
    }
}
