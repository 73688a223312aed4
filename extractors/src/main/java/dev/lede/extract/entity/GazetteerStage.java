package dev.lede.extract.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags the names of the {@link Gazetteer}, longest match first, in every sentence including table
 * cells. A known name overrides what the CRF guessed for the same words ("Andreessen Horowitz" is a
 * company, not a person; "Claude" is a product), but a longer CRF name that contains it stays
 * ("Sequoia Capital China").
 *
 * <p>A person or company name that is, as a whole, a country or a province, state or region ({@code places.txt},
 * from ISO 3166 in English and Dutch) is a place: the Dutch CRF reads "Israël kan inleveren" or "Tamil Nadu" as
 * a company or a person. Names the gazetteer knows keep their kind. The match is exact, case included: the
 * construction company "BAM" is not the Iranian province "Bam".
 */
final class GazetteerStage implements NerStage {
    static final String PLACES = "/dev/lede/extract/entity/places.txt";
    private static final Set<String> PLACES_AS_WRITTEN = readPlaces();
    private final Gazetteer gazetteer;

    GazetteerStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static Set<String> readPlaces() {
        try (InputStream in = GazetteerStage.class.getResourceAsStream(PLACES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PLACES);
            }
            Set<String> names = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        for (NameSpan n : List.copyOf(s.names())) {
            if ((NameSpan.PER.equals(n.type()) || NameSpan.ORG.equals(n.type()))
                    && PLACES_AS_WRITTEN.contains(s.words(n.start(), n.end()))) {
                s.replace(n, n.withType(NameSpan.LOC, name()));
            }
        }
        String[] keys = new String[s.size()];
        for (int i = 0; i < s.size(); i++) {
            keys[i] = NameKey.of(s.word(i));
        }
        int i = 0;
        while (i < s.size()) {
            int matched = 0;
            Gazetteer.Entry entry = null;
            if (!keys[i].isEmpty() && gazetteer.startsSomeName(keys[i].split(" ")[0])) {
                for (int len = Math.min(gazetteer.maxTokens(), s.size() - i); len >= 1; len--) {
                    String last = s.word(i + len - 1);
                    if (keys[i + len - 1].isEmpty() || isPossessive(last)) {
                        continue; // "OpenAI ," and "Musk 's" have the key of the name, but the mark is not part of it
                    }
                    Gazetteer.Entry e = gazetteer.lookupKey(join(keys, i, i + len));
                    if (e != null && caseAgrees(s.words(i, i + len), e)) {
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

    private static String join(String[] keys, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (!keys[k].isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(keys[k]);
            }
        }
        return sb.toString();
    }

    private static boolean isPossessive(String word) {
        return word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’");
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
