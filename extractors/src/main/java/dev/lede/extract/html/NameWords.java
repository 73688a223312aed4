package dev.lede.extract.html;

/**
 * A fixed set of lower-case words looked for in a class-and-id string, in one pass over it with the words
 * bucketed by first letter. A regex alternation of fifty words tries every word at every position, and
 * pages carry thousands of class names: it was the extractor's hottest spot.
 */
final class NameWords {
    private final String[][] byFirstChar = new String[128][];
    private final boolean wholeWords;

    /**
     * @param wholeWords whether a word counts only between non-alphanumerics ("ad" in "top-ad" but not in
     *                   "header"), or anywhere ("share" in "sharebar")
     */
    NameWords(boolean wholeWords, String... words) {
        this.wholeWords = wholeWords;
        for (String w : words) {
            char c = w.charAt(0);
            String[] bucket = byFirstChar[c];
            String[] grown = new String[bucket == null ? 1 : bucket.length + 1];
            if (bucket != null) {
                System.arraycopy(bucket, 0, grown, 0, bucket.length);
            }
            grown[grown.length - 1] = w;
            byFirstChar[c] = grown;
        }
    }

    /** Whether one of the words occurs in {@code names} (already lower-cased). */
    boolean foundIn(String names) {
        int n = names.length();
        for (int i = 0; i < n; i++) {
            char c = names.charAt(i);
            String[] bucket = c < 128 ? byFirstChar[c] : null;
            if (bucket == null || (wholeWords && i > 0 && isWordChar(names.charAt(i - 1)))) {
                continue;
            }
            for (String w : bucket) {
                int end = i + w.length();
                if (names.startsWith(w, i) && (!wholeWords || end == n || !isWordChar(names.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
