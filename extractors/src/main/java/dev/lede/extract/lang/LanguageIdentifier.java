package dev.lede.extract.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import dev.lede.model.Section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Which language a page, a section and each paragraph are in: Lingua, restricted to the languages an
 * archive has so that its models stay small in memory. Thread-safe; build one per process.
 *
 * <p>Lingua guesses on any input, so a guess is only taken when the text is long enough and the
 * winner clearly ahead of the runner-up; a short or undecided paragraph (a heading, a table, "OpenAI")
 * takes the language of its neighbours, and failing those the page's. Lingua's JVM version has no
 * multi-language detection, so a paragraph that mixes scripts (a Chinese question quoting an English
 * title) is cut at script boundaries, and a long paragraph whose sentences disagree is cut at sentences.
 */
public final class LanguageIdentifier {
    /** Letters below which a stretch of Latin text is not judged on its own. */
    static final int MIN_LETTERS = 40;
    /** Letters below which a Latin stretch inside a mixed-script paragraph is not judged on its own. */
    static final int MIN_LETTERS_IN_MIXED = 12;
    /** Paragraphs with more sentences are judged whole: a list of fragments, not prose that switches language. */
    static final int MAX_SENTENCES = 40;
    /** Letters a sentence needs to stand in another language than the rest of its paragraph. */
    static final int MIN_SWITCH_LETTERS = 80;
    /** Lingua's relative confidence of the runner-up must stay below this for a guess to count. */
    static final double MAX_RUNNER_UP = 0.9;
    /** Characters of a paragraph Lingua looks at: enough to decide, and it keeps detection cheap. */
    static final int SAMPLE = 240;

    private final LanguageDetector detector;

    /** @param isoCodes ISO 639-1 codes of the languages to tell apart, e.g. nl, en, de, fr, es, zh */
    public LanguageIdentifier(Collection<String> isoCodes) {
        Language[] languages = isoCodes.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
                .distinct()
                .toArray(Language[]::new);
        LanguageDetectorBuilder builder = languages.length >= 2
                ? LanguageDetectorBuilder.fromLanguages(languages)
                : LanguageDetectorBuilder.fromLanguages(languages.length == 1 ? languages[0] : Language.ENGLISH,
                        languages.length == 1 && languages[0] == Language.ENGLISH ? Language.DUTCH : Language.ENGLISH);
        this.detector = builder.build();
    }

    /** The ISO 639-1 code of the language of {@code text}, or null when Lingua cannot tell. */
    public String detect(String text) {
        Language language = detector.detectLanguageOf(sample(text, 0, text.length()));
        return language == Language.UNKNOWN ? null : code(language);
    }

    /**
     * The language of {@code text} when it is long enough and the guess is clear, otherwise null.
     *
     * @param minLetters letters the text needs before it is judged at all
     */
    public String confidentLanguage(CharSequence text, int from, int to, int minLetters) {
        if (letters(text, from, to, minLetters) < minLetters) {
            return null;
        }
        SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample(text, from, to));
        if (values.isEmpty()) {
            return null;
        }
        Language best = null;
        double top = -1;
        double second = 0;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            double v = e.getValue();
            if (v > top) {
                second = Math.max(second, top);
                top = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        if (best == null || best == Language.UNKNOWN || top <= 0 || second / top >= MAX_RUNNER_UP) {
            return null;
        }
        return code(best);
    }

    /**
     * The page's edition language: a clear guess on title and summary, else the language the markup
     * declares, else the body's main language.
     */
    public String pageLanguage(String title, String summary, String declared, List<LanguageSpan> body) {
        String decided = headingLanguage(title, summary, declared);
        return decided != null ? decided : bodyLanguage(title, summary, body);
    }

    /**
     * The edition language as title, summary and markup decide it (a clear guess on title and summary,
     * else the declared language), or null when only the body can tell: asked once per article, before
     * and after the paragraphs are judged.
     */
    public String headingLanguage(String title, String summary, String declared) {
        String heading = (title + "\n" + summary).strip();
        String guess = confidentLanguage(heading, 0, heading.length(), 12);
        if (guess != null) {
            return guess;
        }
        return declared != null && !declared.isBlank() ? declared.toLowerCase(Locale.ROOT) : null;
    }

