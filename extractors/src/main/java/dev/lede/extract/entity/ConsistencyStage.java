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
    /** A second opinion counts where its model is this sure, with this weight against the mention's own CRF. */
    private static final double SURE = 0.8;
    private static final double SECOND_OPINION_WEIGHT = 0.5;
    private static final List<String> TIE_ORDER = List.of(NameSpan.ORG, NameSpan.PER, NameSpan.PRODUCT,
            NameSpan.LOC, NameSpan.MISC, NameSpan.TERM);

    @Override
    public String name() {
        return "document";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        dropUnconfirmedTitleCaseNames(article);
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

    /**
     * Key → the type of its mentions in the article. A gazetteer type wins over CRF votes, and a rule's
     * specific pattern outweighs the CRF's guesses elsewhere. Where the CRF read a name in several ways, each
     * mention votes with the CRF's marginals rather than one vote for its decoded type: a name read as a
     * company five times, each time unsure, and as a person four times, each time sure, is a person.
     */
    private static Map<String, String> majorityTypes(List<TaggedSentence> article) {
        Map<String, Map<String, Double>> votes = new HashMap<>();
        Map<String, Map<String, Integer>> readings = new HashMap<>();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                String key = NameKey.of(s.words(n.start(), n.end()));
                if (key.isEmpty()) {
                    continue;
                }
                readings.computeIfAbsent(key, k -> new HashMap<>()).merge(n.type(), 1, Integer::sum);
                Map<String, Double> counts = votes.computeIfAbsent(key, k -> new HashMap<>());
                double weight = switch (n.source()) {
                    case "gazetteer" -> 1000;
                    case "rules", "products" -> 3;
                    default -> 1;
                };
                double[] probabilities = weight == 1 ? s.typeProbabilities(n.start(), n.end()) : null;
                if (probabilities == null) {
                    counts.merge(n.type(), weight, Double::sum);
                } else {
                    add(counts, probabilities, 1);
                    double[] second = s.secondOpinion(n.start(), n.end());
                    int sure = second == null ? -1 : sureType(second);
                    if (sure >= 0) {
                        readings.get(key).merge(CrfStage.MARGINAL_TYPES.get(sure), 1, Integer::sum);
                        add(counts, second, SECOND_OPINION_WEIGHT);
                    }
                }
            }
        }
        Map<String, String> types = new HashMap<>();
        votes.forEach((key, counts) -> types.put(key, decide(readings.get(key), counts)));
        return types;
    }

    private static void add(Map<String, Double> counts, double[] probabilities, double weight) {
        for (int k = 0; k < probabilities.length; k++) {
            counts.merge(CrfStage.MARGINAL_TYPES.get(k), weight * probabilities[k], Double::sum);
        }
    }

    /** The type another language's CRF gives at least {@link #SURE} of its weight, or -1. */
    private static int sureType(double[] probabilities) {
        for (int k = 0; k < probabilities.length; k++) {
            if (probabilities[k] >= SURE) {
                return k;
            }
        }
        return -1;
    }

    private static String decide(Map<String, Integer> readings, Map<String, Double> votes) {
        if (readings.size() == 1) {
            // undisputed: the decoded type stands (marginals summed over one mention may lean elsewhere)
            return readings.keySet().iterator().next();
        }
        if (readings.size() == 2 && readings.containsKey(NameSpan.ORG)
                && readings.get(NameSpan.ORG).equals(readings.get(NameSpan.PER))) {
            // as often a company as a person: in business news an unknown name read both ways is more often one
            return NameSpan.ORG;
        }
        return votes.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(e -> -TIE_ORDER.indexOf(e.getKey())))
                .orElseThrow().getKey();
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
