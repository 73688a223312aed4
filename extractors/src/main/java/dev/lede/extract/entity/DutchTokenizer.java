package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokenises Dutch the way the CoNLL-2002 Dutch data is tokenised, which is what the Dutch model was
 * trained on: punctuation split off, but compounds ("ByteDance-oprichter"), possessives ("Nvidia's"),
 * elisions ("'s", "'n"), initials ("J.") and abbreviations ("o.a.", "dr.") kept whole. The PTB tokeniser
 * would split "Nvidia's" into two tokens, a sequence the Dutch model never saw. Thread-safe.
 */
final class DutchTokenizer implements SentenceTokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "dr", "drs", "mr", "mrs", "ir", "ing", "prof", "fr", "tel", "nr", "blz", "bijv", "bv", "enz", "etc",
            "ca", "resp", "jr", "sr", "st", "mevr", "dhr", "gem", "cm", "km", "min", "max", "vs", "inc", "ltd",
            "corp", "co", "jan", "feb", "apr", "aug", "sept", "sep", "okt", "nov", "dec", "mln", "mld", "mrd");
    private static final String OPENERS = "\"'([{«„“‘‹";
    private static final String CLOSERS = "\"')]}»”’›,;:!?…";

    @Override
    public List<List<CoreLabel>> sentences(String text, int offset) {
        List<CoreLabel> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start < i) {
                chunk(text, start, i, offset, tokens);
            }
        }
        return new WordToSentenceProcessor<CoreLabel>().process(tokens);
    }

    /** Splits one whitespace-delimited chunk into leading punctuation, the word, and trailing punctuation. */
    private static void chunk(String text, int start, int end, int offset, List<CoreLabel> out) {
        List<CoreLabel> tail = new ArrayList<>();
        // leading punctuation, but not the apostrophe of an elision ('s, 't, 'n, '81)
        while (start < end && OPENERS.indexOf(text.charAt(start)) >= 0 && !isElision(text, start, end)) {
            out.add(token(text, start, start + 1, offset));
            start++;
        }
        while (end > start) {
            char c = text.charAt(end - 1);
            boolean apostrophe = c == '\'' || c == '’';
            if (apostrophe && end - start > 2 && text.charAt(end - 2) == 's' && Character.isUpperCase(text.charAt(start))) {
                break; // "Mercedes'": a possessive apostrophe after s stays with the name, as in the training data
            }
            if (CLOSERS.indexOf(c) >= 0) {
                tail.add(0, token(text, end - 1, end, offset));
                end--;
            } else if (c == '.' && !keepsPeriod(text, start, end)) {
                // "..." stays one token
                int dots = end;
                while (dots > start && text.charAt(dots - 1) == '.') {
                    dots--;
                }
                tail.add(0, token(text, dots, end, offset));
                end = dots;
            } else {
                break;
            }
        }
        if (start < end) {
            out.add(token(text, start, end, offset));
        }
        out.addAll(tail);
    }

    private static boolean isElision(String text, int start, int end) {
        char c = text.charAt(start);
        if ((c != '\'' && c != '’') || end - start < 2) {
            return false;
        }
        String rest = text.substring(start + 1, end).replaceAll("[\\p{Punct}”’»]+$", "");
        return rest.equals("s") || rest.equals("t") || rest.equals("n") || rest.equals("k") || rest.matches("\\d\\d");
    }

    /** Whether the final period belongs to the word: an initial, a dotted abbreviation or a known one. */
    private static boolean keepsPeriod(String text, int start, int end) {
        String word = text.substring(start, end - 1);
        if (word.isEmpty() || word.endsWith(".")) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // "J." initial, "u." in "u. weet"
        }
        if (word.indexOf('.') > 0 && word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '.')) {
            return true; // "o.a.", "J.B."
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static CoreLabel token(String text, int start, int end, int offset) {
        CoreLabel t = new CoreLabel();
        String w = text.substring(start, end);
        t.setWord(w);
        t.setValue(w);
        t.setOriginalText(w);
        t.setBeginPosition(start + offset);
        t.setEndPosition(end + offset);
        return t;
    }
}