    /** The body's main language, else a guess on title and summary: the edition when nothing else decides it. */
    public String bodyLanguage(String title, String summary, List<LanguageSpan> body) {
        Map<String, Double> shares = shares(body);
        if (!shares.isEmpty()) {
            return shares.keySet().iterator().next();
        }
        String heading = (title + "\n" + summary).strip();
        return heading.isEmpty() ? null : detect(heading);
    }

    /**
     * The body cut into stretches of one language each, covering every paragraph (blocks between blank
     * lines) in order. Undecided stretches take their neighbours' language, or {@code pageLanguage}.
     */
    public List<LanguageSpan> paragraphs(String body, String pageLanguage) {
        List<int[]> raw = new ArrayList<>();
        List<String> langs = new ArrayList<>();
        // languages Lingua (or the page) has confirmed in this article: the only ones the cheap check may give
        java.util.Set<String> confirmed = new java.util.HashSet<>();
        if (pageLanguage != null) {
            confirmed.add(pageLanguage);
        }
        for (int[] block : Blocks.of(body)) {
            if (Blocks.isTable(body, block[0], block[1])) {
                raw.add(block);
                langs.add(null); // figures and names: no language of their own
                continue;
            }
            if (quick(body, block[0], block[1], confirmed, raw, langs)) {
                continue;
            }
            int first = langs.size();
            judge(body, block[0], block[1], raw, langs);
            for (int i = first; i < langs.size(); i++) {
                if (langs.get(i) != null) {
                    confirmed.add(langs.get(i));
                }
            }
        }
        return fill(raw, langs, pageLanguage);
    }

