package dev.lede.extract.html;

/** Counting words and punctuation the cheap way, for scoring blocks. */
final class Words {
    private Words() {
    }

    /** Runs of letters or digits. */
    static int count(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Commas, full stops, question and exclamation marks, semicolons and colons (also CJK ones). */
    static int sentencePunctuation(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case ',', '.', '!', '?', ';', ':', '\u3002', '\uff0c', '\uff01', '\uff1f', '\u060c' -> n++;
                default -> {
                }
            }
        }
        return n;
    }
}
