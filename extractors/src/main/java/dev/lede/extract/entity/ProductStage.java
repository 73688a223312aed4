package dev.lede.extract.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps product and model names out of the people and company lists: a CRF trained on 1990s newswire
 * reads "Claude", "Gemini" or "Grok" as a person. Evidence, in order:
 * <ul>
 *   <li>a version follows the name ("Grok 3", "Llama 3 405B", "Claude 3.5 Sonnet", "DeepSeek V4"),
 *       or the name has digits in it ("GPT-4o", "Qwen2.5"): people's names carry no version numbers;</li>
 *   <li>a product noun follows it ("the Gemini chatbot", "Optimus robots", "Llama-modellen");</li>
 *   <li>a company's possessive precedes a single word ("Anthropic's Claude", "Tesla's Optimus");</li>
 * </ul>
 * and a name found to be a product once is a product everywhere in the article. A company known to the
 * gazetteer stays a company before a product noun ("Nvidia chips"), and a person's full name found in
 * the article keeps its surname a person.
 */
final class ProductStage implements NerStage {
    private static final Pattern VERSION = Pattern.compile(
            "(?i)v?\\d+(?:\\.\\d+)*[a-z]?|\\d+(?:\\.\\d+)?[bmk]|\\d+x\\d+[bm]?|[a-z]?\\d+[a-z]{0,2}|o\\d|r\\d");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    // "VTM 22.15", "ARD 0.45": a clock time (a TV guide, a timetable) is no version, and neither is the day of
    // a date ("DM 26 / 7 / 2000")
    private static final Pattern CLOCK = Pattern.compile("(?:[01]?\\d|2[0-3])[.:][0-5]\\d");
    private static final Pattern TIER = Pattern.compile(
            "Pro|Ultra|Flash|Sonnet|Opus|Haiku|Mini|mini|Turbo|Max|Nano|Lite|Plus|Instruct|Chat|Vision|Coder|Large|Small|Medium|Air|Omni");
    private static final Pattern PRODUCT_NOUN = Pattern.compile(
            "(?i)models?|chatbots?|assistants?|apps?|chips?|robots?|robotaxis?|glasses|headsets?|browsers?|phones?|"
                    + "smartphones?|series|family|agents?|gpus?|processors?|accelerators?|software|tools?|platform|"
                    + "modell?en|assistent(?:en)?|toestellen|video generator|generator|api|engine|system|"
                    + "llms?|language models?|image generator|subscription|abonnement|update|release|versie|version");
    // before a name, only nouns that never stand before a person ("assistant" does: "research assistant Jane")
    private static final Pattern PRODUCT_NOUN_BEFORE = Pattern.compile(
            "chatbots?|models?|apps?|browsers?|robots?|agents?|platform|tools?|product|modell?en|systeem|system");
    private static final Pattern ARTICLE = Pattern.compile("(?i)an?|the|its|their|een|het|de|zijn|haar|hun");
    private static final Pattern PHRASE_END = Pattern.compile(
            "(?i)[,.;:)]|for|of|that|which|from|in|on|with|by|to|voor|van|die|dat|uit|in|op|met|door|om");
    private static final Pattern PERCENT = Pattern.compile("%|(?i)percent|per|procent|pct");
    private static final Pattern DIGIT = Pattern.compile(".*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*");

    private final Gazetteer gazetteer;

    ProductStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "products";
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        Set<String> personNames = new HashSet<>();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                if (NameSpan.PER.equals(n.type()) && n.length() >= 2 && !hasDigits(s, n)) {
                    String key = NameKey.of(s.words(n.start(), n.end()));
                    personNames.add(key);
                    personNames.add(key.substring(key.lastIndexOf(' ') + 1));
                }
            }
        }
        Set<String> products = new HashSet<>();
        for (TaggedSentence s : article) {
            trimProductNouns(s);
            versions(s, products);
            for (NameSpan n : List.copyOf(s.names())) {
                if (!NameSpan.PER.equals(n.type()) && !NameSpan.ORG.equals(n.type()) && !NameSpan.MISC.equals(n.type())) {
                    continue;
                }
                String key = NameKey.of(s.words(n.start(), n.end()));
                if (personNames.contains(key) && !hasDigits(s, n) || isKnownCompany(key)) {
                    continue;
                }
                if (hasDigits(s, n) || productNounFollows(s, n) || productApposition(s, n)
                        || !(NameSpan.PER.equals(n.type()) && n.length() > 1) && productNounBefore(s, n)
                        || NameSpan.PER.equals(n.type()) && companyPossessive(s, n)) {
                    s.replace(n, n.withType(NameSpan.PRODUCT, name()));
                    products.add(key);
                }
            }
        }
        if (products.isEmpty()) {
            return;
        }
        for (TaggedSentence s : article) {
            for (NameSpan n : List.copyOf(s.names())) {
                String key = NameKey.of(s.words(n.start(), n.end()));
                if (!NameSpan.PRODUCT.equals(n.type()) && products.contains(key) && !"gazetteer".equals(n.source())) {
                    s.replace(n, n.withType(NameSpan.PRODUCT, name()));
                }
            }
        }
    }

    /** "Nvidia GPUs", "Blackwell chips": the CRF took the product noun into the name; the name ends before it. */
    private static void trimProductNouns(TaggedSentence s) {
        for (NameSpan n : List.copyOf(s.names())) {
            String last = n.length() >= 2 ? s.word(n.end() - 1) : "";
            // lower case ("chips") or an acronym plural ("GPUs"); a capitalised "Software" may end a company name
            if (PRODUCT_NOUN.matcher(last).matches()
                    && (Character.isLowerCase(last.codePointAt(0)) || last.matches("\\p{Lu}{2,}s"))) {
                s.replace(n, new NameSpan(n.start(), n.end() - 1, n.type(), n.source()));
            }
        }
    }

    /** "Grok 3", "Gemini 1.5 Pro", "DeepSeek V4": a capitalised name followed by a version becomes one product. */
    private void versions(TaggedSentence s, Set<String> products) {
        for (int i = 0; i + 1 < s.size(); i++) {
            String w = s.word(i);
            String next = s.word(i + 1);
            if (!Character.isUpperCase(w.codePointAt(0)) || !VERSION.matcher(next).matches() || YEAR.matcher(next).matches()
                    || CLOCK.matcher(next).matches()
                    || i + 2 < s.size() && (PERCENT.matcher(s.word(i + 2)).matches() || s.word(i + 2).equals("/"))) {
                continue;
            }
            NameSpan at = s.nameAt(i);
            if (at == null && !Character.isLetter(w.codePointAt(w.length() - 1))) {
                continue;
            }
            int start = at == null ? i : at.start();
            if (at != null && at.end() != i + 1 || at != null && NameSpan.LOC.equals(at.type())) {
                continue; // "Windows 11" inside a longer name, or "Route 66"
            }
            int end = i + 2;
            while (end < s.size() && (TIER.matcher(s.word(end)).matches() || VERSION.matcher(s.word(end)).matches()
                    && !YEAR.matcher(s.word(end)).matches())) {
                end++;
            }
            if (at == null && start == i && !plausibleProductName(w)) {
                continue;
            }
            s.put(new NameSpan(start, end, NameSpan.PRODUCT, name()));
            products.add(NameKey.of(s.words(start, i + 1)));
            i = end - 1;
        }
    }

    /** An untagged capitalised word before a version: a product unless it is a common sentence word. */
    private static boolean plausibleProductName(String word) {
        return word.length() >= 3 && !word.equals(word.toUpperCase(java.util.Locale.ROOT)) || word.length() >= 2
                && word.chars().anyMatch(Character::isLowerCase);
    }

    private boolean isKnownCompany(String key) {
        Gazetteer.Entry e = gazetteer.lookupKey(key);
        return e != null && !"product".equals(e.kind()) && !"person".equals(e.kind());
    }

    private static boolean hasDigits(TaggedSentence s, NameSpan n) {
        for (int i = n.start(); i < n.end(); i++) {
            if (DIGIT.matcher(s.word(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean productNounFollows(TaggedSentence s, NameSpan n) {
        int next = n.end();
        if (next < s.size() && s.word(next).equals("-") && next + 1 < s.size()) {
            next++; // "Llama - modellen" after compound splitting
        }
        return next < s.size() && PRODUCT_NOUN.matcher(s.word(next)).matches();
    }

    /** "its triage chatbot, Aster", "the model Polaris". */
    private static boolean productNounBefore(TaggedSentence s, NameSpan n) {
        int before = n.start() - 1;
        if (before >= 0 && s.word(before).equals(",")) {
            before--;
        }
        return before >= 0 && PRODUCT_NOUN_BEFORE.matcher(s.word(before)).matches();
    }

    /**
     * "Polaris, an open model for weather forecasting": an apposition whose head noun (its last word
     * before a preposition or the end of the phrase) is a product noun; "Synopsys, the chip-design software
     * maker" has the head "maker" and stays a company.
     */
    private static boolean productApposition(TaggedSentence s, NameSpan n) {
        int i = n.end();
        if (i + 2 >= s.size() || !s.word(i).equals(",") || !ARTICLE.matcher(s.word(i + 1)).matches()) {
            return false;
        }
        String head = null;
        for (int k = i + 2; k < Math.min(s.size(), i + 8) && !PHRASE_END.matcher(s.word(k)).matches(); k++) {
            head = s.word(k);
        }
        return head != null && PRODUCT_NOUN.matcher(head).matches();
    }

    /** "Anthropic's Claude": a single word right after a company's possessive. */
    private static boolean companyPossessive(TaggedSentence s, NameSpan n) {
        if (n.length() != 1 || n.start() < 2) {
            return false;
        }
        String before = s.word(n.start() - 1);
        NameSpan owner = s.nameAt(n.start() - 2);
        if ((before.equals("'s") || before.equals("’s")) && owner != null && NameSpan.ORG.equals(owner.type())) {
            return true;
        }
        NameSpan glued = s.nameAt(n.start() - 1); // Dutch keeps "Anthropic's" as one token
        return glued != null && NameSpan.ORG.equals(glued.type()) && NameKey.possessiveLength(before) > 0;
    }
}
