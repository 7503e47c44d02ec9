package org.pvcoder.icd10;

import java.util.Locale;
import java.util.regex.Pattern;

/** The spellings of an ICD-10 code: "E11.9" for people, "E119" as the files write it, "E11" as its category. */
public final class Icd10Codes {

    /** A code without its dot: a letter, two characters, then up to four more ("E119", "M1A9XX0", "C4A"). */
    private static final Pattern KEY = Pattern.compile("[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}");

    private Icd10Codes() {
    }

    /** Upper case, dot and spaces dropped: "e11.9 " becomes "E119". */
    public static String key(String code) {
        return code.trim().toUpperCase(Locale.ROOT).replace(".", "");
    }

    public static boolean isValidKey(String key) {
        return KEY.matcher(key).matches();
    }

    /** The dot after the third character: "E119" becomes "E11.9"; a category stays as it is. */
    public static String withDot(String key) {
        return key.length() <= 3 ? key : key.substring(0, 3) + "." + key.substring(3);
    }

    public static String category(String code) {
        return key(code).substring(0, 3);
    }
}
