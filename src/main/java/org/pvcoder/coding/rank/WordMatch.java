package org.pvcoder.coding.rank;

/**
 * How well two stems match: 1 when equal, less for a shared long prefix ("prurit-us" / "prurit-ic") or a
 * small typo ("diarhea"), 0 otherwise. Opposite prefixes (hypo/hyper, tachy/brady) never match.
 */
public final class WordMatch {

    private WordMatch() {
    }

    public static double quality(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 5) {
            return 0;
        }
        // Under 3 shared letters a pair scores 0, opposite or not: most pairs are settled here, at their first letter.
        int prefix = commonPrefix(a, b);
        if (prefix < 3 || opposite(a, b)) {
            return 0;
        }
        if (prefix >= 5 && prefix >= 0.75 * shorter) {
            return 0.85;
        }
        int distance = boundedEditDistance(a, b, 2);
        if (distance == 1) {
            return 0.8;
        }
        if (distance == 2 && shorter >= 8) {
            return 0.65;
        }
        return 0;
    }

    private static boolean opposite(String a, String b) {
        return differ(a, b, "hypo", "hyper") || differ(a, b, "tachy", "brady") || differ(a, b, "micro", "macro")
                || differ(a, b, "hyper", "hypo");
    }

    private static boolean differ(String a, String b, String p, String q) {
        return (a.startsWith(p) && b.startsWith(q)) || (a.startsWith(q) && b.startsWith(p));
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance, or {@code max + 1} as soon as it must exceed {@code max}. */
    static int boundedEditDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }
}
