package org.pvcoder.meddra.ascii;

import org.pvcoder.common.load.LoadProblems;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a {@code $}-separated file with its column names, so readers ask for fields by name.
 * A field that does not hold what its column needs is reported and marks the row as broken.
 */
public final class AscRow {

    static final int MAX_NAME = 250;
    private static final Pattern CODE = Pattern.compile("\\d{1,9}");

    private final String file;
    private final int line;
    private final List<String> columns;
    private final String[] fields;
    private final LoadProblems problems;
    private boolean broken;

    AscRow(String file, int line, List<String> columns, String[] fields, LoadProblems problems) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
        this.problems = problems;
    }

    public int line() {
        return line;
    }

    boolean broken() {
        return broken;
    }

    /** The field as written, trimmed; empty when the field is empty. */
    public String text(String column) {
        return fields[index(column)].trim();
    }

    /** The field, or null when it is empty. */
    public String optionalText(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    /** A name or flag that must be there, and fit the database (MedDRA names are at most 100 characters). */
    public String requiredText(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            fail(column + " is empty");
        } else if (value.length() > MAX_NAME) {
            fail(column + " is longer than " + MAX_NAME + " characters");
        }
        return value;
    }

    /** A MedDRA code: digits only. */
    public int code(String column) {
        String value = text(column);
        if (!CODE.matcher(value).matches()) {
            fail(column + " '" + value + "' is not a numeric code");
            return -1;
        }
        return Integer.parseInt(value);
    }

    /** A code that may be empty (null then). */
    public Integer optionalCode(String column) {
        return text(column).isEmpty() ? null : code(column);
    }

    /** A small number such as a level or a weight; null when empty. */
    public Integer optionalNumber(String column) {
        return optionalCode(column);
    }

    /** A Y/N flag. */
    public boolean flag(String column) {
        String value = text(column);
        if (value.equalsIgnoreCase("Y")) {
            return true;
        }
        if (!value.equalsIgnoreCase("N")) {
            fail(column + " '" + value + "' is neither Y nor N");
        }
        return false;
    }

    public void fail(String reason) {
        broken = true;
        problems.add(file, line, reason);
    }

    private int index(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return index;
    }
}
