package org.pvcoder.coding.index;

import java.util.Arrays;

/** Character trigrams of a text (padded with spaces), packed into sorted longs for a fast Dice coefficient. */
public final class Trigrams {

    private Trigrams() {
    }

    public static long[] of(String text) {
        String padded = " " + text + " ";
        int n = padded.length() - 2;
        if (n <= 0) {
            return new long[0];
        }
        long[] grams = new long[n];
        for (int i = 0; i < n; i++) {
            grams[i] = ((long) padded.charAt(i) << 32) | ((long) padded.charAt(i + 1) << 16) | padded.charAt(i + 2);
        }
        Arrays.sort(grams);
        return grams;
    }

    /** Dice coefficient of two sorted trigram multisets, in [0,1]. */
    public static double dice(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        // Written without branches on the comparison (the JIT emits conditional moves): in a merge of two
        // unrelated gram lists which side advances is unpredictable, and mispredictions cost more than the work.
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            common += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += x >= y ? 1 : 0;
        }
        return 2.0 * common / (a.length + b.length);
    }
}
