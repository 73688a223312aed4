package dev.lede.extract.money;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How currencies are written: symbols, ISO 4217 codes and the English and Dutch currency words, each
 * mapped to its ISO 4217 code.
 */
final class Currencies {
    private Currencies() {
    }

    /** Symbols that stand before (or, for the euro, after) an amount. */
    private static final Map<Character, String> SYMBOLS = Map.of(
            '$', "USD", '€', "EUR", '£', "GBP", '¥', "JPY", '₹', "INR", '₩', "KRW", '₽', "RUB", '₺', "TRY",
            '₪', "ILS", '₣', "CHF");

    /** Letters written right before "$" that name a dollar other than the US one ("C$", "HK$"). */
    private static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
            Map.entry("US", "USD"), Map.entry("U.S.", "USD"), Map.entry("C", "CAD"), Map.entry("CA", "CAD"),
            Map.entry("CAN", "CAD"), Map.entry("A", "AUD"), Map.entry("AU", "AUD"), Map.entry("HK", "HKD"),
            Map.entry("NZ", "NZD"), Map.entry("S", "SGD"), Map.entry("SG", "SGD"), Map.entry("R", "BRL"),
            Map.entry("NT", "TWD"), Map.entry("MX", "MXN"));

    /** ISO 4217 codes (upper case only, so "eur" in running text is not a code). */
    private static final Set<String> CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD",
            "INR", "KRW", "HKD", "SGD", "SEK", "NOK", "DKK", "BRL", "RUB", "ZAR", "NZD", "MXN", "PLN", "TRY",
            "TWD", "ILS", "AED", "SAR", "CZK", "HUF", "THB", "IDR");

    /** Non-ISO abbreviations that are unambiguous in news text. */
    private static final Map<String, String> CODE_ALIASES = Map.of("RMB", "CNY", "US$", "USD");

    /** Currency words after an amount ("5 miljoen euro", "2 billion dollars"), lower case. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("pond", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("roepie", "INR"), Map.entry("roepies", "INR"), Map.entry("rupees", "INR"),
            Map.entry("frank", "CHF"), Map.entry("francs", "CHF"));

    /** Words that only mean money next to a scale ("5 million pounds", not "a 5 pound bag"). */
    private static final Map<String, String> WORDS_WITH_SCALE = Map.of("pounds", "GBP", "pound", "GBP");

    /** Adjectives before "dollar" that name another dollar ("Canadian dollars"). */
    private static final Map<String, String> DOLLAR_ADJECTIVES = Map.ofEntries(
            Map.entry("us", "USD"), Map.entry("amerikaanse", "USD"), Map.entry("american", "USD"),
            Map.entry("canadian", "CAD"), Map.entry("canadese", "CAD"), Map.entry("australian", "AUD"),
            Map.entry("australische", "AUD"), Map.entry("singapore", "SGD"), Map.entry("taiwan", "TWD"),
            Map.entry("hongkong", "HKD"), Map.entry("kong", "HKD"), Map.entry("zealand", "NZD"));

    static boolean isSymbol(char c) {
        return SYMBOLS.containsKey(c);
    }

    static String symbol(char c) {
        return SYMBOLS.get(c);
    }

    static String dollarPrefix(String letters) {
        return DOLLAR_PREFIXES.get(letters);
    }

    /** The ISO code a written code stands for, or null; {@code word} is compared case-sensitively. */
    static String code(String word) {
        if (CODES.contains(word)) {
            return word;
        }
        return CODE_ALIASES.get(word);
    }

    static String word(String word, boolean afterScale) {
        String lower = word.toLowerCase(Locale.ROOT);
        String iso = WORDS.get(lower);
        if (iso == null && afterScale) {
            iso = WORDS_WITH_SCALE.get(lower);
        }
        return iso;
    }

    static String dollarAdjective(String word) {
        return DOLLAR_ADJECTIVES.get(word.toLowerCase(Locale.ROOT));
    }
}
