package dev.lede.extract.html;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The class-name word matcher agrees with the regexes it replaced, on names built to hit the edges. */
class NameWordsTest {
    private static final String[] WORDS = {"ad", "ads", "share", "lang-note", "toc-", "-toc", "nav"};

    @Test
    void wholeWordsNeedNonAlphanumericsAroundThem() {
        NameWords words = new NameWords(true, WORDS);
        assertTrue(words.foundIn("top-ad"));
        assertTrue(words.foundIn("ads"));
        assertTrue(words.foundIn("lang-note box"));
        assertFalse(words.foundIn("header shadow"));
        assertFalse(words.foundIn("lang-notes"));
        assertTrue(new NameWords(false, WORDS).foundIn("sharebar"));
    }

    @Test
    void agreesWithTheEquivalentRegexOnRandomNames() {
        String alternation = String.join("|", WORDS);
        Pattern anywhere = Pattern.compile(alternation);
        Pattern whole = Pattern.compile("(^|[^a-z0-9])(" + alternation + ")([^a-z0-9]|$)");
        NameWords anywhereWords = new NameWords(false, WORDS);
        NameWords wholeWords = new NameWords(true, WORDS);
        String alphabet = "adsharetocngv-_ 1é";
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String names = s.toString();
            assertEquals(anywhere.matcher(names).find(), anywhereWords.foundIn(names), names);
            assertEquals(whole.matcher(names).find(), wholeWords.foundIn(names), names);
        }
    }
}