    /** The language of most of {@code [start, end)} according to {@code spans}, or {@code fallback}. */
    public static String languageOf(List<LanguageSpan> spans, int start, int end, String fallback) {
        Map<String, Integer> chars = new LinkedHashMap<>();
        // spans are in text order: start at the first one that ends after start
        int lo = 0;
        int hi = spans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).end() <= start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < spans.size() && spans.get(i).start() < end; i++) {
            LanguageSpan s = spans.get(i);
            int overlap = Math.min(end, s.end()) - Math.max(start, s.start());
            if (overlap > 0) {
                chars.merge(s.language(), overlap, Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback);
    }

    /**
     * The sections cut where the language of their paragraphs changes, each piece with its own language:
     * a Dutch section that quotes an English paragraph becomes a Dutch, an English and a Dutch piece, so
     * that each goes through the model of its language. Each piece keeps its section's heading; a section
     * no span overlaps stays whole.
     *
     * @param body the text the sections and spans point into
     */
    public static List<Section> cutByLanguage(List<Section> sections, List<LanguageSpan> spans, String body) {
        List<Section> pieces = new ArrayList<>();
        for (Section section : sections) {
            int start = section.start();
            String language = null;
            for (LanguageSpan span : spans) {
                if (span.end() <= section.start() || span.start() >= section.end()) {
                    continue;
                }
                if (language != null && !language.equals(span.language())) {
                    int cut = Math.max(start, span.start());
                    pieces.add(new Section(section.heading(), language, body.substring(start, cut), start, cut));
                    start = cut;
                }
                language = span.language();
            }
            if (language == null) {
                pieces.add(section);
            } else {
                pieces.add(new Section(section.heading(), language, body.substring(start, section.end()), start, section.end()));
            }
        }
        return pieces;
    }

    /** Share of characters per language, largest first, rounded to three decimals. */
    public static Map<String, Double> shares(List<LanguageSpan> spans) {
        Map<String, Integer> chars = new LinkedHashMap<>();
        int total = 0;
        for (LanguageSpan s : spans) {
            if (s.language() != null) {
                chars.merge(s.language(), s.length(), Integer::sum);
                total += s.length();
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        if (total == 0) {
            return out;
        }
        int sum = total;
        chars.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), Math.round(1000.0 * e.getValue() / sum) / 1000.0));
        return out;
    }

    /**
     * The cheap path: a one-script paragraph whose function words overwhelmingly point to a language
     * already confirmed in this article, and none of whose long sentences (those that could cut it)
     * leans to another language, takes that language without Lingua. Anything less clear goes to Lingua.
     */
    private static boolean quick(String text, int from, int to, java.util.Set<String> confirmed,
                                 List<int[]> raw, List<String> langs) {
        if (confirmed.isEmpty() || letters(text, from, to, MIN_LETTERS) < MIN_LETTERS) {
            return false;
        }
        String l = FunctionWords.dominant(FunctionWords.hits(text, from, to));
        if (l == null || !confirmed.contains(l) || Scripts.runs(text, from, to).size() > 1) {
            return false;
        }
        List<int[]> sentences = Sentences.split(text, from, to);
        if (sentences.size() >= 2 && sentences.size() <= MAX_SENTENCES) {
            for (int[] sentence : sentences) {
                if (letters(text, sentence[0], sentence[1], MIN_SWITCH_LETTERS) >= MIN_SWITCH_LETTERS
                        && !FunctionWords.agrees(FunctionWords.hits(text, sentence[0], sentence[1]), l)) {
                    return false;
                }
            }
        }
        raw.add(new int[] {from, to});
        langs.add(l);
        return true;
    }

    /** One paragraph: whole when it is one language, cut at scripts or sentences when it is not. */
    private void judge(String text, int from, int to, List<int[]> raw, List<String> langs) {
        List<int[]> scripts = Scripts.runs(text, from, to);
        if (scripts.size() > 1 && scripts.size() <= MAX_SENTENCES) {
            for (int[] run : scripts) {
                raw.add(run);
                langs.add(run[2] == Scripts.CJK ? cjk(text, run[0], run[1])
                        : confidentLanguage(text, run[0], run[1], MIN_LETTERS_IN_MIXED));
            }
            return;
        }
        List<int[]> sentences = Sentences.split(text, from, to);
        if (sentences.size() < 2 || sentences.size() > MAX_SENTENCES) {
            raw.add(new int[] {from, to});
            langs.add(confidentLanguage(text, from, to, MIN_LETTERS));
            return;
        }
        // sentence by sentence, so a switch half-way is found; Lingua judges the whole paragraph once and
        // then only the sentences long enough to cut it whose function words do not side with that guess
        String whole = confidentLanguage(text, from, to, MIN_LETTERS);
        boolean wordsKnowWhole = whole != null && FunctionWords.LANGUAGES.contains(whole);
        String[] guess = new String[sentences.size()];
        Map<String, Integer> weight = new LinkedHashMap<>();
        for (int i = 0; i < guess.length; i++) {
            int[] sentence = sentences.get(i);
            int letters = letters(text, sentence[0], sentence[1], MIN_SWITCH_LETTERS);
            if (whole != null && (letters < MIN_SWITCH_LETTERS || wordsKnowWhole
                    && FunctionWords.agrees(FunctionWords.hits(text, sentence[0], sentence[1]), whole))) {
                guess[i] = letters >= MIN_LETTERS ? whole : null;
            } else {
                guess[i] = confidentLanguage(text, sentence[0], sentence[1], MIN_LETTERS);
            }
            if (guess[i] != null) {
                weight.merge(guess[i], sentence[1] - sentence[0], Integer::sum);
            }
        }
        String main = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        int start = from;
        String current = main;
        for (int i = 0; i < guess.length; i++) {
            int[] sentence = sentences.get(i);
            // a short sentence in another language is too little evidence to cut the paragraph for
            String l = guess[i] == null || letters(text, sentence[0], sentence[1], MIN_SWITCH_LETTERS) < MIN_SWITCH_LETTERS
                    ? main : guess[i];
            if (!java.util.Objects.equals(l, current)) {
                if (sentence[0] > start) {
                    raw.add(new int[] {start, sentence[0]});
                    langs.add(current);
                }
                start = sentence[0];
                current = l;
            }
        }
        raw.add(new int[] {start, to});
        langs.add(current);
    }

    private String cjk(String text, int from, int to) {
        String l = detect(text.substring(from, Math.min(to, from + SAMPLE)));
        return l == null ? confidentLanguage(text, from, to, 1) : l;
    }

    /** Undecided stretches take the language of the nearest decided neighbour, else the page's. */
    private static List<LanguageSpan> fill(List<int[]> raw, List<String> langs, String pageLanguage) {
        int n = raw.size();
        String[] before = new String[n];
        String[] after = new String[n];
        String last = null;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (langs.get(i) != null) {
                last = langs.get(i);
            }
        }
        last = null;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            if (langs.get(i) != null) {
                last = langs.get(i);
            }
        }
        List<LanguageSpan> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String l = langs.get(i);
            boolean inferred = l == null;
            if (l == null) {
                l = before[i] != null && (after[i] == null || before[i].equals(after[i]) || !after[i].equals(pageLanguage))
                        ? before[i] : after[i] != null ? after[i] : pageLanguage;
            }
            if (l == null) {
                continue;
            }
            int[] r = raw.get(i);
            out.add(new LanguageSpan(r[0], r[1], l, inferred));
        }
        return out;
    }

    private static String sample(CharSequence text, int from, int to) {
        return text.subSequence(from, Math.min(to, from + SAMPLE)).toString();
    }

    private static int letters(CharSequence text, int from, int to, int enough) {
        int n = 0;
        for (int i = from; i < to && n < enough; i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** Paragraph blocks and whether one is a table. */
    static final class Blocks {
        private Blocks() {
        }

        /** {start, end} of each block between blank lines, trimmed. */
        static List<int[]> of(String text) {
            List<int[]> out = new ArrayList<>();
            int n = text.length();
            int s = 0;
            int i = 0;
            while (i < n) {
                int nl = text.indexOf('\n', i);
                if (nl < 0) {
                    break;
                }
                int next = nl + 1;
                int j = next;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n' || j == n && next < n) {
                    add(out, text, s, nl);
                    s = j;
                    i = j;
                } else {
                    i = next;
                }
            }
            add(out, text, s, n);
            return out;
        }

        private static void add(List<int[]> out, String text, int s, int e) {
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[] {s, e});
            }
        }

        /** Two or more lines, most of them with a pipe: a markdown table, or an HTML table's text. */
        static boolean isTable(String text, int from, int to) {
            int lines = 0;
            int piped = 0;
            boolean pipe = false;
            for (int i = from; i <= to; i++) {
                if (i == to || text.charAt(i) == '\n') {
                    lines++;
                    piped += pipe ? 1 : 0;
                    pipe = false;
                } else if (text.charAt(i) == '|') {
                    pipe = true;
                }
            }
            return lines >= 2 && piped * 2 > lines;
        }
    }

    /** Runs of one script within a paragraph: CJK (Han, kana, hangul) or other. */
    static final class Scripts {
        static final int CJK = 1;
        static final int OTHER = 0;

        private Scripts() {
        }

        /** {start, end, script} runs; neutral characters (digits, punctuation, spaces) join the run they are in. */
        static List<int[]> runs(String text, int from, int to) {
            List<int[]> out = new ArrayList<>();
            int runStart = from;
            int script = -1;
            int i = from;
            while (i < to) {
                int cp = text.codePointAt(i);
                int s = scriptOf(cp);
                if (s >= 0 && script >= 0 && s != script) {
                    out.add(new int[] {runStart, i, script});
                    runStart = i;
                }
                if (s >= 0) {
                    script = s;
                }
                i += Character.charCount(cp);
            }
            out.add(new int[] {runStart, to, Math.max(script, OTHER)});
            return out;
        }

        /** Below this code point (Hangul Jamo) no letter is Han, kana or hangul. */
        static final int FIRST_CJK = 0x1100;

        static int scriptOf(int cp) {
            if (!Character.isLetter(cp)) {
                return -1;
            }
            if (cp < FIRST_CJK) {
                return OTHER; // Latin, Greek, Cyrillic...: UnicodeScript.of is a binary search, run on every letter
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL ? CJK : OTHER;
        }
    }
}
