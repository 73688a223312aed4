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
