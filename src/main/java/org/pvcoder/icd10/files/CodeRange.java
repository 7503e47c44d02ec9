package org.pvcoder.icd10.files;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title that ends with its code range, "Diabetes mellitus (E08-E13)", split into the title and the range. */
public record CodeRange(String title, String first, String last) {

    private static final Pattern TRAILING_RANGE = Pattern.compile("^(.*?)\\s*\\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\\)$");

    public static CodeRange split(String text) {
        Matcher matcher = TRAILING_RANGE.matcher(text);
        if (matcher.matches()) {
            return new CodeRange(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return new CodeRange(text, null, null);
    }

    /** "A00-A09" as a range, or null when the text is not one. */
    public static CodeRange parse(String range) {
        String[] ends = range.split("-");
        return ends.length == 2 ? new CodeRange(range, ends[0], ends[1]) : null;
    }
}
