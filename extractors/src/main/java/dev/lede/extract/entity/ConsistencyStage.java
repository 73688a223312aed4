package dev.lede.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article, one reading of each name: a name recognised anywhere in the article (body, title,
 * summary, in either language) is tagged wherever else the same words appear untagged, and every
 * occurrence takes the type most of them got. This is how a name the English model finds in the body
 * of a Dutch-edition page is found in its Dutch title and summary too, and how a surname left untagged
 * in one sentence joins the full name found in another.
 *
 * <p>Title Case headlines make a CRF see names everywhere ("The Great AI Cash-Out"), so in a Title Case
 * title only names confirmed elsewhere in the article are kept.
 */
final class ConsistencyStage implements NerStage {
    private static final int MAX_TOKENS = 6;
    private static final List<String> TIE_ORDER = List.of(NameSpan.ORG, NameSpan.PER, NameSpan.PRODUCT,
            NameSpan.LOC, NameSpan.MISC, NameSpan.TERM);
    /** Name particles of Dutch, English and the languages their news quotes: part of a name, not a common word. */
    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het", "'t",
            "vander", "vanden", "op", "in", "von", "zu", "la", "le", "du", "des", "di", "da", "del", "della", "dos",
            "das", "do", "el", "al", "bin", "ibn", "st", "mc", "mac", "o");
    private final CommonWords lowercaseWords;

    /**
     * @param lowercaseWords per language, words its model saw in lower case: a capitalised one at the
     *                       start of a sentence, tagged nowhere else in the article, is no name ("Board")
     */
    ConsistencyStage(CommonWords lowercaseWords) {
        this.lowercaseWords = lowercaseWords;
    }

    @Override
    public String name() {
        return "document";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        dropUnconfirmedTitleCaseNames(article);
        trimCommonWords(article);
        Map<String, String> types = majorityTypes(article);
        Set<String> surnames = surnames(article, types);
        for (TaggedSentence s : article) {
            for (NameSpan n : List.copyOf(s.names())) {
                String type = types.get(NameKey.of(s.words(n.start(), n.end())));
                if (type != null && !type.equals(n.type())) {
                    s.replace(n, n.withType(type, name()));
                }
            }
            propagate(s, types, surnames);
        }
    }

    private void propagate(TaggedSentence s, Map<String, String> types, Set<String> surnames) {
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            String type = null;
            if (s.nameAt(i) == null && Character.isUpperCase(s.word(i).codePointAt(0))) {
                for (int len = Math.min(MAX_TOKENS, s.size() - i); len >= 1; len--) {
                    if (!s.isFree(i, i + len) || !NameKey.hasLetterOrDigit(s.word(i + len - 1))) {
                        continue;
                    }
                    String key = NameKey.of(s.words(i, i + len));
                    String t = types.get(key);
                    if (t == null && len == 1 && surnames.contains(key)) {
                        t = NameSpan.PER;
                    }
                    if (t != null) {
                        matched = len;
                        type = t;
                        break;
                    }
                }
            }
            if (type != null) {
                s.put(new NameSpan(i, i + matched, type, name()));
                i += matched;
            } else {
                i++;
            }
        }
    }

    /** Key → type most often given to it in the article (a gazetteer type wins over CRF votes). */
    private static Map<String, String> majorityTypes(List<TaggedSentence> article) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                String key = NameKey.of(s.words(n.start(), n.end()));
                if (key.isEmpty()) {
                    continue;
                }
                // a known name settles it; a rule's specific pattern outweighs the CRF's guesses elsewhere
                int weight = switch (n.source()) {
                    case "gazetteer" -> 1000;
                    case "rules", "products" -> 3;
                    default -> 1;
                };
                votes.computeIfAbsent(key, k -> new HashMap<>()).merge(n.type(), weight, Integer::sum);
            }
        }
        Map<String, String> types = new HashMap<>();
        // on a tie a company wins: in business news an unknown name read both ways is more often one
        votes.forEach((key, counts) -> types.put(key, counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> -TIE_ORDER.indexOf(e.getKey())))
                .orElseThrow().getKey()));
        return types;
    }

    /** Last words of multi-word person names: "Sutskever" alone is the same person. */
    private static Set<String> surnames(List<TaggedSentence> article, Map<String, String> types) {
        Set<String> surnames = new HashSet<>();
        types.forEach((key, type) -> {
            int space = key.lastIndexOf(' ');
            if (NameSpan.PER.equals(type) && space > 0) {
                surnames.add(key.substring(space + 1));
            }
        });
        surnames.removeIf(types::containsKey); // a surname already known as something else stays that
        return surnames;
    }

    /**
     * A name may not start with a common word of its language: "Vroege investeerders", "Daar", "Wie",
     * "Volgens Altman", "maar" are a capitalised sentence start or a stray lower-case word the model took
     * for a name. The common word goes (a one-word name goes entirely) where it starts the sentence or
     * is written in lower case, unless a gazetteer vouches for the name or the same word is a name
     * somewhere else in the article, away from a sentence start. Name particles stay: "Van der Does",
     * "De Wever" and "de Consumentenbond" are for the model to judge.
     */
    private void trimCommonWords(List<TaggedSentence> article) {
        Set<String> elsewhere = new HashSet<>();
        for (TaggedSentence s : article) {
            int first = firstWord(s);
            for (NameSpan n : s.names()) {
                for (int i = n.start(); i < n.end(); i++) {
                    if (i > first || "gazetteer".equals(n.source())) {
                        elsewhere.add(NameKey.of(s.word(i)));
                    }
                }
            }
        }
        for (TaggedSentence s : article) {
            Set<String> common = lowercaseWords.of(s.language);
            if (common.isEmpty()) {
                continue;
            }
            int first = firstWord(s);
            for (NameSpan n : List.copyOf(s.names())) {
                if ("gazetteer".equals(n.source()) || !isPersonOrOrganisation(n)) {
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

    private static boolean isStrayCommonWord(TaggedSentence s, int i, int first, Set<String> common, Set<String> elsewhere) {
        String word = s.word(i);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!common.contains(lower) || PARTICLES.contains(lower)) {
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

    private static void dropUnconfirmedTitleCaseNames(List<TaggedSentence> article) {
        Set<String> confirmed = new HashSet<>();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                if (s.origin != TaggedSentence.Origin.TITLE || "gazetteer".equals(n.source())) {
                    confirmed.add(NameKey.of(s.words(n.start(), n.end())));
                }
            }
        }
        for (TaggedSentence s : article) {
            if (s.origin == TaggedSentence.Origin.TITLE && isTitleCase(s)) {
                s.names().removeIf(n -> !confirmed.contains(NameKey.of(s.words(n.start(), n.end()))));
            }
        }
    }

    /** Most longer words capitalised: "The Great AI Cash-Out: 600 People" rather than a sentence. */
    static boolean isTitleCase(TaggedSentence s) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.word(i);
            if (w.length() > 3 && Character.isLetter(w.codePointAt(0))) {
                words++;
                if (Character.isUpperCase(w.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }
}
