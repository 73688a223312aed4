package dev.lede.extract.money;

import dev.lede.model.MoneyAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the money extractor on generated input: well-formed output always, exact round trips. */
class MoneyPropertiesTest {
    private final MoneyExtractor money = new MoneyExtractor();

    /** Text made of the characters and words money extraction looks at, in any order. */
    @Provide
    Arbitrary<String> moneyish() {
        Arbitrary<String> pieces = Arbitraries.of("$", "€", "£", "¥", "US", "USD", "EUR", "1", "23", "4.5", "6,6",
                "1.234,56", "1,234.5", ".", ",", "-", "–", "+", "%", " ", "  ", "\n", "\n\n", "|", "million", "miljard",
                "bn", "M", "B", "K", "k", "euro", "dollars", "per", "1M", "tokens", "/", "tussen", "en", "between",
                "and", "to", "tot", "over", "meer dan", "a", "half", "twee", "'s", "(", ")", "2024", "e25", "mld.", "crore",
                "plus", "or more", ",-", "Apple");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 800)
    void outputIsAlwaysWellFormed(@ForAll("moneyish") String text, @ForAll("language") String language) {
        List<MoneyAmount> found = money.extract(text, language);
        int previousEnd = 0;
        for (MoneyAmount m : found) {
            assertTrue(m.start() >= previousEnd && m.start() < m.end() && m.end() <= text.length(), m::toString);
            assertEquals(m.text(), text.substring(m.start(), m.end()));
            assertNotNull(m.amount());
            assertTrue(m.amount().signum() >= 0);
            assertTrue(m.currency().matches("[A-Z]{3}"), m.currency());
            assertTrue(m.sentence().contains(m.text()), () -> m.sentence() + " / " + m.text());
            if (m.high() != null) {
                assertTrue(m.low().compareTo(m.high()) <= 0);
                assertEquals(0, m.low().compareTo(m.amount()));
            }
            previousEnd = m.end();
        }
    }

    @Property(tries = 500)
    void anyUnicodeNeverThrows(@ForAll @StringLength(max = 300) String text) {
        money.extract(text, "nl");
        money.extract(text, "en");
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of("en", "nl", "de", "zh", null);
    }

    /** An amount written in one convention, read back exactly. */
    record Written(String text, String language, BigDecimal value) {
    }

    @Provide
    Arbitrary<Written> written() {
        Arbitrary<Long> whole = Arbitraries.longs().between(0, 999_999_999L);
        Arbitrary<Integer> cents = Arbitraries.integers().between(-1, 99);
        Arbitrary<String> language = Arbitraries.of("en", "nl");
        Arbitrary<Integer> scale = Arbitraries.of(0, 6, 9);
        Arbitrary<String> symbol = Arbitraries.of("$", "€", "£");
        return Combinators.combine(whole, cents, language, scale, symbol).as((w, c, lang, exp, sym) -> {
            boolean nl = lang.equals("nl");
            String digits = group(w, nl ? '.' : ',');
            String number = c < 0 ? digits : digits + (nl ? ',' : '.') + String.format("%02d", c);
            String word = exp == 0 ? "" : exp == 6 ? (nl ? " miljoen" : " million") : (nl ? " miljard" : " billion");
            BigDecimal value = new BigDecimal(w + (c < 0 ? "" : "." + String.format("%02d", c))).scaleByPowerOfTen(exp);
            return new Written("Het ging om " + sym + number + word + " in totaal.", lang, value);
        });
    }

