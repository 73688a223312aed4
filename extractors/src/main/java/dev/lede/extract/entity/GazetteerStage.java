package dev.lede.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Tags the names of the {@link Gazetteer}, longest match first, in every sentence including table
 * cells. A known name overrides what the CRF guessed for the same words ("Andreessen Horowitz" is a
 * company, not a person; "Claude" is a product), but a longer CRF name that contains it stays
 * ("Sequoia Capital China").
 */
final class GazetteerStage implements NerStage {
    private final Gazetteer gazetteer;

    GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "gazetteer";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        for (TaggedSentence s : article) {
            tag(s);
        }
    }

    private void tag(TaggedSentence s) {
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            Gazetteer.Entry entry = null;
            if (NameKey.hasLetterOrDigit(s.word(i))) {
                for (int len = Math.min(gazetteer.maxTokens(), s.size() - i); len >= 1; len--) {
                    if (!NameKey.hasLetterOrDigit(s.word(i + len - 1))) {
                        continue; // "OpenAI ," has the key of "OpenAI", but the comma is not part of the name
                    }
                    String surface = s.words(i, i + len);
                    Gazetteer.Entry e = gazetteer.lookupKey(NameKey.of(surface));
                    if (e != null && caseAgrees(surface, e)) {
                        matched = len;
                        entry = e;
                        break;
                    }
                }
            }
            if (entry == null) {
                i++;
                continue;
            }
            NameSpan span = new NameSpan(i, i + matched, entry.spanType(), name());
            if (!insideLongerName(s, span)) {
                s.put(span);
            }
            i += matched;
        }
    }

    static boolean caseAgrees(String surface, Gazetteer.Entry entry) {
        for (String form : Gazetteer.forms(entry)) {
            if (NameKey.of(form).equals(NameKey.of(surface)) && sameInitialCase(form, surface)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameInitialCase(String form, String surface) {
        String f = NameKey.stripPossessive(form);
        String s = NameKey.stripPossessive(surface);
        if (s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && f.chars().filter(Character::isUpperCase).count() > 0) {
            return true; // "OPENAI" in a shouted headline
        }
        String[] fw = f.split("\\s+");
        String[] sw = s.split("\\s+");
        if (fw.length != sw.length) {
            // tokenisation differs ("B.V." vs "B.V ."): compare the first word only
            return Character.isUpperCase(fw[0].codePointAt(0)) == Character.isUpperCase(sw[0].codePointAt(0));
        }
        for (int k = 0; k < fw.length; k++) {
            if (Character.isUpperCase(fw[k].codePointAt(0)) != Character.isUpperCase(sw[k].codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideLongerName(TaggedSentence s, NameSpan span) {
        List<NameSpan> overlapping = new ArrayList<>();
        for (NameSpan n : s.names()) {
            if (n.overlaps(span)) {
                overlapping.add(n);
            }
        }
        for (NameSpan n : overlapping) {
            if (n.start() <= span.start() && span.end() <= n.end() && n.length() > span.length()) {
                return true;
            }
        }
        return false;
    }
}
