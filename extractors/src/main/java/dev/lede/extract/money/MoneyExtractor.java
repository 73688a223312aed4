package dev.lede.extract.money;

import dev.lede.extract.lang.Sentences;
import dev.lede.model.MoneyAmount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds money amounts in text written in English or Dutch conventions and normalises them to an exact
 * amount and an ISO 4217 currency. Thread-safe and stateless.
 *
 * <p>An amount needs a currency: a symbol or code before it ("$6.6 billion", "US$2bn", "EUR 1,2 mld",
 * "€ 1.234,56") or a currency word or code after it ("5 miljoen euro", "2 billion dollars"). A bare
 * number is never money, which is what keeps years, percentages, FLOPs, token counts, model sizes
 * ("128K", "GPT-4", "7B") and phone numbers out. Ranges ("$1-2 billion", "tussen 5 en 10 miljoen euro"),
 * qualifiers ("meer dan", "over", "+") and unit rates ("$5.00 per 1M tokens") are read too.
 *
 * <p>The scanner works on a token stream with a bounded look-ahead at each position and no regular
 * expressions, so its time is linear in the input whatever the input is.
 */
public final class MoneyExtractor {
    /**
     * Amounts read from one text at most: no article has this many, and each carries its sentence, so a
     * hostile megabyte of "$1 $1 $1" stops here instead of filling the heap.
     */
    public static final int MAX_AMOUNTS = 10_000;
    private static final Set<String> RANGE_WORDS = Set.of("to", "tot");
    /** Words that open a "from X to Y" range and belong to its text ("van $250.000 tot $1 miljoen"). */
    private static final Set<String> RANGE_OPENERS = Set.of("from", "van");
    /**
     * Words that make a number in words vague ("a few hundred million euros", "een paar honderd miljoen
     * euro"): an amount without a figure, which is not money.
     */
    private static final Set<String> VAGUE = Set.of("few", "several", "many", "couple", "enkele", "paar",
            "aantal", "tientallen", "honderden");
    private static final Set<String> PER_MODIFIERS = Set.of("input", "output", "extra", "additional", "cached",
            "generated", "verwerkte", "gegenereerde");
    private static final Set<String> NOT_A_RATE = Set.of("earlier", "ago", "before", "later", "prior", "eerder",
            "geleden", "daarvoor");
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "day", "hour", "minute",
            "jaar", "maand", "dag", "uur", "minuut", "share", "seat", "user");

    /**
     * Every amount in {@code text}, in text order.
     *
     * @param text     the text to search (offsets of the result refer to it)
     * @param language ISO 639-1 language of the text, which decides an ambiguous decimal separator
     */
    public List<MoneyAmount> extract(String text, String language) {
        return extract(text, 0, text.length(), language);
    }

    /**
     * Every amount in {@code text[from, to)}, in text order; offsets refer to {@code text}.
     * Sentences are cut at the range's bounds.
     */
    public List<MoneyAmount> extract(String text, int from, int to, String language) {
        Tokens t = Tokens.of(text, from, to);
        List<MoneyAmount> found = new ArrayList<>();
        int k = 0;
        while (k < t.size() && found.size() < MAX_AMOUNTS) {
            Match m = match(t, k);
            if (m == null) {
                k++;
                continue;
            }
            MoneyAmount amount = toAmount(text, from, to, t, m, language);
            if (amount != null) {
                found.add(amount);
            }
            k = m.last + 1;
        }
        return found;
    }

    /** The first amount in a short text such as a table cell, or null. */
    public MoneyAmount first(String text, String language) {
        Tokens t = Tokens.of(text, 0, text.length());
        for (int k = 0; k < t.size(); k++) {
            Match m = match(t, k);
            if (m != null) {
                MoneyAmount amount = toAmount(text, 0, text.length(), t, m, language);
                if (amount != null) {
                    return amount;
                }
            }
        }
        return null;
    }

    /** A number with its optional scale: tokens {@code num..last}; {@code words} its value when written in words. */
    private record Number(int num, int last, Scale scale, BigDecimal words) {
        Number(int num, int last, Scale scale) {
            this(num, last, scale, null);
        }
    }

    /**
     * A currency written before a number: its first token {@code first} (text from {@code start}), the
     * number at token {@code num}.
     */
    private record Prefix(String currency, int first, int start, int num) {
    }

    /** A currency written after an amount, ending at token {@code last}. */
    private record Suffix(String currency, int last) {
    }

    private static final class Match {
        boolean between;
        boolean rangeWord;
        /** Start of "from"/"van" before a range written with "to"/"tot", or -1. */
        int openerStart = -1;
        int textStart;
        int last;
        String currency;
        Number low;
        Number high;
        String qualifier;
    }

    private static Match match(Tokens t, int k) {
        byte kind = t.kind(k);
        if (kind == Tokens.WORD && (t.isWord(k, "between") || t.isWord(k, "tussen"))) {
            return between(t, k);
        }
        Prefix prefix = prefix(t, k);
        if (prefix != null) {
            return afterPrefix(t, prefix);
        }
        if (kind == Tokens.WORD) {
            return inWords(t, k);
        }
        if (kind == Tokens.NUM && !(t.adjacent(k) && k > 0 && t.kind(k - 1) != Tokens.PUNCT)
                && !(t.adjacent(k) && k > 0 && (t.isPunct(k - 1, '-') || t.isPunct(k - 1, '.') || t.isPunct(k - 1, ',')))) {
            return withSuffix(t, k);
        }
        return null;
    }

    /** "$1-2 billion", "$1 billion to $2 billion", "€600M", "US$ 2bn". */
    private static Match afterPrefix(Tokens t, Prefix prefix) {
        Number low = number(t, prefix.num);
        if (low == null) {
            return null;
        }
        Match m = new Match();
        m.textStart = prefix.start;
        m.currency = prefix.currency;
        m.low = low;
        m.last = low.last;
        int sep = low.last + 1;
        boolean dash = isDash(t, sep);
        if ((dash || isRangeWord(t, sep)) && t.near(sep)) {
            Prefix second = prefix(t, sep + 1);
            int num = second != null ? second.num : sep + 1;
            if ((second == null || second.currency.equals(prefix.currency)) && t.kind(num) == Tokens.NUM
                    && t.near(second != null ? sep + 1 : num)) {
                Number high = number(t, num);
                if (high != null && (dash || second != null || high.scale != null)) {
                    m.high = high;
                    m.last = high.last;
                    m.rangeWord = !dash;
                    m.openerStart = m.rangeWord ? opener(t, prefix.first) : -1;
                }
            }
        }
        return m;
    }

    /** "5 miljoen euro", "1.234,56 €", "5-10 miljoen euro", "2 billion US dollars". */
    private static Match withSuffix(Tokens t, int k) {
        Number low = number(t, k);
        if (low == null) {
            return null;
        }
        Suffix suffix = suffix(t, low.last + 1, low.scale != null);
        if (suffix != null && low.scale == null && isYear(t, k) && t.kind(suffix.last) == Tokens.WORD
                && (t.isWord(k - 1, "in") || t.isWord(k - 1, "constant") || t.isWord(k - 1, "real"))) {
            return null; // "in 2024 dollars": a price level, not an amount
        }
        Match m = new Match();
        m.textStart = t.start(k);
        m.low = low;
        if (suffix != null) {
            m.currency = suffix.currency;
            m.last = suffix.last;
            return m;
        }
        int sep = low.last + 1;
        if ((isDash(t, sep) || isRangeWord(t, sep)) && t.near(sep) && t.kind(sep + 1) == Tokens.NUM && t.near(sep + 1)) {
            Number high = number(t, sep + 1);
            if (high != null) {
                suffix = suffix(t, high.last + 1, high.scale != null || low.scale != null);
                if (suffix != null) {
                    m.high = high;
                    m.currency = suffix.currency;
                    m.last = suffix.last;
                    m.openerStart = isRangeWord(t, sep) ? opener(t, k) : -1;
                    return m;
                }
            }
        }
        return null;
    }

    /** "two billion dollars", "half a billion dollars", "anderhalf miljard euro". */
    private static Match inWords(Tokens t, int k) {
        Object[] words = NumberWords.at(t, k);
        if (words == null || (t.kind(k - 1) == Tokens.WORD && t.near(k)
                && VAGUE.contains(t.text(k - 1).toLowerCase(Locale.ROOT)))) {
            return null;
        }
        int scaleAt = (int) words[1] + 1;
        if (t.kind(scaleAt) != Tokens.WORD || !t.near(scaleAt) || t.length(scaleAt) < 3) {
            return null;
        }
        Scale scale = Scale.of(t.text(scaleAt), false);
        if (scale == null) {
            return null;
        }
        Suffix suffix = suffix(t, scaleAt + 1, true);
        if (suffix == null) {
            return null;
        }
        Match m = new Match();
        m.textStart = t.start(k);
        m.low = new Number(k, scaleAt, scale, (BigDecimal) words[0]);
        m.currency = suffix.currency;
        m.last = suffix.last;
        return m;
    }

    /** "between $5 and $10 million", "tussen 5 en 10 miljoen euro", "tussen €5 en €10 miljoen". */
    private static Match between(Tokens t, int k) {
        int i = k + 1;
        if ((t.isWord(i, "de") || t.isWord(i, "the")) && t.near(i)) {
            i++; // "tussen de €300 en €400 miljoen"
        }
        if (!t.near(i)) {
            return null;
        }
        Prefix p1 = prefix(t, i);
        int n1 = p1 != null ? p1.num : i;
        if (t.kind(n1) != Tokens.NUM) {
            return null;
        }
        Number low = number(t, n1);
        if (low == null) {
            return null;
        }
        int and = low.last + 1;
        if (!(t.isWord(and, "and") || t.isWord(and, "en")) || !t.near(and) || !t.near(and + 1)) {
            return null;
        }
        Prefix p2 = prefix(t, and + 1);
        int n2 = p2 != null ? p2.num : and + 1;
        if (t.kind(n2) != Tokens.NUM) {
            return null;
        }
        Number high = number(t, n2);
        if (high == null) {
            return null;
        }
        Suffix suffix = suffix(t, high.last + 1, high.scale != null || low.scale != null);
        String currency = p1 != null ? p1.currency : p2 != null ? p2.currency : suffix != null ? suffix.currency : null;
        if (currency == null || (p1 != null && p2 != null && !p1.currency.equals(p2.currency))) {
            return null;
        }
        Match m = new Match();
        m.between = true;
        m.textStart = t.start(k);
        m.currency = currency;
        m.low = low;
        m.high = high;
        m.last = suffix != null ? suffix.last : high.last;
        return m;
    }

    /** A currency symbol or code at token {@code k}, followed by a number on the same line. */
    private static Prefix prefix(Tokens t, int k) {
        byte kind = t.kind(k);
        String currency = null;
        int start = k < t.size() ? t.start(k) : 0;
        int first = k;
        int num = k + 1;
        if (kind == Tokens.SYM) {
            char c = t.firstChar(k);
            currency = Currencies.symbol(c);
            if (k > 0 && t.adjacent(k) && t.kind(k - 1) == Tokens.WORD) {
                String letters = t.text(k - 1);
                String other = c == '$' ? Currencies.dollarPrefix(letters) : c == '¥' && letters.equals("CN") ? "CNY" : null;
                if (other == null) {
                    return null; // "AB$5" is not an amount we can read
                }
                currency = other;
                first = k - 1;
                start = t.start(k - 1);
            }
        } else if (kind == Tokens.WORD) {
            String word = t.text(k);
            if (t.kind(k + 1) == Tokens.SYM && t.adjacent(k + 1)) {
                return null; // "US$": read at the symbol
            }
            currency = Currencies.code(word);
        }
        if (currency == null || t.kind(num) != Tokens.NUM || !t.near(num)) {
            return null;
        }
        return new Prefix(currency, first, start, num);
    }

    /** A currency code, word or euro sign at token {@code k}, right after an amount. */
    private static Suffix suffix(Tokens t, int k, boolean afterScale) {
        if (!t.near(k) || k >= t.size()) {
            return null;
        }
        if (prefix(t, k) != null) {
            return null; // "in 2024 €2,5 miljard": the sign opens the next amount, the year is no amount
        }
        byte kind = t.kind(k);
        if (kind == Tokens.SYM && t.firstChar(k) == '€') {
            return new Suffix("EUR", k);
        }
        if (kind != Tokens.WORD) {
            return null;
        }
        String word = t.text(k);
        String code = Currencies.code(word);
        if (code != null) {
            return new Suffix(code, k);
        }
        String currency = Currencies.word(word, afterScale);
        if (currency != null) {
            return new Suffix(currency, k);
        }
        // "US dollars", "Canadian dollars", "Amerikaanse dollar", "Swiss francs"
        String adjective = Currencies.dollarAdjective(word);
        if (t.kind(k + 1) == Tokens.WORD && t.near(k + 1)) {
            String next = t.text(k + 1);
            String nextCurrency = Currencies.word(next, afterScale);
            if (nextCurrency != null && (adjective != null || "CHF".equals(nextCurrency) && isSwiss(word))) {
                return new Suffix("USD".equals(nextCurrency) && adjective != null ? adjective : nextCurrency, k + 1);
            }
        }
        return null;
    }

    private static boolean isSwiss(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("swiss") || w.equals("zwitserse");
    }

    /** The number at token {@code k} with its scale word; null when it cannot be an amount's number. */
    private static Number number(Tokens t, int k) {
        if (t.kind(k) != Tokens.NUM || t.length(k) > DecimalNumbers.MAX_LENGTH) {
            return null;
        }
        int next = k + 1;
        if (t.isPunct(next, '%') || t.isPunct(next, '‰')) {
            return null;
        }
        if (t.kind(next) == Tokens.WORD && t.sameLine(next)) {
            Scale scale = Scale.of(t.text(next), t.adjacent(next));
            if (scale != null && (t.adjacent(next) || t.near(next))) {
                // "EUR 1,2 mld.": the period belongs to the Dutch abbreviation, as written
                boolean period = Scale.takesPeriod(t.text(next)) && t.isPunct(next + 1, '.') && t.adjacent(next + 1);
                return new Number(k, period ? next + 1 : next, scale);
            }
            if (t.adjacent(next)) {
                return null; // "$2.1e25", "4o": the number is part of something else
            }
        }
        if (t.isPunct(next, ',') && t.adjacent(next) && (t.isPunct(next + 1, '-') || t.isPunct(next + 1, '–'))
                && t.adjacent(next + 1) && !(t.kind(next + 2) == Tokens.NUM && t.adjacent(next + 2))) {
            int last = t.isPunct(next + 2, '-') && t.adjacent(next + 2) ? next + 2 : next + 1;
            return new Number(k, last, null); // "€12,-" and "€ 50.000,--": Dutch for a round amount
        }
        if (t.isPunct(next, '-') && t.adjacent(next) && t.kind(next + 1) == Tokens.WORD && t.adjacent(next + 1)) {
            Scale scale = Scale.of(t.text(next + 1), false); // "$5-million deal"
            if (scale != null) {
                return new Number(k, next + 1, scale);
            }
        }
        return new Number(k, k, null);
    }

    private static boolean isDash(Tokens t, int k) {
        if (t.kind(k) != Tokens.PUNCT) {
            return false;
        }
        char c = t.firstChar(k);
        return c == '-' || c == '–' || c == '—';
    }

    private static boolean isRangeWord(Tokens t, int k) {
        return t.kind(k) == Tokens.WORD && RANGE_WORDS.contains(t.text(k).toLowerCase(Locale.ROOT));
    }

    /** Start of "from"/"van" right before token {@code first}, or -1. */
    private static int opener(Tokens t, int first) {
        int k = first - 1;
        return t.kind(k) == Tokens.WORD && t.near(first) && RANGE_OPENERS.contains(t.text(k).toLowerCase(Locale.ROOT))
                ? t.start(k) : -1;
    }

    /** A bare four-digit year (1900-2099) at token {@code k}. */
    private static boolean isYear(Tokens t, int k) {
        if (t.length(k) != 4) {
            return false;
        }
        String s = t.text(k);
        return (s.startsWith("19") || s.startsWith("20")) && Character.isDigit(s.charAt(2)) && Character.isDigit(s.charAt(3));
    }

    private MoneyAmount toAmount(String text, int from, int to, Tokens t, Match m, String language) {
        String hint = hint(m.low.scale, m.high == null ? null : m.high.scale, language);
        Scale shared = m.low.scale != null ? m.low.scale : m.high != null ? m.high.scale : null;
        int lineStart = lineStart(text, from, m.textStart);
        if (m.rangeWord && Qualifiers.changeBefore(text, lineStart, m.textStart)) {
            // "rose from $450 to $520": two amounts, not a range; the second is read on its own
            m.high = null;
            m.last = m.low.last;
        } else if (m.high != null && m.openerStart >= 0) {
            m.textStart = m.openerStart; // "van $250.000 tot $1 miljoen": the range as written
        }
        BigDecimal high = m.high == null ? null : value(t, m.high, m.high.scale, hint);
        BigDecimal low = value(t, m.low, m.low.scale != null ? m.low.scale : shared, hint);
        if (low != null && high != null && m.low.scale == null && low.compareTo(high) > 0) {
            // "$250.000 tot $1 miljoen": the low end is a whole number, the scale is the high end's alone
            low = value(t, m.low, null, hint);
        }
        if (low == null || (m.high != null && high == null)) {
            return null;
        }
        if (high != null && high.compareTo(low) < 0) {
            return null; // "$5-2" is a score or a date, not a range
        }
        int end = t.end(m.last);
        String qualifier = null;
        if (t.isPunct(m.last + 1, '+') && t.adjacent(m.last + 1)) {
            qualifier = "plus";
            end = t.end(m.last + 1);
        }
        String before = m.between ? null : Qualifiers.before(text, lineStart, m.textStart);
        if (before != null) {
            qualifier = before;
        }
        int after = end;
        if (qualifier == null && m.high == null) {
            Map.Entry<String, Integer> q = Qualifiers.after(text, end, lineEnd(text, end, to));
            if (q != null) {
                qualifier = q.getKey();
                after = q.getValue();
            }
        }
        String per = per(text, after, lineEnd(text, after, to));
        int[] sentence = Sentences.around(text, m.textStart, end, from, to);
        return new MoneyAmount(text.substring(m.textStart, end), low, m.currency, qualifier,
                m.high == null ? null : low, high, per, null,
                text.substring(sentence[0], sentence[1]), m.textStart, end);
    }

    /** The writer's convention: a Dutch or English scale word wins over the paragraph's language. */
    private static String hint(Scale a, Scale b, String language) {
        if (a != null && a.language() != null) {
            return a.language();
        }
        if (b != null && b.language() != null) {
            return b.language();
        }
        return language;
    }

    private static BigDecimal value(Tokens t, Number n, Scale scale, String language) {
        BigDecimal v = n.words != null ? n.words : DecimalNumbers.parse(t.text(n.num), language);
        if (v == null) {
            return null;
        }
        if (scale != null) {
            v = v.scaleByPowerOfTen(scale.exponent());
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** What a unit rate is per: "per 1M tokens" → "1M tokens", "/hour" → "hour", "a month" → "month". */
    private static String per(String text, int end, int limit) {
        int i = end;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        int start;
        if (i < limit && text.charAt(i) == '/') {
            if (i + 1 >= limit || !(Character.isLowerCase(text.charAt(i + 1)) || Tokens.isDigit(text.charAt(i + 1)))) {
                return null; // "€9,99 / Pro €19,99" is a list, not a rate
            }
            start = i + 1;
        } else if (startsWithWord(text, i, limit, "per")) {
            start = i + 3;
        } else if (startsWithWord(text, i, limit, "a") || startsWithWord(text, i, limit, "an")) {
            int w = i + (text.charAt(i + 1) == 'n' ? 2 : 1);
            int s = skipSpaces(text, w, limit);
            int e = wordEnd(text, s, limit);
            String word = text.substring(s, e).toLowerCase(Locale.ROOT);
            int after = skipSpaces(text, e, limit);
            String next = text.substring(after, wordEnd(text, after, limit)).toLowerCase(Locale.ROOT);
            if (NOT_A_RATE.contains(next)) {
                return null; // "$4.1B a year earlier"
            }
            return s > w && TIME_WORDS.contains(word) ? text.substring(s, e) : null;
        } else {
            return null;
        }
        int s = skipSpaces(text, start, limit);
        int e = s;
        if (s < limit && Tokens.isDigit(text.charAt(s))) {
            while (e < limit && (Tokens.isDigit(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == ','
                    || Character.isLetter(text.charAt(e)))) {
                e++;
            }
            e = skipSpaces(text, e, limit);
        }
        int wordEnd = wordEnd(text, e, limit);
        if (wordEnd == e) {
            return e > s ? text.substring(s, e).strip() : null;
        }
        String word = text.substring(e, wordEnd).toLowerCase(Locale.ROOT);
        if (PER_MODIFIERS.contains(word) || Scale.of(word, false) != null) { // "per 1M output tokens", "per miljoen tokens"
            int s2 = skipSpaces(text, wordEnd, limit);
            int e2 = wordEnd(text, s2, limit);
            if (e2 > s2 && s2 == wordEnd + 1) {
                wordEnd = e2;
            }
        }
        return text.substring(s, wordEnd);
    }

    private static boolean startsWithWord(String text, int i, int limit, String word) {
        int e = i + word.length();
        return e < limit && text.regionMatches(true, i, word, 0, word.length()) && text.charAt(e) == ' ';
    }

    private static int skipSpaces(String text, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 2 && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static int wordEnd(String text, int i, int limit) {
        int j = i;
        while (j < limit && j - i < 40 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return j;
    }

    private static int lineStart(String text, int from, int at) {
        int i = at;
        while (i > from && at - i < 40 && text.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(String text, int at, int to) {
        int i = at;
        while (i < to && i - at < 60 && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