    private static String group(long w, char sep) {
        String s = Long.toString(w);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                out.append(sep);
            }
            out.append(s.charAt(i));
        }
        return out.toString();
    }

    @Property(tries = 1000)
    void writtenAmountsReadBackExactly(@ForAll("written") Written w) {
        List<MoneyAmount> found = money.extract(w.text(), w.language());
        assertEquals(1, found.size(), w::toString);
        assertEquals(0, w.value().compareTo(found.get(0).amount()), () -> w + " → " + found.get(0).amount());
        BigDecimal normalised = found.get(0).amount();
        assertEquals(normalised.stripTrailingZeros().setScale(Math.max(0, normalised.stripTrailingZeros().scale()),
                RoundingMode.UNNECESSARY), normalised, "no trailing zeros, no exponent");
    }

    /** "€1,2 mld.": a Dutch abbreviation keeps its period in the text and scales exactly, whatever follows it. */
    @Property(tries = 300)
    void dutchAbbreviationsKeepTheirPeriod(@ForAll("dutchNumber") Written n, @ForAll("abbreviation") String abbreviation,
                                           @ForAll("after") String after) {
        String text = "Het fonds trekt " + n.text() + " " + abbreviation + "." + after;
        List<MoneyAmount> found = money.extract(text, "nl");
        assertEquals(1, found.size(), () -> text + " → " + found);
        assertEquals(n.text() + " " + abbreviation + ".", found.get(0).text());
        int exponent = abbreviation.equals("mln") ? 6 : 9;
        assertEquals(0, n.value().scaleByPowerOfTen(exponent).compareTo(found.get(0).amount()), () -> text + " → " + found);
    }

    /** "€1.234,5", "$12": a currency sign and a number in Dutch writing, with its value. */
    @Provide
    Arbitrary<Written> dutchNumber() {
        Arbitrary<Long> whole = Arbitraries.longs().between(0, 999_999);
        Arbitrary<Integer> decimals = Arbitraries.integers().between(-1, 99);
        Arbitrary<String> symbol = Arbitraries.of("$", "€", "EUR ", "€ ");
        return Combinators.combine(whole, decimals, symbol).as((w, d, sym) -> {
            String tail = d < 0 ? "" : "," + d;
            return new Written(sym + group(w, '.') + tail, "nl", new BigDecimal(w + (d < 0 ? "" : "." + d)));
        });
    }

    @Provide
    Arbitrary<String> abbreviation() {
        return Arbitraries.of("mln", "mld", "mrd");
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of("", " uit.", " | 38% |", " Daarna volgde meer.", "\n");
    }

    /** "in 2024 €2,5 miljard": a year before a currency sign is never the amount, the amount after it is read whole. */
    @Property(tries = 300)
    void aYearBeforeAnAmountIsNotMoney(@ForAll("written") Written w, @ForAll("year") int year) {
        String amount = w.text().substring("Het ging om ".length(), w.text().length() - " in totaal.".length());
        String text = "Het kabinet trok in " + year + " " + amount + " uit.";
        List<MoneyAmount> found = money.extract(text, w.language());
        assertEquals(1, found.size(), () -> text + " → " + found);
        assertEquals(amount, found.get(0).text());
        assertEquals(0, w.value().compareTo(found.get(0).amount()), () -> text + " → " + found);
    }

    @Provide
    Arbitrary<Integer> year() {
        return Arbitraries.integers().between(1900, 2099);
    }

    /**
     * "van $250.000 tot $1 miljoen": a low end written in full is not multiplied by the high end's scale,
     * and the range is one amount from "van" to the scale word.
     */
    @Property(tries = 500)
    void fromToRangesReadBothEndsExactly(@ForAll("lowEnd") long low, @ForAll("millions") int high,
                                         @ForAll("nlOrEn") String language) {
        boolean nl = language.equals("nl");
        String text = (nl ? "Ze schrijven cheques van $" : "They write cheques from $") + group(low, nl ? '.' : ',')
                + (nl ? " tot $" : " to $") + high + (nl ? " miljoen uit." : " million each.");
        List<MoneyAmount> found = money.extract(text, language);
        assertEquals(1, found.size(), () -> text + " → " + found);
        MoneyAmount m = found.get(0);
        assertEquals(0, BigDecimal.valueOf(low).compareTo(m.low()), () -> text + " → " + m);
        assertEquals(0, BigDecimal.valueOf(high).scaleByPowerOfTen(6).compareTo(m.high()), () -> text + " → " + m);
        assertTrue(m.text().startsWith(nl ? "van $" : "from $") && m.text().endsWith(nl ? "miljoen" : "million"), m::text);
    }

    @Provide
    Arbitrary<Long> lowEnd() {
        return Arbitraries.longs().between(10_000, 999_999);
    }

    @Provide
    Arbitrary<Integer> millions() {
        return Arbitraries.integers().between(1, 50);
    }

    @Provide
    Arbitrary<String> nlOrEn() {
        return Arbitraries.of("nl", "en");
    }
}
