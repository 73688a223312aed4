package dev.lede.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A name may not start with a common word of its language: "Vroege investeerders", "Daar", "Wie",
 * "Volgens Altman", "maar" are a capitalised sentence start or a stray lower-case word that a model
 * took for a name. The common word goes (a one-word name goes entirely) where it starts the sentence or
 * is written in lower case, unless the same word is part of a name elsewhere in the article, away from
 * a sentence start ("Bos zei" after "Marieke Bos"). Name particles
 * stay: "Van der Does", "De Wever" and "de Consumentenbond" are for the model to judge.
 *
 * <p>Common words are those the language's CRF saw in lower case in training. The stage runs right
 * after the CRFs, so that the gazetteer and the rules see what is left: "Industrial AI" at a sentence
 * start leaves "AI", which the gazetteer knows as a generic term, and a known company dropped here
 * ("Apple" starting a sentence) is tagged again by the gazetteer.
 */
final class CommonWordsStage implements NerStage {
    /** Name particles of Dutch, English and the languages their news quotes: part of a name, not a common word. */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het", "'t",
            "vander", "vanden", "op", "in", "von", "zu", "la", "le", "du", "des", "di", "da", "del", "della", "dos",
            "das", "do", "el", "al", "bin", "ibn", "st", "mc", "mac", "o");
    /** The gazette of the Dutch CRF, whose PERTITLE entries are roles and titles ("oprichter", "CEO", "dr."). */
    private static final String ROLES = "/dev/lede/extract/entity/dutch-ner-gazette.txt";
    private final CommonWords lowercaseWords;
    private final Set<String> roles;

    /** @param lowercaseWords per language, the words its model saw in lower case */
    CommonWordsStage(CommonWords lowercaseWords) {
        this.lowercaseWords = lowercaseWords;
        this.roles = readRoles();
    }

    /**
     * Roles and titles count as common words whatever the model saw: a model may have met "oprichter" once
     * in lower case or never, and "Oprichter Zhang Yiming" at a sentence start is still a founder.
     */
    private static Set<String> readRoles() {
        Set<String> roles = new HashSet<>();
        try (var in = CommonWordsStage.class.getResourceAsStream(ROLES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROLES);
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split("\\s+", 2);
                if (parts.length == 2 && parts[0].equals("PERTITLE")) {
                    roles.add(parts[1].toLowerCase(Locale.ROOT));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Set.copyOf(roles);
    }

    @Override
    public String name() {
        return "common-words";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        Set<String> elsewhere = new HashSet<>();
        for (TaggedSentence s : article) {
            int first = firstWord(s);
            for (NameSpan n : s.names()) {
                for (int i = n.start(); i < n.end(); i++) {
                    if (i > first) {
                        elsewhere.add(NameKey.of(s.word(i)));
                    }
                }
            }
        }
        for (TaggedSentence s : article) {
            Set<String> common = lowercaseWords.of(s.language);
            int first = firstWord(s);
            for (NameSpan n : List.copyOf(s.names())) {
                if (!isPersonOrOrganisation(n)) {
                    continue;
                }
                int start = n.start();
                while (start < n.end() && isStrayCommonWord(s, start, first, common, elsewhere)) {
                    start++;
                }
                if (start == n.end()) {
                    s.remove(n);
                } else if (start > n.start()) {
                    s.replace(n, new NameSpan(start, n.end(), n.type(), n.source()));
                }
            }
        }
    }

    private boolean isStrayCommonWord(TaggedSentence s, int i, int first, Set<String> common, Set<String> elsewhere) {
        String word = s.word(i);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!(common.contains(lower) || roles.contains(lower)) || PARTICLES.contains(lower)) {
            return false;
        }
        boolean lowerCase = Character.isLowerCase(word.codePointAt(0));
        boolean atStart = i == first && !elsewhere.contains(NameKey.of(word));
        return lowerCase || atStart;
    }

    /** Index of the first token with a letter or digit: an opening quote or dash does not start a sentence. */
    private static int firstWord(TaggedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (NameKey.hasLetterOrDigit(s.word(i))) {
                return i;
            }
        }
        return s.size();
    }

    private static boolean isPersonOrOrganisation(NameSpan n) {
        return NameSpan.PER.equals(n.type()) || NameSpan.ORG.equals(n.type());
    }
}
