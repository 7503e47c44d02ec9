package org.pvcoder.coding.normalize;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a laboratory cut-off as the direction MedDRA names: "ALT > 3 x ULN", "platelets less than
 * 50 x 10^9/L", "eGFR 30% lower than baseline" become "ALT increased", "platelets decreased", "eGFR decreased".
 * Labels and reporters give the threshold; the dictionary only says increased or decreased.
 * A comparison counts only when a number or a reference (ULN, LLN, baseline, normal) follows it, so
 * "above the knee" or "less than usual" stay as written.
 */
final class LabThresholds {

    private static final String UP = "(?:>=?|≥|=>|\\bgreater than(?: or equal to)?|\\bmore than|\\bhigher than"
            + "|\\babove|\\bexceed(?:s|ed|ing)?)";
    private static final String DOWN = "(?:<=?|≤|=<|\\bless than(?: or equal to)?|\\blower than|\\bbelow|\\bfewer than)";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    /** One piece of a quantity: a number, an operator or a unit, or a reference value. */
    private static final String PIECE = "(?:" + NUMBER + "|[x×*^%/()\\-+]|(?:times|fold|the|upper|lower|limits?|of|normal"
            + "|uln|lln|baseline|per|cells|mmhg|mm3|mm|m2|ms|msec|mg|mcg|ug|µg|mmol|umol|µmol|iu|dl|ml|l|g|kg|min|s|u)(?![a-z]))";
    private static final String QUANTITY = "(?:\\s*" + PIECE + ")+";
    private static final Pattern COMPARISON = Pattern.compile(
            "(?:" + NUMBER + "\\s*%?\\s*)?(" + UP + "|" + DOWN + ")(" + QUANTITY + ")", Pattern.CASE_INSENSITIVE);
    /** What makes a comparison a cut-off: a number, or a reference value to compare with. */
    private static final Pattern REFERENCE = Pattern.compile("\\d|uln|lln|baseline|normal");
    private static final Pattern DOWN_WORD = Pattern.compile(DOWN, Pattern.CASE_INSENSITIVE);
    /** "5 x ULN", "3 times the upper limit of normal", with no comparison word. */
    private static final Pattern MULTIPLE_OF_LIMIT = Pattern.compile(
            NUMBER + "\\s*(?:x|×|\\*|times|-?fold)\\s*(?:the\\s+)?(uln|lln|upper limit of normal|lower limit of normal)"
                    + "(?:" + QUANTITY + ")?", Pattern.CASE_INSENSITIVE);

    private LabThresholds() {
    }

    static String rewrite(String verbatim) {
        if (!mayHoldThreshold(verbatim)) {
            return verbatim;
        }
        Matcher m = COMPARISON.matcher(verbatim);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String quantity = m.group(2).toLowerCase(Locale.ROOT);
            if (!REFERENCE.matcher(quantity).find()) {
                continue;
            }
            boolean down = DOWN_WORD.matcher(m.group(1)).matches();
            m.appendReplacement(out, down ? " decreased " : " increased ");
        }
        m.appendTail(out);
        Matcher multiple = MULTIPLE_OF_LIMIT.matcher(out.toString());
        StringBuilder result = new StringBuilder();
        while (multiple.find()) {
            boolean lower = multiple.group(1).toLowerCase(Locale.ROOT).startsWith("l");
            multiple.appendReplacement(result, lower ? " decreased " : " increased ");
        }
        multiple.appendTail(result);
        return result.toString();
    }

    /** A cheap test that skips the regular expressions for the many verbatims with no digit or comparison sign. */
    private static boolean mayHoldThreshold(String verbatim) {
        for (int i = 0; i < verbatim.length(); i++) {
            char c = verbatim.charAt(i);
            if ((c >= '0' && c <= '9') || c == '<' || c == '>' || c == '≥' || c == '≤') {
                return true;
            }
        }
        String lower = verbatim.toLowerCase(Locale.ROOT);
        return lower.contains("baseline") || lower.contains("normal") || lower.contains("uln") || lower.contains("lln");
    }
}
