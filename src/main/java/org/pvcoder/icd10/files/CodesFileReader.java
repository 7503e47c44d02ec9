package org.pvcoder.icd10.files;

import org.pvcoder.common.load.LoadProblems;

import org.pvcoder.icd10.Icd10Codes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code icd10cm_codes_YYYY.txt}, CDC/CMS's list of billable codes: the code without its dot in
 * columns 1–7, the long description from column 9.
 */
public final class CodesFileReader {

    private CodesFileReader() {
    }

    public static List<CodesRow> read(DistributionFiles files, String name, LoadProblems problems) throws IOException {
        List<CodesRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        TextLines.read(files, name, (number, text) -> {
            if (text.isBlank()) {
                return;
            }
            if (text.length() < 9 || text.charAt(7) != ' ') {
                problems.add(name, number, "expected the code in columns 1-7, a space in column 8 and the description from"
                        + " column 9");
                return;
            }
            String key = text.substring(0, 7).trim();
            String title = text.substring(8).trim();
            if (!Icd10Codes.isValidKey(key)) {
                problems.add(name, number, "code '" + key + "' (columns 1-7) is not an ICD-10-CM code");
                return;
            }
            if (title.isEmpty()) {
                problems.add(name, number, "code " + key + " has no description");
                return;
            }
            Integer first = lineOfCode.putIfAbsent(key, number);
            if (first != null) {
                problems.add(name, number, "duplicate code " + Icd10Codes.withDot(key) + " (first on line " + first + ")");
                return;
            }
            rows.add(new CodesRow(number, key, title));
        });
        return rows;
    }
}
