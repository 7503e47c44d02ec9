package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code icd10cm_order_YYYY.txt}, CDC/CMS's fixed-width list of every code, categories included:
 * order number in columns 1–5, code without its dot in 7–13, billable flag (0/1) in 15, short description
 * in 17–76, long description from 78. Blank lines are skipped; every other fault is a problem of its line.
 */
public final class OrderFileReader {

    /** The shortest line that reaches the long description. */
    static final int MIN_LENGTH = 78;
    private static final int[] SPACE_COLUMNS = {6, 14, 16, 77};

    private OrderFileReader() {
    }

    public static List<OrderRow> read(DistributionFiles files, String name, LoadProblems problems) throws IOException {
        List<OrderRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        Map<Integer, Integer> lineOfOrder = new HashMap<>();
        TextLines.read(files, name, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            OrderRow row = parse(name, number, text, problems);
            if (row == null) {
                return;
            }
            Integer first = lineOfCode.putIfAbsent(row.key(), number);
            if (first != null) {
                problems.add(name, number, "duplicate code " + Icd10Codes.withDot(row.key()) + " (first on line " + first + ")");
                return;
            }
            first = lineOfOrder.putIfAbsent(row.order(), number);
            if (first != null) {
                problems.add(name, number, "duplicate order number " + row.order() + " (first on line " + first + ")");
                return;
            }
            rows.add(row);
        });
        return rows;
    }

    static OrderRow parse(String name, int number, String text, LoadProblems problems) {
        if (text.length() < MIN_LENGTH) {
            problems.add(name, number, "line is " + text.length() + " characters long; an order-file line needs at least "
                    + MIN_LENGTH + " (long description from column 78)");
            return null;
        }
        for (int column : SPACE_COLUMNS) {
            if (text.charAt(column - 1) != ' ') {
                problems.add(name, number, "column " + column + " must be a space (order 1-5, code 7-13, billable 15,"
                        + " short description 17-76, long description 78-)");
                return null;
            }
        }
        String order = text.substring(0, 5).trim();
        if (order.isEmpty() || !order.chars().allMatch(c -> c >= '0' && c <= '9')) {
            problems.add(name, number, "order number '" + order + "' (columns 1-5) is not a number");
            return null;
        }
        String key = text.substring(6, 13).trim();
        if (!Icd10Codes.isValidKey(key)) {
            problems.add(name, number, "code '" + key + "' (columns 7-13) is not an ICD-10-CM code");
            return null;
        }
        char flag = text.charAt(14);
        if (flag != '0' && flag != '1') {
            problems.add(name, number, "billable flag '" + flag + "' (column 15) must be 0 or 1");
            return null;
        }
        String shortTitle = text.substring(16, 76).trim();
        String longTitle = text.substring(77).trim();
        if (shortTitle.isEmpty() || longTitle.isEmpty()) {
            problems.add(name, number, "code " + key + " has no " + (shortTitle.isEmpty() ? "short" : "long") + " description");
            return null;
        }
        return new OrderRow(number, Integer.parseInt(order), key, flag == '1', shortTitle, longTitle);
    }
}
