package dev.lede.extract.entity;

import java.util.List;

/**
 * A second opinion on foreign names in Dutch text. Dutch news is full of names that are no Dutch words
 * ("Swissair", "Napster", "Schlumberger"); the Dutch CRF, trained on 200,000 words of one Belgian paper,
 * often reads them as people, where the English CRF, trained with word clusters from a large English
 * corpus, knows them. For a Dutch sentence holding a name none of whose words is in the Dutch lexicon,
 * the English CRF's type marginals are left on the tokens; the document stage counts its reading as one
 * more where it is sure. The English CRF runs on no other Dutch sentence.
 */
final class ForeignNameStage implements NerStage {
    private final CrfStage english;

    /** @param english the CRF whose opinion is asked; the Dutch lexicon loads on the first Dutch sentence */
    ForeignNameStage(CrfStage english) {
        this.english = english;
    }

    @Override
    public String name() {
        return "foreign names";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        for (TaggedSentence s : article) {
            if ("nl".equals(s.language) && s.origin != TaggedSentence.Origin.TABLE
                    && s.names().stream().anyMatch(n -> isForeign(s, n))) {
                english.secondOpinion(s);
            }
        }
    }

    /**
     * Every word of the name is a word the lexicon could hold (with a lower-case letter: acronyms and
     * initials such as "KDM" or "J." are in no word list, so their absence says nothing) and is not in it.
     */
    private static boolean isForeign(TaggedSentence s, NameSpan n) {
        DutchLexicon lexicon = DutchLexicon.get();
        for (int i = n.start(); i < n.end(); i++) {
            String word = s.word(i);
            if (word.chars().noneMatch(Character::isLowerCase) || lexicon.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
