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
}
