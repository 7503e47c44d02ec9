package org.pvcoder.coding.normalize;

/**
 * Folds British spellings onto one canonical (American) form, token by token, so "haemorrhage",
 * "oedema", "anaemic" and "paediatric" meet "hemorrhage", "edema", "anemic" and "pediatric".
 * Applied identically to dictionary names and verbatims, so a rule only has to be consistent,
 * not linguistically perfect (e.g. "bruise" becomes "bruize" on both sides).
 */
public final class SpellingVariants {

    private static final String[][] INFIXES = {
            {"haem", "hem"}, {"aem", "em"}, {"aec", "ec"}, {"oedem", "edem"}, {"oesoph", "esoph"},
            {"oestr", "estr"}, {"foet", "fet"}, {"coel", "cel"}, {"oea", "ea"}, {"paed", "ped"},
            {"anaes", "anes"}, {"aesth", "esth"}, {"leuc", "leuk"}, {"sulph", "sulf"}, {"ageing", "aging"},
            {"tumour", "tumor"}, {"behaviour", "behavior"}, {"colour", "color"}, {"odour", "odor"},
            {"humour", "humor"}, {"flavour", "flavor"}, {"labour", "labor"}, {"vapour", "vapor"},
            {"rigour", "rigor"}, {"favour", "favor"}, {"mould", "mold"}, {"grey", "gray"},
    };

    private static final String[][] SUFFIXES = {
            {"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"},
            {"ising", "izing"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ysing", "yzing"},
            {"centre", "center"}, {"centres", "centers"}, {"litre", "liter"}, {"litres", "liters"},
            {"fibre", "fiber"}, {"fibres", "fibers"}, {"metre", "meter"}, {"metres", "meters"},
            {"theatre", "theater"},
    };

    private SpellingVariants() {
    }

    /** The canonical spelling of one lower-case token. */
    public static String canonical(String token) {
        if (token.length() < 4) {
            return token;
        }
        String t = token;
        for (String[] rule : INFIXES) {
            if (t.contains(rule[0])) {
                t = t.replace(rule[0], rule[1]);
            }
        }
        for (String[] rule : SUFFIXES) {
            if (t.endsWith(rule[0]) && t.length() > rule[0].length() + 1) {
                t = t.substring(0, t.length() - rule[0].length()) + rule[1];
                break;
            }
        }
        return t;
    }
}
