package dev.lede.extract.money;

import dev.lede.extract.lang.Sentences;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says which company or person an amount is about, when the text makes it clear, and says nothing
 * otherwise: a wrong subject in a spreadsheet is worse than an empty cell.
 *
 * <p>Clear means one of: the amount stands in a table row whose first cell names the entity
 * ("| Anthropic | $18B (2024) |"); the entity is written in the possessive just before the amount
 * ("Anthropic's $7.5B funding round"); the entity is the only company or person in the sentence; or the
 * entity opens the sentence and no other entity stands between it and the amount ("Sequoia Capital
 * reportedly saw a $150 million investment ..."). Thread-safe and stateless.
 *
 * <p>Names no reader would take for a company or person are never a subject, whatever the entity stage
 * says: a name whose first word has no capital letter ("dan", "dan alle Nederlandse"; "xAI" and "eBay"
 * have one), and a capitalised common word of the same text seen only
 * where a sentence starts ("Het", "Tegelijk", "Volgens Bos", when "het", "tegelijk" and "volgens" stand
 * in the text too). Those come from a recogniser reading a sentence-initial capital as a name.
 */
public final class MoneySubjects {
    /** Words allowed between a possessive and its amount ("Anthropic's latest $7.5B round"). */
    private static final int MAX_WORDS_AFTER_POSSESSIVE = 3;

    /** {@code amounts} with their subject filled in where the text makes it clear. */
    public List<MoneyAmount> attach(String body, List<MoneyAmount> amounts, List<Entity> companies,
                                    List<Entity> people, List<DataTable> tables) {
        if (amounts.isEmpty() || (companies.isEmpty() && people.isEmpty())) {
            return amounts;
        }
        List<Entity> entities = new ArrayList<>();
        Set<String> lowercaseWords = null;
        for (List<Entity> list : List.of(companies, people)) {
            for (Entity e : list) {
                if (!hasCapital(firstWord(e.name()))) {
                    continue;
                }
                if (sentenceStartsOnly(body, e)) {
                    if (lowercaseWords == null) {
                        lowercaseWords = lowercaseWords(body);
                    }
                    if (lowercaseWords.contains(firstWord(e.name()).toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                }
                entities.add(e);
            }
        }
        if (entities.isEmpty()) {
            return amounts;
        }
        List<MoneyAmount> out = new ArrayList<>(amounts.size());
        for (MoneyAmount m : amounts) {
            String subject = m.subject() != null ? m.subject() : subject(body, m, entities, tables);
            out.add(subject == null || subject.equals(m.subject()) ? m
                    : new MoneyAmount(m.text(), m.amount(), m.currency(), m.qualifier(), m.low(), m.high(), m.per(),
                    subject, m.sentence(), m.start(), m.end()));
        }
        return out;
    }

    private static String subject(String body, MoneyAmount m, List<Entity> entities, List<DataTable> tables) {
        if (m.start() < 0 || m.end() > body.length()) {
            return null;
        }
        for (DataTable t : tables) {
            if (t.start() >= 0 && t.start() <= m.start() && m.end() <= t.end()) {
                return rowLabel(body, m, entities);
            }
        }
        int[] sentence = Sentences.around(body, m.start(), m.end(), 0, body.length());
        List<Hit> hits = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention mention : e.mentions()) {
                if (mention.start() >= sentence[0] && mention.end() <= sentence[1]) {
                    hits.add(new Hit(e, mention));
                }
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        for (Hit h : hits) {
            if (h.mention.end() <= m.start() && possessiveBefore(body, h.mention.end(), m.start())) {
                return h.entity.name();
            }
        }
        Set<String> names = new LinkedHashSet<>();
        hits.forEach(h -> names.add(h.entity.name()));
        Hit first = hits.stream().min((a, b) -> Integer.compare(a.mention.start(), b.mention.start())).orElseThrow();
        if (names.size() == 1) {
            return personActsBetween(body, first, m) ? null : first.entity.name();
        }
        if (first.mention.end() <= m.start() && opensSentence(body, sentence[0], first.mention.start())) {
            for (Hit h : hits) {
                if (h.entity != first.entity && h.mention.start() >= first.mention.end() && h.mention.end() <= m.start()) {
                    return null;
                }
            }
            return personActsBetween(body, first, m) ? null : first.entity.name();
        }
        return null;
    }

    private record Hit(Entity entity, Mention mention) {
    }

    /** Personal pronouns: someone not named acts between a company and the amount. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him", "hij", "hem");

    /**
     * A company named before the amount, then "he", "his", "she" ... before the amount: "After leaving
     * OpenAI he sold part of his holding, worth $400 million" is about a person, not about OpenAI.
     */
    private static boolean personActsBetween(String body, Hit hit, MoneyAmount m) {
        if (!"company".equals(hit.entity.kind()) || hit.mention.end() > m.start() || m.start() - hit.mention.end() > 300) {
            return false;
        }
        for (String w : body.substring(hit.mention.end(), m.start()).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (PERSONAL_PRONOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(String name) {
        return name.chars().anyMatch(Character::isUpperCase);
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** Every mention of {@code e} in the body opens a sentence (or a line, or a table cell). */
    private static boolean sentenceStartsOnly(String body, Entity e) {
        boolean any = false;
        for (Mention m : e.mentions()) {
            if (m.start() < 0 || m.start() > body.length()) {
                continue;
            }
            any = true;
            int i = m.start();
            while (i > 0 && m.start() - i < 8 && isOpening(body.charAt(i - 1))) {
                i--;
            }
            if (i > 0 && ".!?:;|\n\r".indexOf(body.charAt(i - 1)) < 0) {
                return false;
            }
        }
        return any;
    }

    private static boolean isOpening(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '"' || c == '\'' || c == '„' || c == '“' || c == '‘' || c == '('
                || c == '«' || c == '‚';
    }

    /** The words of {@code body} written with a lower-case first letter, lower-cased. */
    private static Set<String> lowercaseWords(String body) {
        Set<String> out = new HashSet<>();
        int i = 0;
        int n = body.length();
        while (i < n) {
            if (!Character.isLetter(body.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(body.charAt(i))) {
                i++;
            }
            if (Character.isLowerCase(body.charAt(start)) && (start == 0 || !Character.isLetterOrDigit(body.charAt(start - 1)))) {
                out.add(body.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The entity named in the first cell of the table row the amount stands in. */
    private static String rowLabel(String body, MoneyAmount m, List<Entity> entities) {
        int lineStart = body.lastIndexOf('\n', m.start() - 1) + 1;
        int i = lineStart;
        while (i < m.start() && (body.charAt(i) == ' ' || body.charAt(i) == '|')) {
            i++;
        }
        int cellEnd = body.indexOf('|', i);
        if (cellEnd < 0 || cellEnd > m.start()) {
            return null; // the amount is in the first cell itself
        }
        String label = body.substring(i, cellEnd).strip();
        for (Entity e : entities) {
            for (Mention mention : e.mentions()) {
                if (mention.start() >= i && mention.end() <= cellEnd) {
                    return e.name();
                }
            }
        }
        for (Entity e : entities) {
            if (e.name().equalsIgnoreCase(label) || e.aliases().stream().anyMatch(label::equalsIgnoreCase)) {
                return e.name();
            }
        }
        return null;
    }

    /** "'s", "’s" or "'" right after the mention, then at most a few words before the amount. */
    private static boolean possessiveBefore(String body, int mentionEnd, int amountStart) {
        int i = mentionEnd;
        if (i < body.length() && (body.charAt(i) == '\'' || body.charAt(i) == '’')) {
            i++;
            if (i < body.length() && body.charAt(i) == 's') {
                i++;
            }
        } else {
            return false;
        }
        if (amountStart - i > 60) {
            return false;
        }
        String between = body.substring(i, amountStart).strip();
        if (between.isEmpty()) {
            return true;
        }
        String[] words = between.split("\\s+");
        if (words.length > MAX_WORDS_AFTER_POSSESSIVE) {
            return false;
        }
        for (String w : words) {
            if (!w.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The mention is the sentence's first words (after a few words such as "For instance, the venture firm"). */
    private static boolean opensSentence(String body, int sentenceStart, int mentionStart) {
        String lead = body.substring(sentenceStart, mentionStart).strip();
        return lead.isEmpty() || (lead.length() <= 40 && lead.split("\\s+").length <= 5);
    }
}
