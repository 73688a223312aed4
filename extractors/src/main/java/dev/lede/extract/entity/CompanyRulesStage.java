package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company and person patterns the CRFs miss in business news, written as CoreNLP TokensRegex rules
 * ({@code company.rules}): a name ending in a corporate word ("Pollen Robotics", "Codana B.V."), a name
 * after a company noun ("chipmaker Nvidia", "de softwaremaker Codana") or in an apposition ("Harvey, a
 * legal AI start-up"), after a verb whose object is an organisation ("who runs Condé Nast"), an
 * organisation word with "of" and a place ("Bank of England"), and a full name after a role ("topman
 * Roy Jakobs").
 *
 * <p>TokensRegex tries every rule at every token, which costs about as much as the CRF itself; so the
 * rules file groups its rules under {@code @trigger} lines naming the word classes that must be
 * present, and each group runs only on a window around its trigger words. A group may also state, on
 * {@code @requires} lines, what the tokens near a trigger word must carry for any of its rules to match
 * there ("of" in "Bank of England" needs an organisation before it); a window none of whose trigger
 * words meets one of those lines is skipped.
 *
 * <p>A rule's company overrides what the CRF guessed for the same words, except that a CRF person of
 * two or more words stays a person unless the rule's name ends in a corporate word. Thread-safe: each
 * thread gets its own extractors, since TokensRegex matching keeps state.
 */
final class CompanyRulesStage implements NerStage {
    static final String RULES = "/dev/lede/extract/entity/company.rules";
    private static final int BEFORE = 10; // a name of 3 words, a comma, an article and 4 words of apposition
    private static final int AFTER = 6;
    private static final Pattern MACRO = Pattern.compile("(?m)^(\\$\\w+)\\s*=\\s*\"/(.*)/\"\\s*$");
    private static final Pattern TRIGGER = Pattern.compile("(?m)^# @trigger (.+)$");
    private static final Pattern REQUIRES = Pattern.compile("(?m)^# @requires (.+)$");
    private static final Pattern CONDITION = Pattern.compile("([+-]?\\d+)(?:\\.\\.([+-]?\\d+))?:(ner|tag|word)=(\\S+)");
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\p{L}\\p{N}&.'’+-]*");
    private static final Pattern NOT_NAME = Pattern.compile("(?i)the|an?|this|that|these|its|their|our|his|her|de|het|een|"
            + "dit|deze|die|zijn|haar|hun|in|on|at|for|and|en|of|van|bij|met|voor|but|maar|as|als|when|toen|after|na|"
            + "while|terwijl|last|next|new|nieuwe|chief|executive|ceo|founder|oprichter|topman|topvrouw");
    // adjectives of place: "Chinese", "British", "Europese", "Amsterdamse" (Dutch capitalises them too)
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:se|sche|ese|ish|ian|ean)");
    // a compound ending in a lower-case noun is a noun, not part of a name: "IT-bedrijf", "Knesset-leden"
    private static final Pattern COMMON_COMPOUND = Pattern.compile(".*-\\p{Ll}{3,}");
    private static final Pattern CORPORATE_END = Pattern.compile(
            "Inc\\.?|Corp\\.?|Corporation|Co\\.|Ltd\\.?|Limited|LLC|plc|PLC|GmbH|AG|S\\.A\\.|SA|SE|N\\.V\\.|NV|B\\.V\\.|BV"
                    + "|Holdings?|Group|Groep|Capital|Ventures|Partners|Robotics|Labs?|Technologies|Systems|Analytics|Trading|Insurance");

    /**
     * A group of rules, the words that trigger it, and what a match needs around a trigger word: one of the
     * {@code requires} lines, each a list of conditions that must all hold (no lines: nothing required).
     */
    record RuleGroup(Pattern trigger, String source, List<List<Condition>> requires) {
        /** Whether the trigger word at {@code at} meets a line of conditions, so that a rule of the group may match there. */
        boolean admits(List<CoreLabel> tokens, int at) {
            if (requires.isEmpty()) {
                return true;
            }
            for (List<Condition> line : requires) {
                if (line.stream().allMatch(c -> c.holds(tokens, at))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Some token from {@code from} to {@code to} tokens (inclusive) away from a trigger word has an
     * {@code attribute} (ner, tag or word) that {@code value} matches, as the rules see it when they run
     * (an earlier group may have annotated it).
     */
    record Condition(int from, int to, String attribute, Pattern value) {
        boolean holds(List<CoreLabel> tokens, int at) {
            for (int i = Math.max(0, at + from); i <= at + to && i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                String v = switch (attribute) {
                    case "ner" -> t.ner();
                    case "tag" -> t.tag();
                    default -> t.word();
                };
                if (v != null && value.matcher(v).matches()) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<RuleGroup> groups;
    private final ThreadLocal<List<CoreMapExpressionExtractor<MatchedExpression>>> extractors;

    private final CommonWords lowercaseWords;

    /**
     * @param lowercaseWords per language, words its model saw in lower case: such a word capitalised at the
     *                       start of a sentence is no name word for the rules ("Industrial AI has been ...")
     */
    CompanyRulesStage(CommonWords lowercaseWords) {
        this.lowercaseWords = lowercaseWords;
        this.groups = parse(readRules());
        this.extractors = ThreadLocal.withInitial(() -> {
            List<CoreMapExpressionExtractor<MatchedExpression>> list = new ArrayList<>();
            for (RuleGroup g : groups) {
                list.add(compile(g.source()));
            }
            return list;
        });
    }

    @Override
    public String name() {
        return "rules";
    }

    private static String readRules() {
        try (InputStream in = CompanyRulesStage.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("rules resource missing: " + RULES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the file into a shared header (variables, macros) and one rule group per {@code @trigger} line. */
    static List<RuleGroup> parse(String text) {
        Matcher t = TRIGGER.matcher(text);
        List<int[]> marks = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        while (t.find()) {
            marks.add(new int[] {t.start(), t.end()});
            triggers.add(t.group(1).strip());
        }
        if (marks.isEmpty()) {
            throw new IllegalStateException(RULES + ": no '# @trigger' line");
        }
        String header = text.substring(0, marks.get(0)[0]);
        List<RuleGroup> groups = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
            List<String> alternatives = new ArrayList<>();
            for (String macro : triggers.get(i).split("\\s+")) {
                alternatives.add("(?:" + macroRegex(header, macro) + ")");
            }
            String rules = text.substring(marks.get(i)[1], end);
            groups.add(new RuleGroup(Pattern.compile(String.join("|", alternatives)), header + rules, requires(rules)));
        }
        return groups;
    }

    /** The conditions of each of a group's {@code @requires} lines ("-1:ner=ORG 0:tag=OF", "-6..-2:word=,"). */
    private static List<List<Condition>> requires(String rules) {
        Matcher r = REQUIRES.matcher(rules);
        List<List<Condition>> lines = new ArrayList<>();
        while (r.find()) {
            List<Condition> conditions = new ArrayList<>();
            for (String part : r.group(1).strip().split("\\s+")) {
                Matcher c = CONDITION.matcher(part);
                if (!c.matches()) {
                    throw new IllegalStateException(RULES + ": '" + part + "' in '@requires " + r.group(1)
                            + "' is not 'OFFSET:ner|tag|word=REGEX' or 'FROM..TO:ner|tag|word=REGEX'");
                }
                int from = Integer.parseInt(c.group(1));
                int to = c.group(2) == null ? from : Integer.parseInt(c.group(2));
                conditions.add(new Condition(Math.min(from, to), Math.max(from, to), c.group(3), Pattern.compile(c.group(4))));
            }
            lines.add(List.copyOf(conditions));
        }
        return List.copyOf(lines);
    }

    private static String macroRegex(String header, String macro) {
        Matcher m = MACRO.matcher(header);
        while (m.find()) {
            if (m.group(1).equals(macro)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException(RULES + ": trigger " + macro + " is not a /regex/ macro of the header");
    }

    private static CoreMapExpressionExtractor<MatchedExpression> compile(String source) {
        try {
            @SuppressWarnings("unchecked")
            CoreMapExpressionExtractor<MatchedExpression> x =
                    CoreMapExpressionExtractor.createExtractorFromString(TokenSequencePattern.getNewEnv(), source);
            return x;
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse " + RULES + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        for (TaggedSentence s : article) {
            if (s.origin != TaggedSentence.Origin.TABLE && s.size() > 1) {
                tag(s);
            }
        }
    }

    private void tag(TaggedSentence s) {
        List<CoreLabel> tokens = null;
        List<CoreMapExpressionExtractor<MatchedExpression>> compiled = extractors.get();
        for (int g = 0; g < groups.size(); g++) {
            RuleGroup group = groups.get(g);
            Pattern trigger = group.trigger();
            int windowEnd = -1;
            for (int i = 0; i < s.size(); i++) {
                if (i < windowEnd || !trigger.matcher(s.word(i)).matches()) {
                    continue;
                }
                if (tokens == null) {
                    tokens = tokens(s);
                }
                int from = Math.max(0, i - BEFORE);
                windowEnd = Math.min(s.size(), i + AFTER);
                boolean admitted = group.admits(tokens, i);
                // extend the window over following triggers so that each token is matched once
                for (int j = i + 1; j < windowEnd; j++) {
                    if (trigger.matcher(s.word(j)).matches()) {
                        windowEnd = Math.min(s.size(), j + AFTER);
                        admitted = admitted || group.admits(tokens, j);
                    }
                }
                if (!admitted) {
                    continue; // every match has a trigger word that meets the group's conditions: none here
                }
                Annotation window = new Annotation("");
                List<CoreLabel> windowTokens = new ArrayList<>(tokens.subList(from, windowEnd));
                if (windowEnd == s.size()) {
                    windowTokens.add(sentenceEnd(s));
                }
                window.set(CoreAnnotations.TokensAnnotation.class, windowTokens);
                compiled.get(g).extractExpressions(window);
            }
        }
        if (tokens != null) {
            collect(s, tokens);
        }
    }

    /** A token after the last one, so that rules can require "no name word follows" at a sentence end. */
    private static CoreLabel sentenceEnd(TaggedSentence s) {
        CoreLabel t = new CoreLabel();
        t.setWord("");
        t.setValue("");
        t.setBeginPosition(s.endOffset(s.size() - 1));
        t.setEndPosition(s.endOffset(s.size() - 1));
        t.setNER("O");
        t.setTag("END");
        return t;
    }

    /** Copies of the tokens with what the rules match on: the name found so far (ner) and NAME for name words (tag). */
    private List<CoreLabel> tokens(TaggedSentence s) {
        java.util.Set<String> common = lowercaseWords.of(s.language);
        List<CoreLabel> tokens = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            CoreLabel t = new CoreLabel();
            t.setWord(s.word(i));
            t.setValue(s.word(i));
            t.setBeginPosition(s.beginOffset(i)); // TokensRegex needs offsets to build its matches
            t.setEndPosition(s.endOffset(i));
            NameSpan n = s.nameAt(i);
            t.setNER(n == null ? "O" : n.type());
            // marking name words here keeps the rules cheap: TokensRegex compares a tag, not a regex
            boolean commonAtStart = i == 0 && common.contains(s.word(0).toLowerCase(java.util.Locale.ROOT));
            t.setTag(!commonAtStart && isNameWord(s.word(i), n) ? "NAME" : isOf(s.word(i), s.language) ? "OF" : "O");
            tokens.add(t);
        }
        return tokens;
    }

    /** "of" joining "Bank of England", "van" joining "Universiteit van Amsterdam"; Dutch "of" is "or". */
    private static boolean isOf(String word, String language) {
        return word.equals("van") || word.equals("of") && !"nl".equals(language);
    }

    private void collect(TaggedSentence s, List<CoreLabel> tokens) {
        int i = 0;
        while (i < tokens.size()) {
            String ner = tokens.get(i).ner();
            if (!ner.startsWith("RULE_")) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && ner.equals(tokens.get(end).ner())) {
                end++;
            }
            apply(s, new NameSpan(i, end, ner.equals("RULE_PER") ? NameSpan.PER : NameSpan.ORG, name()),
                    ner.equals("RULE_ORG_STRONG"));
            i = end;
        }
    }

    /**
     * Capitalised ("Pollen") or camel-cased ("xAI"), not a function word, not a product or term, and not a
     * one-word miscellaneous name (mostly adjectives: "British", "Chinese"). Places may be part of a
     * company name: the CRF reads "Veldhoven" in "Veldhoven Robotics" as a place.
     */
    static boolean isNameWord(String word, NameSpan name) {
        if (!NAME_WORD.matcher(word).matches() || NOT_NAME.matcher(word).matches() || ADJECTIVE.matcher(word).matches()
                || COMMON_COMPOUND.matcher(word).matches()) {
            return false;
        }
        return name == null || !name.type().equals(NameSpan.PRODUCT) && !name.type().equals(NameSpan.TERM)
                && !(name.type().equals(NameSpan.MISC) && name.length() == 1);
    }

    private static void apply(TaggedSentence s, NameSpan rule, boolean strong) {
        boolean corporate = strong || CORPORATE_END.matcher(s.word(rule.end() - 1)).matches();
        for (NameSpan n : s.names()) {
            if (!n.overlaps(rule)) {
                continue;
            }
            if (NameSpan.ORG.equals(rule.type()) && !corporate && NameSpan.PER.equals(n.type()) && n.length() >= 2) {
                return; // "the company Sam Altman leads": the CRF's full name wins over a weak context rule
            }
            if (NameSpan.PER.equals(rule.type()) && NameSpan.ORG.equals(n.type())) {
                return; // a role word before a company name ("partner Sequoia Capital") is no person
            }
        }
        s.put(rule);
    }
}
